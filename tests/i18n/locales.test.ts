// @vitest-environment node
import { describe, expect, it } from "vitest";
import { matchLocale, negotiateLocale, LOCALES, LOCALE_NAMES } from "../../src/i18n/locales";
import { decodeUrlState, encodeUrlState } from "../../src/url/urlState";

describe("choosing the language", () => {
  it("matches tags loosely, to one of the twelve", () => {
    expect(matchLocale("ja-JP")).toBe("ja");
    expect(matchLocale("zh-CN")).toBe("zh-Hans");
    expect(matchLocale("zh-hans")).toBe("zh-Hans");
    expect(matchLocale("zh-TW")).toBeNull();
    expect(matchLocale("zh-Hant-HK")).toBeNull();
    expect(matchLocale("tl-PH")).toBe("fil");
    expect(matchLocale("in")).toBe("id");
    expect(matchLocale("th_TH")).toBe("th");
    expect(matchLocale("de")).toBeNull();
  });

  it("URL first, then the browser's languages in order, then English", () => {
    expect(negotiateLocale("vi", ["ja"])).toBe("vi");
    expect(negotiateLocale(undefined, ["de-DE", "km-KH", "ja"])).toBe("km");
    expect(negotiateLocale(undefined, ["zh-TW", "ko"])).toBe("ko");
    expect(negotiateLocale(undefined, ["de", "fr"])).toBe("en");
    expect(negotiateLocale(undefined, [])).toBe("en");
  });

  it("each language is named in itself", () => {
    expect(LOCALES).toHaveLength(12);
    expect(LOCALE_NAMES.th).toBe("ไทย");
    expect(LOCALE_NAMES.km).toBe("ខ្មែរ");
    expect(LOCALE_NAMES.my).toBe("မြန်မာ");
  });
});

describe("lang in the URL codec", () => {
  it("decodes a supported language, canonicalised", () => {
    expect(decodeUrlState("?lang=vi").lang).toBe("vi");
    expect(decodeUrlState("?lang=zh-hans").lang).toBe("zh-Hans");
    expect(decodeUrlState("?lang=TH").lang).toBe("th");
  });

  it("ignores an unsupported or malformed one", () => {
    expect(decodeUrlState("?lang=de").lang).toBeUndefined();
    expect(decodeUrlState("?lang=%3Cscript%3E").lang).toBeUndefined();
    expect(decodeUrlState("?lang=").lang).toBeUndefined();
  });

  it("round-trips, after the other keys", () => {
    const q = encodeUrlState({ view: "table", lang: "vi" });
    expect(q).toBe("view=table&lang=vi");
    expect(decodeUrlState(q)).toEqual({ view: "table", lang: "vi" });
  });
});
