/**
 * The filtered events as data files: a dataset in our own JSON format (valid:
 * it loads back into the app) and the CSV of the import template. Pure.
 */
import Papa from "papaparse";
import { datasetToCsv } from "../../data/csv";
import type { NormalizedDataset, NormalizedEvent } from "../../data/normalize";
import { SCHEMA_VERSION } from "../../data/vocabulary";
import type { ContentTranslation, Dataset, TimelineEvent } from "../../data/schema";
import { baseDataset } from "../../i18n/applyTranslation";

/** Drop what normalization added; keep `related` only where it points inside the export. */
function plainEvent(e: NormalizedEvent, ids: ReadonlySet<string>): TimelineEvent {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { start, stop, precision, isSpan, searchText, related, translated, ...rest } = e;
  const kept = related?.filter((r) => ids.has(r));
  return { ...rest, ...(kept && kept.length ? { related: kept } : {}) };
}

/**
 * The translations an export carries: the dataset's own and the one shown (the built-in
 * dataset's come from data/translations/), with only the exported events'.
 */
function exportedTranslations(
  ds: NormalizedDataset,
  ids: ReadonlySet<string>,
): Record<string, ContentTranslation> | undefined {
  const all = { ...baseDataset(ds).translations };
  if (ds.shown && !Object.keys(all).some((k) => k.toLowerCase() === ds.shown!.lang.toLowerCase()))
    all[ds.shown.lang] = ds.shown.translation;
  const out: Record<string, ContentTranslation> = {};
  for (const [lang, tr] of Object.entries(all)) {
    const events = tr.events && Object.fromEntries(Object.entries(tr.events).filter(([id]) => ids.has(id)));
    out[lang] = { ...tr, ...(events ? { events } : {}) };
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * A valid dataset holding only `events` (actors, categories, sources and eras kept whole).
 * Always the authored texts, whatever language is shown: the translations travel beside them.
 */
export function filteredDataset(
  shownDs: NormalizedDataset,
  shownEvents: readonly NormalizedEvent[],
  note?: string,
): Dataset {
  const ds = baseDataset(shownDs);
  const events = shownEvents.map((e) => ds.eventById.get(e.id) ?? e);
  const ids = new Set(events.map((e) => e.id));
  const translations = exportedTranslations(shownDs, ids);
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
    ...(translations ? { translations } : {}),
  };
}

export function eventsToJson(
  ds: NormalizedDataset,
  events: readonly NormalizedEvent[],
  note?: string,
): string {
  return `${JSON.stringify(filteredDataset(ds, events, note), null, 2)}\n`;
}

/** Columns the export adds to the importer's: the sources' titles (the `source` column keeps ids). */
export const CSV_SOURCE_TITLE = "source_title";

/**
 * The money columns side by side, as a reader of the spreadsheet compares them:
 * the value, its scale, the currency, and the amount as the source prints it.
 */
const MONEY = ["amount", "scale", "currency", "amount_text", "kind"];

/** The export's column order: the importer's, with the money together and the source's title after its id. */
export function exportColumns(fields: readonly string[]): string[] {
  const out = fields.filter((f) => !MONEY.includes(f) || f === "amount");
  const money = MONEY.filter((f) => fields.includes(f));
  const at = out.indexOf("amount");
  if (at >= 0) out.splice(at, 1, ...money);
  else out.push(...money.filter((f) => f !== "amount"));
  const src = out.indexOf("source");
  out.splice(src >= 0 ? src + 1 : out.length, 0, CSV_SOURCE_TITLE);
  return out;
}

/** Each event's sources by title, a ';' list in the order of the `source` ids (a ';' inside a title becomes ','). */
export function sourceTitles(ds: Pick<NormalizedDataset, "sourceById">, ev: NormalizedEvent): string {
  return ev.sources.map((r) => (ds.sourceById.get(r.source)?.title ?? r.source).replace(/;/g, ",")).join(";");
}

/**
 * CSV with a byte order mark, so spreadsheet programs read accents and dashes right.
 * The importer's own writer (data/csv.ts) makes the rows, so the file re-imports;
 * here its columns are reordered (the importer reads by header name) and the
 * sources' titles added beside their ids.
 */
export function eventsToCsv(ds: NormalizedDataset, events: readonly NormalizedEvent[]): string {
  const base = datasetToCsv(filteredDataset(ds, events)).replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(base, { header: true, skipEmptyLines: true });
  const fields = exportColumns(parsed.meta.fields ?? []);
  const rows = parsed.data.map((row, i) => {
    const ev = events[i];
    // Titles come from the dataset, so a formula-like title is defused as the importer's writer does.
    const title = ev ? sourceTitles(baseDataset(ds), ev) : "";
    return fields.map((f) =>
      f === CSV_SOURCE_TITLE ? (/^[=+\-@\t\r]/.test(title) ? `'${title}` : title) : (row[f] ?? ""),
    );
  });
  return `\uFEFF${Papa.unparse({ fields, data: rows }, { newline: "\r\n", quotes: false })}\r\n`;
}
