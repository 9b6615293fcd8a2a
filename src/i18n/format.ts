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

/** Whether Intl has the language's own data, rather than falling back to the browser's default. */
function speaks(f: Intl.NumberFormat, locale: Locale): boolean {
  return f.resolvedOptions().locale.split("-")[0] === locale.split("-")[0];
}

/** Compact, currency named in words: how Japanese, Chinese and Korean write large sums (30億米ドル). */
const COMPACT_NAMED: readonly Locale[] = ["ja", "zh-Hans", "ko"];

/**
 * An absolute amount (value × scale) in a currency, never rounded: "30億米ドル", "30亿美元",
 * "3 พันล้าน ดอลลาร์สหรัฐ" (th), "3 tỷ đô la Mỹ" (vi). English is not handled here (see formatAmount).
 */
export function formatCurrencyIn(absolute: number, currency: string, locale: Locale): string {
  try {
    const named = nf(locale, {
      style: "currency",
      currency,
      notation: "compact",
      maximumSignificantDigits: 21,
      currencyDisplay: "name",
    });
    if (COMPACT_NAMED.includes(locale)) return named.format(absolute);
    // A browser without the language's data (Chromium builds without Khmer, Lao or Myanmar)
    // answers in English: "44.7 billion US dollars" on a Khmer page. The symbols read better.
    if (!speaks(named, locale))
      return nf(locale, {
        style: "currency",
        currency,
        notation: "compact",
        maximumSignificantDigits: 21,
      }).format(absolute);
    // Elsewhere the short scale is a Latin letter a reader must decode ("US$3B" in Thai,
    // "3 T US$" in Vietnamese), and Indonesian "M" (miliar) reads as million: spell the
    // scale as the language does ("3 พันล้าน", "3 tỷ", "3 miliar"), then the currency's name.
    const name = named
      .formatToParts(absolute)
      .filter((p) => p.type === "currency")
      .map((p) => p.value)
      .join("")
      .trim();
    const n = nf(locale, { notation: "compact", compactDisplay: "long", maximumSignificantDigits: 21 });
    return `${n.format(absolute)} ${name}`;
  } catch {
    // Not an ISO 4217 code: the number, then the code as the data gives it.
    return `${formatNumberIn(absolute, locale, true)} ${currency}`;
  }
}

/** A plain number in the locale's digits and separators, never rounded beyond 6 decimals. */
export function formatNumberIn(value: number, locale: Locale, compact = false): string {
  if (locale === "en" && !compact) return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
  return nf(
    locale,
    compact ? { notation: "compact", maximumSignificantDigits: 21 } : { maximumFractionDigits: 6 },
  ).format(value);
}
