/**
 * CSV translation columns: `title_ja`, `summary_vi`, `note_zh_hans` … become the dataset's
 * `translations` (the JSON shape of data/translations/<lang>.json). Pure.
 */
import type { ContentTranslation } from "./schema";

export type TranslatedField = "title" | "summary" | "note";
/** The event texts a CSV can carry translations of, in the order their columns are written. */
export const TRANSLATED_FIELDS: readonly TranslatedField[] = ["title", "summary", "note"];

const COLUMN = /^(title|summary|note)_([a-z]{2,3}(?:_[a-z0-9]{2,8})*)$/;

/** The field and language tag of a translation column (headers are lower-cased, "-" as "_"), or null. */
export function translationColumn(header: string): { field: TranslatedField; lang: string } | null {
  const m = COLUMN.exec(header);
  if (!m) return null;
  // Back to a BCP 47 tag: zh_hans → zh-Hans (script subtags title-cased), pt_br → pt-BR.
  const [primary, ...rest] = m[2]!.split("_");
  const tag = [
    primary,
    ...rest.map((p) =>
      p.length === 4 ? p[0]!.toUpperCase() + p.slice(1) : p.length === 2 ? p.toUpperCase() : p,
    ),
  ].join("-");
  return { field: m[1] as TranslatedField, lang: tag };
}

/** The header a translation column is written with: ("title", "zh-Hans") → "title_zh_hans". */
export function translationHeader(field: TranslatedField, lang: string): string {
  return `${field}_${lang.toLowerCase().replace(/-/g, "_")}`;
}

/**
 * The translations in the rows' translation columns, or undefined when there are none.
 * `fit` trims a text to what the schema allows for its field (the importer's "…" shortening),
 * so one long translation cannot make the whole file invalid.
 */
export function csvTranslations(
  header: readonly string[],
  rows: readonly { id: string; cells: readonly string[] }[],
  fit: (field: TranslatedField, text: string) => string = (_, text) => text,
): Record<string, ContentTranslation> | undefined {
  const cols = header.map((h, i) => ({ i, col: translationColumn(h) })).filter((c) => c.col !== null);
  if (cols.length === 0) return undefined;
  const out: Record<string, ContentTranslation> = {};
  for (const { id, cells } of rows) {
    for (const { i, col } of cols) {
      const text = cells[i]?.trim();
      if (!text) continue;
      const events = ((out[col!.lang] ??= { events: {} }).events ??= {});
      (events[id] ??= {})[col!.field] = fit(col!.field, text);
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The translation columns a dataset's CSV export writes: for each language (sorted) each
 * field some event has a translation of, with the text of every event (blank where none).
 * Names of actors, categories, eras and sources have no column: a CSV keeps only event texts.
 */
export function translationColumns(
  translations: Record<string, ContentTranslation> | undefined,
  ids: readonly string[],
): { header: string; cells: string[] }[] {
  const out: { header: string; cells: string[] }[] = [];
  for (const lang of Object.keys(translations ?? {}).sort()) {
    const events = translations![lang]!.events ?? {};
    for (const field of TRANSLATED_FIELDS) {
      const cells = ids.map((id) => events[id]?.[field]?.trim() ?? "");
      if (cells.some(Boolean)) out.push({ header: translationHeader(field, lang), cells });
    }
  }
  return out;
}
