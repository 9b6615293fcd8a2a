/** Amounts and figures as words. Never converts: the currency and scale stay as the source gives them. */
import type { Amount, Figure } from "./schema";
import { currentFormatLocale } from "../i18n/displayLocale";
import { formatCurrencyIn, formatNumberIn } from "../i18n/format";
import type { Locale } from "../i18n/locales";

const CURRENCY_PREFIX: Record<string, string> = {
  USD: "US$",
  JPY: "¥",
  CNY: "CN¥",
  KRW: "₩",
  EUR: "€",
  GBP: "£",
};

// One formatter for every call: `toLocaleString` with options builds a new Intl.NumberFormat
// each time, which was 2 s of a profile at 50,000 events (Compare lists every multi-year amount).
let en: Intl.NumberFormat | null = null;

/** `value.toLocaleString("en-US", { maximumFractionDigits: 6 })`, with a shared formatter. */
export function number(value: number): string {
  en ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });
  return en.format(value);
}

/** "US$3 billion" — from the parts, not the printed `text` (which the detail panel shows as a quote). */
export function formatAmount(a: Amount, locale: Locale = currentFormatLocale()): string {
  if (locale !== "en") return formatCurrencyIn(amountValue(a), a.currency, locale);
  const prefix = CURRENCY_PREFIX[a.currency];
  const n = number(a.value) + (a.scale ? ` ${a.scale}` : "");
  return prefix ? `${prefix}${n}` : `${a.currency} ${n}`;
}

export function formatFigure(f: Figure, locale: Locale = currentFormatLocale()): string {
  if (locale !== "en") {
    const n = formatNumberIn(amountValue(f), locale, Boolean(f.scale));
    return f.unit === "percent" ? `${n}%` : `${n} ${f.unit}`;
  }
  const v = number(f.value) + (f.scale ? ` ${f.scale}` : "");
  return f.unit === "percent" ? `${v}%` : `${v} ${f.unit}`;
}

/** The absolute value of an amount (value × scale), for views that compute (sums, axes). */
export function amountValue(a: Pick<Amount, "value" | "scale">): number {
  const mult = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 } as const;
  return a.value * (a.scale ? mult[a.scale] : 1);
}
