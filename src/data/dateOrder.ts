/**
 * Which order a locale writes day and month in. Its own tiny module: the store sets the
 * reader's default from it at start, without pulling the whole date reader (readDate.ts)
 * into the first view.
 */

/** Which number comes first in "03/04/1945": the day (most of the world) or the month (US). */
export type DateOrder = "dmy" | "mdy";

/**
 * The order a locale writes dates in: "en-US" → "mdy", "en-GB", "vi", "fr" → "dmy". Asks Intl
 * where the month stands in a formatted date; day first when that cannot be known.
 */
export function dateOrderOfLocale(locale: string | undefined): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: "UTC" }).formatToParts(Date.UTC(2000, 11, 31));
    const types = parts.map((p) => p.type).filter((t) => t === "day" || t === "month");
    return types[0] === "month" ? "mdy" : "dmy";
  } catch {
    return "dmy";
  }
}
