// @vitest-environment node
import { describe, expect, it } from "vitest";
import { truncateToWidth, wordPrefixes } from "../../src/chart/truncate";

/** 7 px a character: widths are easy to reason about. */
const m = (s: string) => [...s].length * 7;

describe("truncateToWidth", () => {
  it("keeps a title that fits", () => {
    expect(truncateToWidth("Tokyo Declaration", 200, m)).toBe("Tokyo Declaration");
  });

  it("cuts at a word's end and adds an ellipsis, never inside a word", () => {
    expect(truncateToWidth("China's annual aid report", 15 * 7, m)).toBe("China's annual…");
    expect(truncateToWidth("China's annual aid report", 12 * 7, m)).toBe("China's…");
  });

  it("cuts at a hyphen: the first part of a compound is a word of the name", () => {
    const t = "ASEAN-Japan Comprehensive Economic Partnership";
    expect(truncateToWidth(t, 12 * 7, m)).toBe("ASEAN-Japan…");
    // "ASEAN…" alone is too short to say anything (MIN_CHARS).
    expect(truncateToWidth(t, 9 * 7, m)).toBeNull();
  });

  it("gives null when not even the first word fits", () => {
    expect(truncateToWidth("Framework Agreement", 6 * 7, m)).toBeNull();
    expect(truncateToWidth("AB CD EF GH", 3 * 7, m)).toBeNull();
  });

  it("never ends on a figure, which would misquote it", () => {
    expect(truncateToWidth("China's annual aid: $970 million", 24 * 7, m)).toBe("China's annual aid…");
  });

  it("cuts a Japanese or Thai title only where a space or punctuation ends a word", () => {
    // Inside a run with no space, the part shown would not be a word of the name for axe.
    expect(truncateToWidth("日本と中国の経済協力協定に署名", 11 * 7, m)).toBeNull();
    expect(truncateToWidth("日本と中国の協力・経済協定に署名", 11 * 7, m)).toBe("日本と中国の協力…");
    expect(wordPrefixes("สถาบันขงจื่อ 21 แห่ง")).toEqual(["สถาบันขงจื่อ", "สถาบันขงจื่อ 21 แห่ง"]);
  });

  it("keeps the marks that end a Thai, Khmer, Lao or Myanmar word before the ellipsis", () => {
    // A word ending in a tone mark or vowel sign: dropping it would show another word (ใต → ใต้).
    expect(truncateToWidth("เกาหลีใต้: 100+ โครงการและความช่วยเหลือ", 12 * 7, m)).toBe("เกาหลีใต้…");
    expect(wordPrefixes("ជំនួយ កម្ពុជា")[0]).toBe("ជំនួយ");
    expect(wordPrefixes("ປະເທດລາວ ແລະ")[0]).toBe("ປະເທດລາວ");
    expect(wordPrefixes("မြန်မာ နှင့်")[0]).toBe("မြန်မာ");
    // Vietnamese typed in decomposed form: the last letter's accents are marks too.
    expect(wordPrefixes("Nha\u0300 ma\u0301y, 2007")[0]).toBe("Nha\u0300");
  });
});

describe("wordPrefixes", () => {
  it("ends each prefix at a word, without trailing punctuation", () => {
    expect(wordPrefixes("APT ten-year plan, 2007")).toEqual([
      "APT",
      "APT ten",
      "APT ten-year",
      "APT ten-year plan",
      "APT ten-year plan, 2007",
    ]);
    expect(wordPrefixes("Aid of $970 million")).toEqual(["Aid", "Aid of", "Aid of $970 million"]);
  });
});
