/**
 * Partial calendar dates: "YYYY", "YYYY-MM" or "YYYY-MM-DD". The precision the
 * source gives is kept; we never pad "2003" to a fake "2003-01-01" in the data.
 * Views turn a partial date into a UTC interval [start, end).
 *
 * Years before the common era are written with a minus sign and at least four digits,
 * counted as historians count them: "-0500" is 500 BC, "-0044-03-15" the Ides of March
 * 44 BC. There is no year zero ("0000" and "-0000" are refused), so 1 BC ("-0001") is followed by
 * 1 AD ("0001"). Internally, JavaScript's proleptic Gregorian calendar counts
 * astronomically (1 BC is its year 0), hence the `1 - year` conversions below.
 */
import { currentFormatLocale } from "../i18n/displayLocale";
import { formatPartialDateIn } from "../i18n/format";
import type { Locale } from "../i18n/locales";

export type Precision = "year" | "month" | "day";

export interface DateInterval {
  /** Inclusive start, ms since epoch (UTC). */
  start: number;
  /** Exclusive end of the period the date names, ms since epoch (UTC). */
  end: number;
  precision: Precision;
}

const PARTIAL_DATE = /^(-?\d{4,6})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The calendar year a written year stands for: "-0500" → -499 (JavaScript counts 1 BC as 0). */
function astronomicalYear(written: string): number | null {
  if (written.startsWith("-")) {
    const bc = Number(written.slice(1));
    return bc === 0 ? null : 1 - bc;
  }
  // More than four digits only for BC years: "10000" is not a date a timeline needs; no year 0000 either.
  return written.length === 4 && written !== "0000" ? Number(written) : null;
}

/** "500 BC" for the astronomical year -499, "800" for 800, "2003" for 2003. */
export function formatYear(astronomical: number): string {
  return astronomical <= 0 ? `${1 - astronomical} BC` : String(astronomical);
}

/** The written year of an astronomical one: -499 → "-0500", 800 → "0800". */
export function writeYear(astronomical: number): string {
  return astronomical <= 0
    ? `-${String(1 - astronomical).padStart(4, "0")}`
    : String(astronomical).padStart(4, "0");
}

/** Date.UTC without its two-digit-year rule (Date.UTC(50, 0) is 1950): years 0000–0099 stay themselves. */
function utc(year: number, monthIndex: number, day: number): number {
  // The common case without a Date object (parsed several times per event in a 100,000-event load).
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/** Days in a month (1–12) of an astronomical year, proleptic Gregorian as Date uses. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Parse a partial date; `null` when malformed or not a real calendar date (e.g. 2023-02-30). */
export function parsePartialDate(text: string): DateInterval | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const year = astronomicalYear(m[1]!);
  if (year === null) return null;
  if (m[2] === undefined) {
    return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1), precision: "year" };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) {
    return { start: utc(year, month - 1, 1), end: utc(year, month, 1), precision: "month" };
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const start = utc(year, month - 1, day);
  return { start, end: utc(year, month - 1, day + 1), precision: "day" };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Human label at the date's own precision: "2003", "September 2023", "12 December 2003". */
export function formatPartialDate(text: string, locale: Locale = currentFormatLocale()): string {
  if (locale !== "en") return formatPartialDateIn(text, locale);
  const m = PARTIAL_DATE.exec(text);
  if (!m) return text;
  const [, written, mo, d] = m;
  const year = astronomicalYear(written!);
  if (year === null) return text;
  const y = formatYear(year);
  if (mo === undefined) return y;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  if (d === undefined) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** "1999–2003" or "September 2023" — a date and optional end as one label. */
export function formatDateRange(date: string, end?: string, locale: Locale = currentFormatLocale()): string {
  if (!end) return formatPartialDate(date, locale);
  return `${formatPartialDate(date, locale)}–${formatPartialDate(end, locale)}`;
}

/** Format a UTC timestamp back to a partial date at a given precision (for URLs). */
export function toPartialDate(ms: number, precision: Precision): string {
  const d = new Date(ms);
  const y = writeYear(d.getUTCFullYear());
  if (precision === "year") return y;
  const mo = String(d.getUTCMonth() + 1).padStart(2, "0");
  if (precision === "month") return `${y}-${mo}`;
  return `${y}-${mo}-${String(d.getUTCDate()).padStart(2, "0")}`;
}
