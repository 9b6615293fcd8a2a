/**
 * Dates as spreadsheets write them → the dataset's partial dates ("YYYY", "YYYY-MM",
 * "YYYY-MM-DD", BC years as "-0500"; see dates.ts). Pure; never throws.
 *
 * Read: ISO dates and date-times, years of one to four digits, BC/BCE and AD/CE years,
 * English month names ("Aug 1945", "15 August 1945", "August 15, 1945"), day, month and
 * year with slashes, dots or hyphens ("15/08/1945", "8.5.1945"), and Excel's serial day
 * numbers. A day-month order that the numbers alone cannot settle ("03/04/1945") follows
 * `order`, and the reading says so, so that the importer can tell the author.
 */
import { isPartialDate, writeYear } from "./dates";
import type { DateOrder } from "./dateOrder";

// Kept here too for the importers that read dates; the store imports dateOrder.ts alone.
export { dateOrderOfLocale, type DateOrder } from "./dateOrder";

export type DateReading =
  | {
      ok: true;
      /** The partial date, e.g. "1945-08-15" or "-0500". */
      date: string;
      /** Set when the reading rests on an assumption the author should know about. */
      assumed?: "order" | "serial";
    }
  | {
      ok: false;
      message: string;
      /** Names the message for the importer's catalog keys (import.row.date…; see csv.ts). */
      key?: "noMonth" | "noDay" | "unknown" | "twoDigit" | "twoDigitGuess" | "yearZero";
      values?: Record<string, string | number>;
    };

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "aug", "Aug.", "August", "sept" → 1-based month; null otherwise. */
export function monthFromName(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  if (w === "sept") return 9;
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(w));
  return i >= 0 ? i + 1 : null;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A written partial date from numbers (year as historians write it; negative = BC). */
function compose(year: number, month?: number, day?: number): string | null {
  if (year === 0 || !Number.isInteger(year) || Math.abs(year) > 9999) return null;
  const y = writeYear(year < 0 ? year + 1 : year);
  const text =
    month === undefined ? y : day === undefined ? `${y}-${pad2(month)}` : `${y}-${pad2(month)}-${pad2(day)}`;
  return isPartialDate(text) ? text : null;
}

/** "-500", "500 BC", "44 BCE", "500 B.C.", "AD 800", "800 CE" → signed year; null otherwise. */
function eraYear(text: string): number | null {
  let m = /^(-?)(\d{1,4})$/.exec(text);
  if (m) return m[1] ? -Number(m[2]) : Number(m[2]);
  m = /^(\d{1,4})\s*(b\.?\s?c\.?(?:\s?e\.?)?)$/i.exec(text);
  if (m) return -Number(m[1]);
  m = /^(?:a\.?\s?d\.?\s*(\d{1,4})|(\d{1,4})\s*(?:a\.?\s?d\.?|c\.?\s?e\.?))$/i.exec(text);
  if (m) return Number(m[1] ?? m[2]);
  return null;
}

/** Excel counts days from 1900-01-00 and wrongly keeps 29 February 1900; serial 1 is 1900-01-01. */
function fromExcelSerial(serial: number): string {
  const days = serial > 59 ? serial - 1 : serial;
  const d = new Date(Date.UTC(1899, 11, 31) + days * 864e5);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

const MONTHS_EN = MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1));

function notReal(text: string, year: number, month: number, day: number): DateReading {
  const name = MONTHS_EN[month - 1];
  const why = name ? `${name} ${year} has no day ${day}` : `there is no month ${month}`;
  const said = `'${text.slice(0, 40)}' is not a real date (${why})`;
  // Keyed for the catalogs, which name the month in the reader's words.
  return name
    ? { ok: false, message: said, key: "noDay", values: { year, month, day } }
    : { ok: false, message: said, key: "noMonth", values: { month } };
}

/** Day and month from two numbers, settled by their size or by `order`. */
function dayMonth(
  a: number,
  b: number,
  order: DateOrder,
): { day: number; month: number; ambiguous: boolean } | null {
  if (a > 12 && b > 12) return null;
  if (a > 12) return { day: a, month: b, ambiguous: false };
  if (b > 12) return { day: b, month: a, ambiguous: false };
  const ambiguous = a !== b;
  return order === "dmy" ? { day: a, month: b, ambiguous } : { day: b, month: a, ambiguous };
}

/**
 * Read one date cell.
 *
 * @example
 * readDate("August 15, 1945", "dmy") // { ok: true, date: "1945-08-15" }
 * readDate("03/04/1945", "mdy")      // { ok: true, date: "1945-03-04", assumed: "order" }
 * readDate("44 BC", "dmy")           // { ok: true, date: "-0044" }
 */
