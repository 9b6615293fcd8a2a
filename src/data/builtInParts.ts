/**
 * The built-in dataset in two parts (issues 14, 15 and 17: the first view's weight). The
 * chart part is what the timeline draws: every event's id, dates, title, actors, category,
 * importance and amount, with the dataset's actors, categories, sources and eras. The
 * details part is what a reader opens: summaries, notes, citations, related events and
 * figures, about two thirds of the bytes. The build cuts data/events.json and each
 * data/translations/<lang>.json this way (scripts/dataPartsPlugin.ts); the app draws the
 * chart part and fetches the details on the first sign of use (src/app/builtInDetails.ts).
 * Joining the two parts gives back the file exactly (tests/data/builtInParts.test.ts). Pure.
 */
import type { ContentTranslation, Dataset, TimelineEvent } from "./schema";

/** What only a reader of one event needs. `summary` and `sources` are required fields: see `skeleton`. */
export const DETAIL_FIELDS = [
  "summary",
  "note",
  "sources",
  "related",
  "dateNote",
  "figures",
  "image",
] as const;
type DetailField = (typeof DETAIL_FIELDS)[number];

export type ChartEvent = Omit<TimelineEvent, DetailField>;
export type EventDetails = Partial<Pick<TimelineEvent, DetailField>>;
export type ChartDataset = Omit<Dataset, "events"> & { events: ChartEvent[] };
/** Details by event id. */
export type DatasetDetails = Record<string, EventDetails>;

type TranslatedEvent = NonNullable<ContentTranslation["events"]>[string];
/** A translation's chart part: every name and event title; no summaries, notes or story. */
export type ChartTranslation = Omit<ContentTranslation, "story">;
export interface TranslationDetails {
  events?: Record<string, Omit<TranslatedEvent, "title">>;
  story?: ContentTranslation["story"];
}

const isDetail = (k: string): k is DetailField => (DETAIL_FIELDS as readonly string[]).includes(k);

export function splitDataset(ds: Dataset): { chart: ChartDataset; details: DatasetDetails } {
  const details: DatasetDetails = {};
  const events = ds.events.map((ev) => {
    const chart: Record<string, unknown> = {};
    const more: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(ev)) (isDetail(k) ? more : chart)[k] = v;
    details[ev.id] = more as EventDetails;
    return chart as ChartEvent;
  });
  return { chart: { ...ds, events }, details };
}

/**
 * The chart part as a dataset the app can draw before its details arrive: every event with
 * an empty summary and no citations (nothing on the first view shows either).
 */
export function skeleton(chart: ChartDataset): Dataset {
  return { ...chart, events: chart.events.map((ev) => ({ ...ev, summary: "", sources: [] })) };
}

/** The two parts joined: the dataset as the file has it (keys in the file's order). */
export function joinDataset(chart: ChartDataset, details: DatasetDetails): Dataset {
  return {
    ...chart,
    events: chart.events.map((ev) => ({ ...(details[ev.id] ?? {}), ...ev }) as TimelineEvent),
  };
}

export function splitTranslation(tr: ContentTranslation): {
  chart: ChartTranslation;
  details: TranslationDetails;
} {
  const { story, events, ...rest } = tr;
  const chartEvents: Record<string, TranslatedEvent> = {};
  const detailEvents: NonNullable<TranslationDetails["events"]> = {};
  for (const [id, ev] of Object.entries(events ?? {})) {
    const { title, ...more } = ev;
    if (title !== undefined) chartEvents[id] = { title };
    if (Object.keys(more).length) detailEvents[id] = more;
  }
  const chart: ChartTranslation = { ...rest, ...(events ? { events: chartEvents } : {}) };
  const details: TranslationDetails = {
    ...(events ? { events: detailEvents } : {}),
    ...(story ? { story } : {}),
  };
  return { chart, details };
}

export function joinTranslation(
  chart: ChartTranslation,
  details: TranslationDetails | null,
): ContentTranslation {
  if (!details) return chart;
  const events: NonNullable<ContentTranslation["events"]> = {};
  for (const id of new Set([...Object.keys(chart.events ?? {}), ...Object.keys(details.events ?? {})]))
    events[id] = { ...chart.events?.[id], ...details.events?.[id] };
  return {
    ...chart,
    ...(chart.events || details.events ? { events } : {}),
    ...(details.story ? { story: details.story } : {}),
  };
}
