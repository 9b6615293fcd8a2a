/** What the header and the document title say about the loaded dataset: all from the data. */
import type { NormalizedDataset } from "../../data/normalize";
import { formatYear } from "../../data/dates";
import { t } from "../../i18n/i18n";

/** The product's name in English (the catalogs' "app.title"): the page title's suffix, and the title before any data has loaded. */
export const APP_NAME = "Soft Power Timeline";

/** Per events list: the header shows the facts on every render (a committed zoom is one). */
const yearsOf = new WeakMap<readonly object[], [number, number] | null>();

/** First and last year the events cover (an event's own end counts), or null with no events. */
export function eventYears(events: readonly { start: number; stop: number }[]): [number, number] | null {
  if (yearsOf.has(events)) return yearsOf.get(events)!;
  const years = computeYears(events);
  yearsOf.set(events, years);
  return years;
}

function computeYears(events: readonly { start: number; stop: number }[]): [number, number] | null {
  if (events.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    if (e.start < lo) lo = e.start;
    // `stop` is exclusive: the last millisecond covered is stop − 1.
    if (e.stop - 1 > hi) hi = e.stop - 1;
  }
  return [new Date(lo).getUTCFullYear(), new Date(hi).getUTCFullYear()];
}

/** "1950–2023", "500 BC–1066", or one year alone (years are astronomical: 0 is 1 BC). */
export function yearSpan(years: [number, number]): string {
  return years[0] === years[1] ? formatYear(years[0]) : `${formatYear(years[0])}–${formatYear(years[1])}`;
}

/** "75 events, 1950–2023": the header's facts line, counted from the data. */
export function datasetFacts(ds: Pick<NormalizedDataset, "events">): string {
  const n = ds.events.length;
  const years = eventYears(ds.events);
  return years ? t("header.facts", { count: n, years: yearSpan(years) }) : t("count.events", { count: n });
}

/** The browser tab's title: the dataset's own title, then the product. */
export function documentTitle(ds: Pick<NormalizedDataset, "title"> | null): string {
  const own = ds?.title.trim();
  const app = t("app.title");
  return own && own !== app && own !== APP_NAME ? `${own} — ${app}` : app;
}