export function readDate(cell: string, order: DateOrder = "dmy"): DateReading {
  const text = cell.trim().replace(/\s+/g, " ");
  if (text === "") return { ok: false, message: "is empty" };
  if (isPartialDate(text)) return { ok: true, date: text };

  // ISO-like: 1945-8-5, 1945/08/15, 1945-08-15T00:00, 1945-08-15 00:00:00Z.
  let m =
    /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
      text,
    );
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
    const date = compose(y, mo, d);
    return date ? { ok: true, date } : notReal(text, y, mo, d ?? 1);
  }

  const year = eraYear(text);
  if (year !== null) {
    const date = compose(year);
    return date
      ? { ok: true, date }
      : { ok: false, message: `'${text}' is not a year (there is no year 0)`, key: "yearZero" };
  }

  // An Excel serial day number (a date cell saved as a number): 10000 is 1927, 80000 is 2119.
  m = /^(\d{5})(?:\.\d+)?$/.exec(text);
  if (m && Number(m[1]) <= 80000) return { ok: true, date: fromExcelSerial(Number(m[1])), assumed: "serial" };

  // 15/08/1945, 8.5.1945, 15-08-1945, 03/04/1945 (order), 08/1945.
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:,?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?)?$/i.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const dm = dayMonth(a, b, order);
    if (m[3]!.length === 2) {
      const guess = dm ? compose(1900 + Number(m[3]), dm.month, dm.day) : null;
      return {
        ok: false,
        message: `'${text}' has a two-digit year${guess ? `: did you mean ${guess}?` : ""} Write the year in full`,
        ...(guess ? { key: "twoDigitGuess", values: { guess } } : { key: "twoDigit" }),
      };
    }
    const y = Number(m[3]);
    if (!dm) return notReal(text, y, b, a);
    const date = compose(y, dm.month, dm.day);
    if (!date) return notReal(text, y, dm.month, dm.day);
    return dm.ambiguous ? { ok: true, date, assumed: "order" } : { ok: true, date };
  }
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) {
    const date = compose(Number(m[2]), Number(m[1]));
    return date ? { ok: true, date } : notReal(text, Number(m[2]), Number(m[1]), 1);
  }

  // Month names: "Aug 1945", "August 1945", "15 August 1945", "August 15, 1945", "15 Aug. 44 BC".
  const words = text
    .replace(/,/g, " ")
    .replace(/(\d)(st|nd|rd|th)\b/gi, "$1")
    .split(" ")
    .filter(Boolean);
  const monthAt = words.findIndex((w) => /^[a-z]+\.?$/i.test(w) && monthFromName(w) !== null);
  if (monthAt >= 0 && words.length >= 2) {
    const month = monthFromName(words[monthAt]!)!;
    const rest = words.filter((_, i) => i !== monthAt);
    const yearText = rest.slice(rest.length > 1 && /^\d{1,2}$/.test(rest[0]!) ? 1 : 0).join(" ");
    const dayText = rest.length > 1 && /^\d{1,2}$/.test(rest[0]!) ? rest[0] : undefined;
    // "Aug 15" has no year; a bare one- or two-digit number is a day, not a year.
    const y = /^\d{1,2}$/.test(yearText) ? null : eraYear(yearText);
    if (y !== null) {
      const day = dayText === undefined ? undefined : Number(dayText);
      const date = compose(y, month, day);
      return date ? { ok: true, date } : notReal(text, y, month, day ?? 1);
    }
  }

  return {
    ok: false,
    message: `'${text.slice(0, 40)}' is not a date this file reader knows: write it as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1945-08-15), or as 15 August 1945`,
    key: "unknown",
  };
}

/**
 * A date from separate Year, Month and Day cells (TimelineJS3 sheets and JSON). Month may be
 * a number or a name; empty month or day give a coarser date.
 *
 * @example
 * dateFromParts("-44", "3", "15") // { ok: true, date: "-0044-03-15" }
 */
export function dateFromParts(year: string, month = "", day = ""): DateReading {
  const y = eraYear(year.trim());
  const written = [year, month, day]
    .map((s) => s.trim())
    .filter(Boolean)
    .join("-");
  if (y === null || y === 0) {
    return year.trim() === ""
      ? { ok: false, message: "has no year" }
      : { ok: false, message: `year '${year.trim().slice(0, 20)}' is not a year` };
  }
  const mo =
    month.trim() === ""
      ? undefined
      : /^\d{1,2}$/.test(month.trim())
        ? Number(month)
        : monthFromName(month.trim());
  if (mo === null) return { ok: false, message: `month '${month.trim().slice(0, 20)}' is not a month` };
  const d =
    day.trim() === "" || mo === undefined ? undefined : /^\d{1,2}$/.test(day.trim()) ? Number(day) : NaN;
  if (Number.isNaN(d)) return { ok: false, message: `day '${day.trim().slice(0, 20)}' is not a day` };
  const date = compose(y, mo, d);
  return date ? { ok: true, date } : notReal(written, y, mo ?? 1, d ?? 1);
}
