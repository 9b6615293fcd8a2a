/**
 * The width estimate used where there is no canvas (axis ticks, tests) errs on the wide
 * side in every script of the twelve languages, so labels laid out with it never overlap.
 */
import { describe, expect, it } from "vitest";
import { estimateTextWidth } from "../../src/chart/textWidth";

describe("estimateTextWidth in other scripts", () => {
  it("counts CJK, kana and Hangul as one em each", () => {
    expect(estimateTextWidth("2003年12月", 10)).toBeCloseTo(4 * 5.7 + 2 * 10 + 5.7 * 2, 5);
    expect(estimateTextWidth("東京宣言", 10)).toBe(40);
    expect(estimateTextWidth("한국어", 10)).toBe(30);
    expect(estimateTextWidth("ＡＳＥＡＮ", 10)).toBe(50);
  });

  it("gives Thai and Lao marks above and below no width of their own", () => {
    // "ญี่ปุ่น": three letters, four marks.
    expect(estimateTextWidth("ญี่ปุ่น", 10)).toBe(estimateTextWidth("ญปน", 10));
    expect(estimateTextWidth("ສະບາຍດີ", 10)).toBeLessThan(estimateTextWidth("ສະບາຍດີ".repeat(2), 10));
  });

  it("gives Khmer and Myanmar letters more room than Latin ones", () => {
    expect(estimateTextWidth("ក", 10)).toBeGreaterThan(estimateTextWidth("a", 10));
    expect(estimateTextWidth("မြန်မာ", 10)).toBeGreaterThan(estimateTextWidth("abcd", 10));
  });
});
