/**
 * CSV translation columns: `title_ja`, `summary_vi`, `note_zh_hans` … become the dataset's
 * `translations` (the JSON shape of data/translations/<lang>.json). Pure.
 */
import type { ContentTranslation } from "./schema";

const COLUMN = /^(title|summary|note)_([a-z]{2,3}(?:_[a-z0-9]{2,8})*)$/;

/** The field and language tag of a translation column (headers are lower-cased, "-" as "_"), or null. */
export function translationColumn(
  header: string,
): { field: "title" | "summary" | "note"; lang: string } | null {
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
  return { field: m[1] as "title" | "summary" | "note", lang: tag };
}

/** The translations in the rows' translation columns, or undefined when there are none. */
export function csvTranslations(
  header: readonly string[],
  rows: readonly { id: string; cells: readonly string[] }[],
): Record<string, ContentTranslation> | undefined {
  const cols = header.map((h, i) => ({ i, col: translationColumn(h) })).filter((c) => c.col !== null);
  if (cols.length === 0) return undefined;
  const out: Record<string, ContentTranslation> = {};
  for (const { id, cells } of rows) {
    for (const { i, col } of cols) {
      const text = cells[i]?.trim();
      if (!text) continue;
      const events = ((out[col!.lang] ??= { events: {} }).events ??= {});
      (events[id] ??= {})[col!.field] = text;
    }
  }
  return Object.keys(out).length ? out : undefined;
}
