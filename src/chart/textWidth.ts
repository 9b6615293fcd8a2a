/**
 * A text-width estimate for layout without a DOM (tests, workers). The browser
 * passes a canvas-measured function instead; this one errs on the wide side so
 * labels laid out with it never overlap.
 */
const NARROW = new Set("iljtfI.,:;'|!() ");
const WIDE = new Set("mwMW@%");

/** Full-width characters: CJK, kana, Hangul, full-width forms (one em each). */
const WIDE_SCRIPT =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Non-spacing marks (Thai, Lao, Khmer and Myanmar vowels and tones above or below, accents): no width of their own. */
const MARK = /\p{Mn}/u;
/** Khmer and Myanmar letters run wider than Latin ones. */
const BROAD_SCRIPT = /[\u1000-\u109f\u1780-\u17ff]/u;

export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (MARK.test(ch)) continue;
    if (WIDE_SCRIPT.test(ch)) em += 1;
    else if (BROAD_SCRIPT.test(ch)) em += 0.8;
    else if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.88;
    else if (ch >= "A" && ch <= "Z") em += 0.68;
    else if (ch >= "0" && ch <= "9") em += 0.57;
    else em += 0.55;
  }
  return em * fontSize;
}

export type MeasureText = (text: string) => number;
