/**
 * Shorten a label to a width: the longest prefix that fits, cut at a word when
 * one is close, with an ellipsis. Used where a whole title does not fit but a
 * readable start of it does (a crowded row, a span bar, an era band). Pure.
 */

export const ELLIPSIS = "…";

/** Fewest characters worth showing before the ellipsis: less reads as noise. */
export const MIN_CHARS = 6;

/**
 * `text` if it fits in `maxWidth`, else its longest readable prefix plus "…",
 * else null when not even MIN_CHARS characters fit.
 */
export function truncateToWidth(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
): string | null {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text];
  if (chars.length <= MIN_CHARS) return null;
  // Binary search the longest prefix n with prefix + "…" inside the width.
  const fits = (n: number) => measure(chars.slice(0, n).join("").trimEnd() + ELLIPSIS) <= maxWidth;
  if (!fits(MIN_CHARS)) return null;
  let lo = MIN_CHARS;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  let cut = chars.slice(0, lo).join("");
  // Prefer ending at a word if that keeps most of what fits.
  const space = cut.lastIndexOf(" ");
  if (space >= MIN_CHARS && space >= cut.length * 0.7) cut = cut.slice(0, space);
  return cut.replace(/[\s,;:–—-]+$/u, "") + ELLIPSIS;
}
