/** The interface languages, each named in itself. Pure: no DOM, no React. */
export const LOCALES = [
  "en",
  "ja",
  "zh-Hans",
  "ko",
  "id",
  "ms",
  "vi",
  "th",
  "fil",
  "km",
  "lo",
  "my",
] as const;
export type Locale = (typeof LOCALES)[number];

/** What the language menu shows: each language in its own name. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  ja: "日本語",
  "zh-Hans": "中文（简体）",
  ko: "한국어",
  id: "Bahasa Indonesia",
  ms: "Bahasa Melayu",
  vi: "Tiếng Việt",
  th: "ไทย",
  fil: "Filipino",
  km: "ខ្មែរ",
  lo: "ລາວ",
  my: "မြန်မာ",
};

/** All twelve are written left to right; kept as data so a right-to-left language needs one line. */
export const LOCALE_DIR: Record<Locale, "ltr" | "rtl"> = Object.fromEntries(
  LOCALES.map((l) => [l, "ltr"]),
) as Record<Locale, "ltr" | "rtl">;

/** Old or alternative primary subtags browsers still send. */
const ALIASES: Record<string, Locale> = { in: "id", tl: "fil", zsm: "ms", cmn: "zh-Hans" };

/**
 * One of our locales for a BCP 47 tag, or null. Exact (case-insensitive) first, then the
 * primary language. Chinese maps to Simplified only when the tag is not Traditional
 * (zh-Hant, zh-TW, zh-HK, zh-MO): a Traditional reader gets their next choice instead.
 */
export function matchLocale(tag: string): Locale | null {
  const t = tag.trim().replace(/_/g, "-").toLowerCase();
  if (!t) return null;
  const exact = LOCALES.find((l) => l.toLowerCase() === t);
  if (exact) return exact;
  const [primary = "", ...rest] = t.split("-");
  if (primary === "zh" || primary === "cmn") {
    return rest.some((p) => ["hant", "tw", "hk", "mo"].includes(p)) ? null : "zh-Hans";
  }
  if (ALIASES[primary]) return ALIASES[primary];
  return LOCALES.find((l) => l === primary) ?? null;
}

/** The URL's choice, else the first of the browser's languages we have, else English. */
export function negotiateLocale(urlLang: string | undefined, browser: readonly string[]): Locale {
  for (const tag of [...(urlLang ? [urlLang] : []), ...browser]) {
    const l = matchLocale(tag);
    if (l) return l;
  }
  return "en";
}
