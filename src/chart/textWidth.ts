/**
 * A text-width estimate for layout without a DOM (tests, workers). The browser
 * passes a canvas-measured function instead; this one errs on the wide side so
 * labels laid out with it never overlap.
 */
const NARROW = new Set("iljtfI.,:;'|!() ");
const WIDE = new Set("mwMW@%");

export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.88;
    else if (ch >= "A" && ch <= "Z") em += 0.68;
    else if (ch >= "0" && ch <= "9") em += 0.57;
    else em += 0.55;
  }
  return em * fontSize;
}

export type MeasureText = (text: string) => number;
