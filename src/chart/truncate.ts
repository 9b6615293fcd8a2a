/**
 * Shorten a label to a width: its longest run of whole words that fits, with an
 * ellipsis. Used where a whole title does not fit but a readable start of it does
 * (a crowded row, a span bar, an era band). Pure.
 *
 * Whole words, because what a mark shows must be part of its accessible name word
 * for word (WCAG 2.5.3, label in name; axe's label-content-name-mismatch compares
 * words, split at every character that is not a letter or a digit): "ASEAN-Ja…"
 * would show a word the name does not have, "ASEAN-Japan…" and "ASEAN…" do not.
 * Word ends come from Intl.Segmenter, but a cut is kept only where axe sees a word end too
 * (the next character is a space or punctuation): inside a run of Thai or Japanese letters
 * with no space, the shown part would not be a "word" of the name (seen in th and ko).
 */

export const ELLIPSIS = "…";

/**
 * Fewest characters worth showing before the ellipsis: "Japan-ASEAN…" says something in the
 * Japan lane, "Japan…" does not.
 */
export const MIN_CHARS = 6;

const segmenter =
  typeof Intl !== "undefined" && typeof Intl.Segmenter === "function"
    ? new Intl.Segmenter(undefined, { granularity: "word" })
    : null;

/**
 * Trailing spaces and punctuation, dropped before the ellipsis ("ASEAN-…" → "ASEAN…").
 * Combining marks stay: Thai tone marks and vowel signs, Khmer, Lao and Myanmar vowel signs
 * end words ("เกาหลีใต้" must not lose its ้ and read as another word).
 */
const TRAILING = /[^\p{L}\p{N}\p{M}]+$/u;

/**
 * Prefixes of `text` that end at a word's end, shortest first, without trailing punctuation.
 * None ends in a figure: "China's annual aid: $970…" would misquote "$970 million".
 */
export function wordPrefixes(text: string): string[] {
  const ends: number[] = [];
  if (segmenter) {
    for (const s of segmenter.segment(text)) if (s.isWordLike) ends.push(s.index + s.segment.length);
  } else {
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) ends.push(m.index + m[0].length);
  }
  const out: string[] = [];
  for (const e of ends) {
    const p = text.slice(0, e).replace(TRAILING, "");
    if (e < text.length && /\p{N}$/u.test(p)) continue;
    // Axe splits words only at characters that are neither letters nor digits.
    if (e < text.length && /[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(text.codePointAt(e)!))) continue;
    if (p && p !== out[out.length - 1]) out.push(p);
  }
  return out;
}

/**
 * `text` if it fits in `maxWidth`, else its longest whole-word prefix plus "…"
 * that fits, else null when not even the first MIN_CHARS characters' words fit.
 */
export function truncateToWidth(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
): string | null {
  if (measure(text) <= maxWidth) return text;
  const prefixes = wordPrefixes(text).filter((p) => p.length < text.trimEnd().length);
  // Binary search the longest prefix whose shortened form fits (widths grow with length).
  let lo = 0;
  let hi = prefixes.length - 1;
  let best: string | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cut = prefixes[mid]! + ELLIPSIS;
    if (measure(cut) <= maxWidth) {
      best = cut;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (!best || [...best].length - 1 < MIN_CHARS) return null;
  return best;
}
