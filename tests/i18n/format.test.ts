// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { formatCurrencyIn, formatNumberIn, formatPartialDateIn, formatYear } from "../../src/i18n/format";
import { formatAmount, formatFigure } from "../../src/data/formatAmount";
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
    ["id", "miliar", "triliun"],
    ["ms", "bilion", "trilion"],
    ["vi", "tỷ", "nghìn tỷ"],
    ["th", "พันล้าน", "ล้านล้าน"],
    ["fil", "bilyon", "trilyon"],
    ["km", "ប៊ីលាន", "ទ្រីលាន"],
    ["lo", "ຕື້", "ລ້ານລ້ານ"],
    ["my", "ကုဋေ", "ကုဋေ"],
  ] as const)("%s spells the scale in its own word (%s), never a Latin abbreviation", (locale, bn, tn) => {
    const usd = formatAmount(usd3bn, locale);
    expect(usd).toContain(bn);
    // "US$3B", "3 T US$", "3 M": a lone Latin capital or a currency symbol is what readers did not expect.
    expect(usd).not.toMatch(/\d\s?[A-Z]{1,2}\b|\b[A-Z]{1,2}\s?US\$|US\$|\$/);
    const yen = formatAmount({ value: 1.5, scale: "trillion", currency: "JPY", kind: "aid" }, locale);
    expect(yen).toContain(tn);
    expect(yen).not.toMatch(/\d\s?[A-Z]{1,2}\b|¥/);
  });

  it("Thai and Vietnamese amounts read as their press writes them", () => {
    expect(formatAmount(usd3bn, "th").replace(/\s+/g, " ")).toBe("3 พันล้าน ดอลลาร์สหรัฐ");
    expect(formatAmount(usd3bn, "vi").replace(/\s+/g, " ")).toBe("3 tỷ đô la Mỹ");
  });

  it("figures spell the scale too; axis ticks keep the short form", () => {
    expect(formatFigure({ label: "People", value: 3, scale: "billion", unit: "people" }, "th")).toContain(
      "พันล้าน",
    );
    expect(formatNumberIn(3e9, "th", "short")).toBe("3B");
  });

  it("where the browser's Intl has no data for km, lo or my (Chromium), spells the scale itself", () => {
    const spy = vi.spyOn(Intl.NumberFormat, "supportedLocalesOf").mockReturnValue([]);
    try {
      expect(formatAmount(usd3bn, "km")).toBe("3 ប៊ីលាន ដុល្លារ\u200bអាមេរិក");
      expect(formatAmount(usd3bn, "lo")).toBe("3 ຕື້ ໂດລາສະຫະລັດ");
      expect(formatAmount(usd3bn, "my")).toBe("3 ဘီလီယံ အမေရိကန် ဒေါ်လာ");
      expect(formatAmount({ value: 44.7, scale: "billion", currency: "USD", kind: "aid" }, "my")).toBe(
        "44.7 ဘီလီယံ အမေရိကန် ဒေါ်လာ",
      );
      expect(formatCurrencyIn(250_000, "XYZ", "lo")).toBe("250 ພັນ XYZ");
      expect(formatFigure({ label: "People", value: 2, scale: "million", unit: "people" }, "km")).toBe(
        "2 លាន people",
      );
      // Thai is known to every browser: Intl's own words.
      expect(formatAmount(usd3bn, "th")).toContain("พันล้าน");
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
