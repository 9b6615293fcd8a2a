/**
 * Dates, years, numbers and amounts as each language writes them, through Intl. Pure:
 * the locale is a parameter. English keeps the app's own forms ("12 March 2003",
 * "US$3 billion"), which the tests and the data's printed figures use.
 */
import type { Locale } from "./locales";

/** The Intl tag for a locale: Thai dates stay Gregorian (the Buddhist year is added beside it). */
export function intlLocale(locale: Locale): string {
  return locale === "th" ? "th-TH-u-ca-gregory" : locale;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dtf(locale: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d${locale}${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: "UTC", ...opts })));
  return f;
}
function nf(locale: Locale, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n${locale}${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(intlLocale(locale), opts)));
  return f;
}

function utcDate(y: number, m = 0, d = 1): Date {
  const date = new Date(Date.UTC(2000, m, d));
  date.setUTCFullYear(y);
  return date;
}

/** "พ.ศ. 2546": the Thai Buddhist-era year, written beside the Gregorian one. */
function buddhistYear(year: number): string {
  return `พ.ศ. ${year + 543}`;
}

/** A year as the locale writes it: "2003", "2003年", "2003년", Thai "2003 (พ.ศ. 2546)". */
export function formatYear(year: number, locale: Locale, opts: { buddhist?: boolean } = {}): string {
  if (locale === "en") return String(year);
  const y = dtf(locale, { year: "numeric" }).format(utcDate(year));
  return locale === "th" && opts.buddhist !== false ? `${y} (${buddhistYear(year)})` : y;
}

/** A partial date ("2003", "2003-03", "2003-03-12") at its own precision; other text unchanged. */
export function formatPartialDateIn(text: string, locale: Locale): string {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return text;
  const [, ys, mo, d] = m;
  const y = Number(ys);
  if (mo === undefined) return formatYear(y, locale);
  const opts: Intl.DateTimeFormatOptions =
    d === undefined ? { year: "numeric", month: "long" } : { year: "numeric", month: "long", day: "numeric" };
  const s = dtf(locale, opts).format(utcDate(y, Number(mo) - 1, d === undefined ? 1 : Number(d)));
  return locale === "th" ? `${s} (${buddhistYear(y)})` : s;
}

/** Compact, currency named in words: how Japanese, Chinese and Korean write large sums (30億米ドル). */
const COMPACT_NAMED: readonly Locale[] = ["ja", "zh-Hans", "ko"];
/**
 * Where the short compact form is a Latin abbreviation a reader does not expect ("US$3B" in
 * Thai, "3 T US$" in Vietnamese, "3 M" in Indonesian, "၃၀၀ ဋေ" in Burmese), the long form
 * spells the scale in the language's own word: "3 พันล้าน ดอลลาร์สหรัฐ", "3 tỷ đô la Mỹ",
 * "3 miliar Dolar Amerika Serikat", "၃၀၀ ကုဋေ အမေရိကန် ဒေါ်လာ". Intl only spells the scale
 * when the currency is named too, so these locales name it.
 */
const COMPACT_LONG: readonly Locale[] = ["id", "ms", "vi", "th", "fil", "km", "lo", "my"];

/**
 * Scale and currency words for the languages a browser's Intl may not carry at all (Chromium
 * ships no Khmer, Lao or Burmese number data and answers in English: "3 billion US dollars").
 * They are locale data as CLDR writes them, not interface text, so they live here beside Intl.
 */
const SPELLED: Partial<Record<Locale, { scales: [number, string][]; currency: Record<string, string> }>> = {
  km: {
    scales: [
      [1e12, "ទ្រីលាន"],
      [1e9, "ប៊ីលាន"],
      [1e6, "លាន"],
      [1e3, "ពាន់"],
    ],
    currency: {
      USD: "ដុល្លារ\u200bអាមេរិក",
      JPY: "យេន\u200bជប៉ុន",
      CNY: "យន់\u200bចិន",
      KRW: "វ៉ុន\u200bកូរ៉េ",
      EUR: "អឺរ៉ូ",
      GBP: "ផោន",
    },
  },
  lo: {
    scales: [
      [1e12, "ລ້ານລ້ານ"],
      [1e9, "ຕື້"],
      [1e6, "ລ້ານ"],
      [1e3, "ພັນ"],
    ],
    currency: { USD: "ໂດລາສະຫະລັດ", JPY: "ເຢນຍີ່ປຸ່ນ", CNY: "ຢວນຈີນ", KRW: "ວອນເກົາຫຼີ", EUR: "ເອີໂຣ", GBP: "ປອນ" },
  },
  my: {
    scales: [
      [1e12, "ထရီလီယံ"],
      [1e9, "ဘီလီယံ"],
      [1e6, "သန်း"],
      [1e3, "ထောင်"],
    ],
    currency: {
      USD: "အမေရိကန် ဒေါ်လာ",
      JPY: "ဂျပန် ယန်း",
      CNY: "တရုတ် ယွမ်",
      KRW: "ကိုရီးယား ဝမ်",
      EUR: "ယူရို",
      GBP: "ပေါင်",
    },
  },
};

/** True when this browser's Intl has number data for the locale (Chromium has none for km, lo, my). */
function intlKnows(locale: Locale): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([intlLocale(locale)]).length > 0;
  } catch {
    return false;
  }
}

/** "3 ប៊ីលាន": the largest scale word the value reaches, for a locale Intl does not know. */
function spelled(value: number, locale: Locale): string | null {
  const words = SPELLED[locale];
  if (!words || intlKnows(locale)) return null;
  const [unit, word] = words.scales.find(([u]) => Math.abs(value) >= u) ?? [1, ""];
  const n = (value / unit).toLocaleString("en-US", { maximumFractionDigits: 6 });
  return word ? `${n} ${word}` : n;
}

/**
 * An absolute amount (value × scale) in a currency, never rounded: "30億米ドル", "30亿美元",
 * "3 พันล้าน ดอลลาร์สหรัฐ" (th), "3 tỷ đô la Mỹ" (vi). English is not handled here (see formatAmount).
 */
export function formatCurrencyIn(absolute: number, currency: string, locale: Locale): string {
  const long = COMPACT_LONG.includes(locale);
  const own = spelled(absolute, locale);
  if (own !== null) return `${own} ${SPELLED[locale]!.currency[currency] ?? currency}`;
  try {
    return nf(locale, {
      style: "currency",
      currency,
      notation: "compact",
      maximumSignificantDigits: 21,
      ...(long ? { compactDisplay: "long" } : {}),
      ...(long || COMPACT_NAMED.includes(locale) ? { currencyDisplay: "name" } : {}),
    }).format(absolute);
  } catch {
    // Not an ISO 4217 code: the number, then the code as the data gives it.
    return `${formatNumberIn(absolute, locale, true)} ${currency}`;
  }
}

/**
 * A plain number in the locale's digits and separators, never rounded beyond 6 decimals.
 * `compact` writes the scale as a word where the short form would be a Latin letter (see
 * COMPACT_LONG); `"short"` keeps the shortest form, for axis ticks.
 */
export function formatNumberIn(value: number, locale: Locale, compact: boolean | "short" = false): string {
  if (locale === "en" && !compact) return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
  const long = compact === true && COMPACT_LONG.includes(locale);
  const own = compact === true ? spelled(value, locale) : null;
  if (own !== null) return own;
  return nf(
    locale,
    compact
      ? { notation: "compact", maximumSignificantDigits: 21, ...(long ? { compactDisplay: "long" } : {}) }
      : { maximumFractionDigits: 6 },
  ).format(value);
}
