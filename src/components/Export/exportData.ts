/**
 * The filtered events as data files: a dataset in our own JSON format (valid:
 * it loads back into the app) and the CSV of the import template. Pure.
 */
import { datasetToCsv } from "../../data/csv";
import type { NormalizedDataset, NormalizedEvent } from "../../data/normalize";
import { SCHEMA_VERSION } from "../../data/vocabulary";
import type { Dataset, TimelineEvent } from "../../data/schema";

/** Drop what normalization added; keep `related` only where it points inside the export. */
function plainEvent(e: NormalizedEvent, ids: ReadonlySet<string>): TimelineEvent {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { start, stop, precision, isSpan, searchText, related, ...rest } = e;
  const kept = related?.filter((r) => ids.has(r));
  return { ...rest, ...(kept && kept.length ? { related: kept } : {}) };
}

/** A valid dataset holding only `events` (actors, categories, sources and eras kept whole). */
export function filteredDataset(
  ds: NormalizedDataset,
  events: readonly NormalizedEvent[],
  note?: string,
): Dataset {
  const ids = new Set(events.map((e) => e.id));
  return {
    schemaVersion: SCHEMA_VERSION,
    title: ds.title,
    ...(ds.description || note
      ? { description: [ds.description, note].filter(Boolean).join(" ").slice(0, 1000) }
      : {}),
    actors: ds.actors,
    categories: ds.categories,
    sources: ds.sources,
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    eras: ds.eras.map(({ start, stop, ...era }) => era),
    events: events.map((e) => plainEvent(e, ids)),
  };
}

export function eventsToJson(
  ds: NormalizedDataset,
  events: readonly NormalizedEvent[],
  note?: string,
): string {
  return `${JSON.stringify(filteredDataset(ds, events, note), null, 2)}\n`;
}

/** CSV with a byte order mark, so spreadsheet programs read accents and dashes right. */
export function eventsToCsv(ds: NormalizedDataset, events: readonly NormalizedEvent[]): string {
  return datasetToCsv(filteredDataset(ds, events), { bom: true });
}
