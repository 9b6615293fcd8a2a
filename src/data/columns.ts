/**
 * Spreadsheet headers → the importer's columns. Teachers name their columns "Year",
 * "Event", "Description", "Country", "Reference"…; each known name maps to one field,
 * and the importer tells the author which column became which field.
 *
 * Kept in a Map, not an object literal: a header such as "__proto__" must find nothing.
 */
import { translationColumn } from "./csvTranslations";

/** The columns of the template, in order. */
export const CSV_COLUMNS = [
  "id",
  "date",
  "end",
  "title",
  "summary",
  "actors",
  "category",
  "amount",
  "currency",
  "source",
  "page",
  "link",
  "note",
] as const;
/** Optional extra columns (documented in docs/own-data.md); export writes them after the main ones. */
export const CSV_EXTRA_COLUMNS = [
  "importance",
  "scale",
  "kind",
  "amount_text",
  "section",
  "dimension",
  "related",
  "date_kind",
  "date_note",
  "image_url",
  "image_alt",
  "image_credit",
  "image_caption",
  "actor_shapes",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number] | (typeof CSV_EXTRA_COLUMNS)[number];

const KNOWN = new Set<string>([...CSV_COLUMNS, ...CSV_EXTRA_COLUMNS]);
/**
 * Columns the app's own CSV export writes for human readers and derives again on import
 * (source titles come from the sources list): read silently, never reported as unused.
 */
const DERIVED = new Set<string>(["source_title"]);

/** Other names for the columns, written as `normalizeHeader` leaves them (lower case, `_` for spaces). */
const ALIASES = new Map<string, CsvColumn>(
  (
    [
      ["id", ["#", "no", "no.", "nr", "number", "event_id", "key", "ref_id"]],
      ["date", ["start", "start_date", "year", "when", "date_start", "from", "begin", "begins", "starts"]],
      ["end", ["end_date", "end_year", "until", "to", "date_end", "ends", "finish"]],
      ["title", ["event", "headline", "name", "what", "event_name", "event_title", "heading"]],
      [
        "summary",
        ["description", "text", "details", "detail", "body", "content", "what_happened", "explanation"],
      ],
      [
        "actors",
        ["actor", "who", "country", "countries", "group", "groups", "party", "parties", "lane", "nation"],
      ],
      ["category", ["categories", "type", "theme", "topic", "tag", "tags", "kind_of_event"]],
      [
        "source",
        ["sources", "reference", "references", "citation", "citations", "cite", "ref", "bibliography"],
      ],
      ["link", ["url", "source_url", "source_link", "web", "website", "href"]],
      ["page", ["pages", "p.", "pp.", "page_number"]],
      ["note", ["notes", "comment", "comments", "remark", "remarks"]],
      ["image_url", ["image", "picture", "photo", "media"]],
      ["image_credit", ["media_credit", "credit", "photo_credit"]],
      ["image_caption", ["media_caption", "caption"]],
      ["image_alt", ["alt", "alt_text", "media_alt"]],
    ] as [CsvColumn, string[]][]
  ).flatMap(([column, names]) => names.map((n): [string, CsvColumn] => [n, column])),
);

/** "Start Date " → "start_date"; BOM, case and spacing do not matter. */
export function normalizeHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

export interface ColumnMap {
  /** Column → index of the header cell it reads. */
  index: Map<CsvColumn, number>;
  /** "'Year' → date" for every header read under another name, in header order. */
  renamed: { header: string; column: CsvColumn }[];
  /** Headers not used, with their position. */
  unused: { header: string; at: number }[];
  /** Headers that name a column already taken by an earlier one. */
  duplicates: { header: string; column: CsvColumn; at: number }[];
}

/**
 * Map a header row to columns. An exact column name wins over an alias, wherever it stands:
 * a file with both "Date" and "Year" reads "Date" as the date.
 *
 * @example
 * mapColumns(["Year", "Event", "Country"]).index.get("title") // 1
 */
export function mapColumns(header: readonly string[]): ColumnMap {
  const index = new Map<CsvColumn, number>();
  const renamed: ColumnMap["renamed"] = [];
  const unused: ColumnMap["unused"] = [];
  const duplicates: ColumnMap["duplicates"] = [];
  const keys = header.map(normalizeHeader);
  keys.forEach((k, i) => {
    if (KNOWN.has(k)) {
      if (index.has(k as CsvColumn))
        duplicates.push({ header: header[i]!.trim(), column: k as CsvColumn, at: i });
      else index.set(k as CsvColumn, i);
    }
  });
  keys.forEach((k, i) => {
    // Translation columns (title_ja, summary_vi…) are read by csvTranslations.ts.
    if (k === "" || KNOWN.has(k) || DERIVED.has(k) || translationColumn(k)) return;
    const column = ALIASES.get(k);
    if (!column) unused.push({ header: header[i]!.trim(), at: i });
    else if (index.has(column)) duplicates.push({ header: header[i]!.trim(), column, at: i });
    else {
      index.set(column, i);
      renamed.push({ header: header[i]!.trim(), column });
    }
  });
  renamed.sort((a, b) => index.get(a.column)! - index.get(b.column)!);
  return { index, renamed, unused, duplicates };
}
