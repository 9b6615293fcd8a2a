// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { formatCurrencyIn, formatNumberIn, formatPartialDateIn, formatYear } from "../../src/i18n/format";
import { formatAmount } from "../../src/data/formatAmount";
import { formatPartialDate } from "../../src/data/dates";
import { LOCALES } from "../../src/i18n/locales";

describe("dates per locale", () => {
  it("English keeps the app's own forms", () => {
    expect(formatPartialDate("2003-03-12", "en")).toBe("12 March 2003");
    expect(formatPartialDate("2003-03", "en")).toBe("March 2003");
    expect(formatPartialDate("2003", "en")).toBe("2003");
  });

  it.each([
    ["ja", "2003-03-12", "2003年3月12日"],
    ["ja", "2003-03", "2003年3月"],
    ["ja", "2003", "2003年"],
    ["zh-Hans", "2003-03", "2003年3月"],
    ["ko", "2003-03-12", "2003년 3월 12일"],
    ["id", "2003-03", "Maret 2003"],
    ["vi", "2003-03-12", "12 tháng 3, 2003"],
  ] as const)("%s writes %s as %s", (locale, date, label) => {
    expect(formatPartialDateIn(date, locale)).toBe(label);
  });

  it("Thai keeps the Gregorian year and adds the Buddhist era beside it", () => {
    expect(formatYear(2003, "th")).toBe("2003 (พ.ศ. 2546)");
    expect(formatPartialDateIn("2003-03", "th")).toBe("มีนาคม 2003 (พ.ศ. 2546)");
    expect(formatYear(2003, "th", { buddhist: false })).toBe("2003");
  });

  it("every locale writes a month name, never the number alone, and leaves other text alone", () => {
    for (const l of LOCALES) {
      expect(formatPartialDateIn("2003-09", l)).not.toMatch(/^0?9\D*2003$/);
      expect(formatPartialDateIn("sometime", l)).toBe("sometime");
    }
  });
});

describe("amounts per locale, never rounded or converted", () => {
  const usd3bn = { value: 3, scale: "billion", currency: "USD", kind: "pledge" } as const;

  it("English: US$3 billion", () => {
    expect(formatAmount(usd3bn, "en")).toBe("US$3 billion");
  });

  it.each([
    ["ja", "30億米ドル"],
    ["zh-Hans", "30亿美元"],
    ["ko", "30억 미국 달러"],
  ] as const)("%s writes the compact form with the currency in words: %s", (locale, text) => {
    expect(formatAmount(usd3bn, locale)).toBe(text);
  });

  it.each([
    ["th", "3 พันล้าน ดอลลาร์สหรัฐ"],
    ["vi", "3 tỷ đô la Mỹ"],
    ["id", "3 miliar Dolar Amerika Serikat"],
    ["km", "3 ប៊ីលាន ដុល្លារ\u200bអាមេរិក"],
  ] as const)("%s spells the scale out, never a Latin letter to decode: %s", (locale, text) => {
    expect(formatAmount(usd3bn, locale)).toBe(text);
    expect(formatAmount(usd3bn, locale)).not.toMatch(/\d\s?[BMT]\b/);
  });

  it("keeps the symbols where the browser has no data for the language (no English words)", () => {
    // Some Chromium builds lack Khmer, Lao and Myanmar: Intl answers in its default, en-US.
    const real = Intl.NumberFormat.prototype.resolvedOptions;
    const spy = vi.spyOn(Intl.NumberFormat.prototype, "resolvedOptions").mockImplementation(function (
      this: Intl.NumberFormat,
    ) {
      return { ...real.call(this), locale: "en-US" };
    });
    try {
      const symbols = new Intl.NumberFormat("km", {
        style: "currency",
        currency: "USD",
        notation: "compact",
        maximumSignificantDigits: 21,
      }).format(3e9);
      expect(formatAmount(usd3bn, "km")).toBe(symbols);
    } finally {
      spy.mockRestore();
    }
  });

  it("keeps every printed digit", () => {
    expect(formatCurrencyIn(2.345e9, "USD", "ja")).toBe("23.45億米ドル");
    expect(formatAmount({ value: 1.5, scale: "trillion", currency: "JPY", kind: "aid" }, "ja")).toBe(
      "1.5兆円",
    );
    for (const l of LOCALES)
      expect(formatCurrencyIn(2.345e9, "USD", l)).toMatch(/2[.,]?345|23[.,]45|234[.,]5|၂၃၄/);
  });

  it("uses the locale's separators", () => {
    expect(formatNumberIn(12345.5, "id")).toBe("12.345,5");
    expect(formatNumberIn(12345.5, "en")).toBe("12,345.5");
  });
});
