/**
 * CSV ⇄ dataset, the spreadsheet route of "bring your own data".
 *
 * Import turns a table (one event per row) into a raw Dataset-shaped object that
 * `validateDataset` then checks like any JSON file; actors, categories and
 * sources are created from the ids or names the rows use. Problems found here
 * (a date that is not a date, an amount that is not a number) are reported per
 * row and the row is left out, so validation never sees it.
 *
 * Row numbers are the ones a spreadsheet shows: the header is row 1, the first
 * data row is row 2, blank rows count, and a cell with a line break inside still
 * belongs to one row. See docs/own-data.md for the columns.
 */
import Papa from "papaparse";
import { csvTranslations, translationColumn } from "./csvTranslations";
import { parsePartialDate } from "./dates";
import { guessDimension, isDimensionId, isId, nameFromId, slugify } from "./idNames";
import {
  DATE_KINDS,
  DIMENSIONS,
  SCHEMA_VERSION,
  type Actor,
  type Category,
  type Dataset,
  type Source,
} from "./schema";
import type { DataProblem } from "./validate";

/** The columns of the issue's template, in order. */
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
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number] | (typeof CSV_EXTRA_COLUMNS)[number];

/** Without these a row can never be a valid event, so the file is refused as a whole. */
const REQUIRED: CsvColumn[] = ["date", "title", "summary", "actors", "category", "source"];
const KNOWN = new Set<string>([...CSV_COLUMNS, ...CSV_EXTRA_COLUMNS]);
// A Map, not an object literal: a header such as "__proto__" or "constructor" must find nothing.
const ALIASES = new Map<string, CsvColumn>([
  ["start", "date"],
  ["start_date", "date"],
  ["end_date", "end"],
  ["description", "summary"],
  ["actor", "actors"],
  ["sources", "source"],
  ["url", "link"],
  ["notes", "note"],
  ["categories", "category"],
]);

/** Names and metadata to reuse when a CSV uses the same ids (e.g. the built-in dataset's). */
export interface KnownFrame {
  actors?: Actor[];
  categories?: Category[];
  sources?: Source[];
}

export interface CsvParseOptions {
  /** Dataset title; "Custom dataset" when absent. */
  title?: string;
  /** Reuse these names, dimensions and source details for matching ids. */
  known?: KnownFrame;
}

export interface CsvParseResult {
  /** A Dataset-shaped object for `validateDataset`; `null` when the file is unusable as a whole. */
  raw: unknown;
  /** Problems found while reading rows (each message starts with "Row N: "), plus file-level notes. */
  problems: DataProblem[];
  /** Set when the file cannot be used at all (no header, a required column missing). */
  fatal?: string;
  /** Rows left out because of a problem found here. */
  skipped: number;
  /** `rowOfEvent[i]` is the spreadsheet row of `raw.events[i]`. */
  rowOfEvent: number[];
  /** Non-blank data rows in the file (for the event limit). */
  rowCount: number;
}

// A cell starting with one of these runs as a formula in spreadsheets; exports prefix "'" (OWASP CSV injection).
const FORMULA_START = /^'*[=+\-@\t\r]/;

function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/** Count a character in a line, ignoring anything inside double quotes. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/** The header line decides: comma, semicolon (European Excel) or tab, whichever it uses most. */
function detectDelimiter(text: string): string {
  const first = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== "") ?? "";
  let best = ",";
  let bestCount = 0;
  for (const d of [",", ";", "\t"]) {
    const c = countOutsideQuotes(first, d);
    if (c > bestCount) [best, bestCount] = [d, c];
  }
  return best;
}

function normalizeHeader(h: string): string {
  const key = h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  return ALIASES.get(key) ?? key;
}

/** "1,000,000" and "1 000 000" → 1000000; "2,5" → 2.5 (decimal comma); anything else must be a plain number. */
export function parseAmount(text: string): number | null {
  let s = text.replace(/[\s\u00a0_]/g, "");
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  else if (/^\d+,\d+$/.test(s)) s = s.replace(",", ".");
  if (!/^\+?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function parsePage(text: string): number | string {
  return /^[1-9]\d{0,14}$/.test(text) ? Number(text) : text;
}

function dateProblem(column: string, value: string): string | null {
  if (parsePartialDate(value)) return null;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return `${column} '${value}' is not a real date`;
  return `${column} '${value.slice(0, 40)}' should be written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2003-12-12)`;
}

/**
 * An id for a name with no Latin letters ("日本" → "u-…"): stable, so the same name gives the
 * same id in every row. `null` when the text has no letter or digit at all.
 */
function hashId(text: string): string | null {
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  let h = 0x811c9dc5; // FNV-1a, 32 bits
  for (const ch of text.normalize("NFC")) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `u-${h.toString(36)}`;
}

/** Where the frame (actors, categories, sources) is collected while rows are read. */
class FrameBuilder {
  readonly actors = new Map<string, Actor>();
  readonly categories = new Map<string, Category>();
  readonly sources = new Map<string, Source>();
  private readonly known: Required<KnownFrame>;
  constructor(known: KnownFrame = {}) {
    this.known = {
      actors: known.actors ?? [],
      categories: known.categories ?? [],
      sources: known.sources ?? [],
    };
  }

  /** An id or a name from a cell → its id; `null` when no id can be made from it. */
  static toId(cell: string): { id: string; declaredName?: string } | null {
    if (isId(cell)) return { id: cell };
    const id = slugify(cell) || hashId(cell);
    return id ? { id, declaredName: cell.slice(0, 80) } : null;
  }

  actor(id: string, declaredName?: string) {
    if (this.actors.has(id)) return;
    const known = this.known.actors.find((a) => a.id === id);
    this.actors.set(
      id,
      declaredName
        ? { ...known, id, name: declaredName }
        : (known ?? { id, name: nameFromId(id).slice(0, 80) }),
    );
  }

  category(id: string, declaredName: string | undefined, dimension: string | undefined) {
    if (this.categories.has(id)) return;
    const known = this.known.categories.find((c) => c.id === id);
    const dim = dimension && isDimensionId(dimension) ? dimension : (known?.dimension ?? guessDimension(id));
    const name = declaredName ?? known?.name ?? nameFromId(id).slice(0, 80);
    this.categories.set(id, { id, name, dimension: dim });
  }

  source(id: string, declaredTitle?: string) {
    if (this.sources.has(id)) return;
    const known = this.known.sources.find((s) => s.id === id);
    this.sources.set(
      id,
      declaredTitle
        ? { ...known, id, title: declaredTitle }
        : (known ?? { id, title: nameFromId(id).slice(0, 300) }),
    );
  }
}

/**
 * Read a CSV text as a raw dataset. Never throws.
 *
 * @example
 * const { raw, problems } = parseCsvDataset("id,date,title,summary,actors,category,source\n2003-x,2003,…");
 * const result = validateDataset(raw);
 */
export function parseCsvDataset(text: string, opts: CsvParseOptions = {}): CsvParseResult {
  const problems: DataProblem[] = [];
  const empty = (fatal: string): CsvParseResult => ({
    raw: null,
    problems,
    fatal,
    skipped: 0,
    rowOfEvent: [],
    rowCount: 0,
  });
  let body = text.replace(/^\uFEFF/, "");
  // Excel may write "sep=;" as a first line; Excel itself hides it, so the header stays row 1.
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep) body = body.slice(sep[0].length);
  const delimiter = sep?.[1] ?? detectDelimiter(body);

  const parsed = Papa.parse<string[]>(body, { delimiter, header: false, skipEmptyLines: false });
  const records = parsed.data;
  const badRows = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.row === undefined || e.row === null) continue;
    const why =
      e.code === "MissingQuotes"
        ? 'a quoted text is not closed (a closing " is missing)'
        : 'a quote is misplaced: a text with quotes inside must be in double quotes, with "" for each quote';
    if (!badRows.has(e.row)) badRows.set(e.row, why);
  }

  const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ""));
  if (headerIndex < 0) return empty("The CSV file is empty.");
  const header = records[headerIndex]!.map(normalizeHeader);
  const col = new Map<string, number>();
  header.forEach((h, i) => {
    if (h === "") return;
    if (!KNOWN.has(h) && !translationColumn(h)) {
      problems.push({
        path: `columns[${i}]`,
        message: `Column '${h.slice(0, 40)}' is not used (see the template for the columns).`,
      });
    } else if (col.has(h)) {
      problems.push({
        path: `columns[${i}]`,
        message: `Column '${h}' appears twice; the first one is used.`,
      });
    } else col.set(h, i);
  });
  const missing = REQUIRED.filter((c) => !col.has(c));
  if (missing.length) {
    return empty(
      `The CSV has no ${missing.map((m) => `'${m}'`).join(", ")} column${missing.length > 1 ? "s" : ""}. ` +
        `Its first line must be the header: ${CSV_COLUMNS.join(",")}.`,
    );
  }

  const frame = new FrameBuilder(opts.known);
  const events: Record<string, unknown>[] = [];
  const rowOfEvent: number[] = [];
  const translated: { id: string; cells: string[] }[] = [];
  const usedIds = new Set<string>();
  let skipped = 0;
  let rowCount = 0;
  const listSep = delimiter === ";" ? /[;,]/ : /;/;

  for (let r = headerIndex + 1; r < records.length; r++) {
    const cells = records[r]!;
    const row = r + 1;
    if (cells.every((c) => c.trim() === "")) continue;
    rowCount++;
    const rowProblems: string[] = [];
    const report = (m: string) => rowProblems.push(m);
    const get = (c: CsvColumn): string => {
      const i = col.get(c);
      return i === undefined ? "" : unescapeFormula((cells[i] ?? "").trim());
    };
    const list = (c: CsvColumn, by: RegExp = listSep) =>
      get(c)
        .split(by)
        .map((s) => s.trim())
        .filter(Boolean);

    // Strict on purpose: spreadsheets export every row with the header's width, so an extra cell
    // almost always means an unquoted delimiter has shifted the columns. Either problem makes every
    // other cell of the row unreliable, so it is the only one reported.
    const structural =
      badRows.get(r) ??
      (cells.length > header.length
        ? `has ${cells.length} cells but the header has ${header.length} (a text with a ${delimiter === "\t" ? "tab" : `'${delimiter}'`} inside must be in double quotes)`
        : undefined);
    if (structural) {
      problems.push({ path: `row[${row}]`, message: `Row ${row}: ${structural}` });
      skipped++;
      continue;
    }
    const date = get("date");
    if (!date) report("date is missing");
    else {
      const p = dateProblem("date", date);
      if (p) report(p);
    }
    const end = get("end");
    const endProblem = end ? dateProblem("end", end) : null;
    if (endProblem) report(endProblem);

    const event: Record<string, unknown> = {};
    let id = get("id");
    if (!id && date && get("title")) {
      // A missing id is made from the year and the title, kept unique within the file.
      const base = `${date.slice(0, 4)}-${slugify(get("title")).slice(0, 50).replace(/-+$/, "") || "event"}`;
      id = base;
      for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    }
    usedIds.add(id);
    event.id = id;
    event.date = date;
    if (end) event.end = end;
    event.title = get("title");
    event.summary = get("summary");

    const actorIds: string[] = [];
    for (const cell of list("actors")) {
      const a = FrameBuilder.toId(cell);
      if (!a) report(`actor '${cell.slice(0, 40)}' has no letters or digits to make an id from`);
      else actorIds.push(a.id);
    }
    if (!list("actors").length) report("actors is missing (ids separated by ';', e.g. japan;china)");
    event.actors = actorIds;

    const categoryCell = get("category");
    const category = categoryCell ? FrameBuilder.toId(categoryCell) : null;
    if (!categoryCell) report("category is missing");
    else if (!category)
      report(`category '${categoryCell.slice(0, 40)}' has no letters or digits to make an id from`);
    event.category = category?.id ?? categoryCell;
    const dimension = get("dimension").toLowerCase();
    if (dimension && !isDimensionId(dimension)) {
      problems.push({
        path: `row[${row}].dimension`,
        message: `Row ${row}: dimension '${dimension.slice(0, 40)}' is not one of ${DIMENSIONS.map((d) => d.id).join(", ")}; a guess is used.`,
      });
    }

    // One source: page, link and section are taken whole. Several sources: every column is a ';' list, by position.
    const sourceCells = list("source", /;/);
    const several = sourceCells.length > 1;
    const aligned = (c: CsvColumn) =>
      several
        ? get(c)
            .split(";")
            .map((s) => s.trim())
        : [get(c)];
    const pages = aligned("page");
    const links = aligned("link");
    const sections = aligned("section");
    if (!sourceCells.length) report("source is missing: every event needs at least one source");
    if (pages.length > Math.max(1, sourceCells.length) || links.length > Math.max(1, sourceCells.length))
      report("has more pages or links than sources (separate several with ';', in the same order)");
    const sourceRefs = sourceCells.map((cell, i) => {
      const s = FrameBuilder.toId(cell);
      if (!s) report(`source '${cell.slice(0, 40)}' has no letters or digits to make an id from`);
      const ref: Record<string, unknown> = { source: s?.id ?? cell };
      if (pages[i]) ref.page = parsePage(pages[i]);
      if (links[i]) ref.url = links[i];
      if (sections[i]) ref.section = sections[i];
      return { ref, declared: s };
    });
    event.sources = sourceRefs.map((s) => s.ref);

    const amountCell = get("amount");
    const currency = get("currency").toUpperCase();
    if (amountCell) {
      const value = parseAmount(amountCell);
      if (value === null) report(`amount '${amountCell.slice(0, 40)}' is not a number`);
      if (!currency) report(`amount '${amountCell.slice(0, 40)}' needs a currency (e.g. USD, JPY, CNY)`);
      const amount: Record<string, unknown> = { value, currency, kind: get("kind").toLowerCase() || "other" };
      const scale = get("scale").toLowerCase();
      if (scale) amount.scale = scale;
      if (get("amount_text")) amount.text = get("amount_text");
      event.amount = amount;
    } else if (currency) report(`currency '${currency.slice(0, 10)}' is given but amount is empty`);

    const importance = get("importance");
    if (importance) {
      if (/^[123]$/.test(importance)) event.importance = Number(importance);
      else report(`importance '${importance.slice(0, 20)}' should be 1, 2 or 3`);
    }
    const note = get("note");
    if (note) event.note = note;
    const dateKind = get("date_kind").toLowerCase();
    if (dateKind) {
      if ((DATE_KINDS as readonly string[]).includes(dateKind)) event.dateKind = dateKind;
      else report(`date_kind '${dateKind.slice(0, 20)}' should be ${DATE_KINDS.join(", ")}`);
    }
    if (get("date_note")) event.dateNote = get("date_note");
    const related = list("related", /[;,\s]+/);
    if (related.length) event.related = related;

    if (rowProblems.length) {
      for (const m of rowProblems) problems.push({ path: `row[${row}]`, message: `Row ${row}: ${m}` });
      skipped++;
      continue;
    }
    // Only rows that pass create actors, categories and sources, so a bad row leaves no empty lane.
    list("actors").forEach((cell) => {
      const a = FrameBuilder.toId(cell)!;
      frame.actor(a.id, a.declaredName);
    });
    frame.category(category!.id, category!.declaredName, dimension || undefined);
    sourceRefs.forEach((s) => frame.source(s.declared!.id, s.declared!.declaredName));
    rowOfEvent.push(row);
    events.push(event);
    translated.push({ id, cells });
  }

  const translations = csvTranslations(header, translated);
  const raw = {
    schemaVersion: SCHEMA_VERSION,
    title: (opts.title?.trim() || "Custom dataset").slice(0, 200),
    actors: [...frame.actors.values()],
    categories: [...frame.categories.values()],
    sources: [...frame.sources.values()],
    eras: [],
    events,
    ...(translations ? { translations } : {}),
  };
  return { raw, problems, skipped, rowOfEvent, rowCount };
}

// ---------------------------------------------------------------------------------------------
// Export

/** The cell for a frame item: its name when the name turns back into the same id, else the id. */
function nameOrId(id: string, name: string | undefined): string {
  if (!name || name === nameFromId(id) || isId(name) || name.includes(";") || name.includes(",")) return id;
  return slugify(name) === id && name.trim() === name ? name : id;
}

function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export interface CsvExportOptions {
  /** Start with a UTF-8 byte order mark so that Excel reads accents correctly (use for downloads). */
  bom?: boolean;
}

/**
 * Write a dataset's events as CSV with the template's columns plus the extra ones, CRLF line ends.
 * Import gives back the same events, except figures (not in CSV) and ';' inside the page,
 * section or link of an event with several sources (see docs/own-data.md).
 */
export function datasetToCsv(dataset: Dataset, opts: CsvExportOptions = {}): string {
  const actorName = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const category = new Map(dataset.categories.map((c) => [c.id, c]));
  const sourceTitle = new Map(dataset.sources.map((s) => [s.id, s.title]));
  const fields = [...CSV_COLUMNS, ...CSV_EXTRA_COLUMNS];
  const rows = dataset.events.map((ev) => {
    const several = ev.sources.length > 1;
    // With several sources the cells are ';' lists, so a ';' inside one entry must go.
    const part = (s: string | number | undefined, isUrl = false) =>
      s === undefined ? "" : several ? String(s).replace(/;/g, isUrl ? "%3B" : ",") : String(s);
    const cat = category.get(ev.category);
    const cells: Record<CsvColumn, string> = {
      id: ev.id,
      date: ev.date,
      end: ev.end ?? "",
      title: ev.title,
      summary: ev.summary,
      actors: ev.actors.map((a) => nameOrId(a, actorName.get(a))).join(";"),
      category: nameOrId(ev.category, cat?.name),
      amount: ev.amount ? String(ev.amount.value) : "",
      currency: ev.amount?.currency ?? "",
      source: ev.sources.map((s) => nameOrId(s.source, sourceTitle.get(s.source))).join(";"),
      page: ev.sources.some((s) => s.page !== undefined) ? ev.sources.map((s) => part(s.page)).join(";") : "",
      link: ev.sources.some((s) => s.url) ? ev.sources.map((s) => part(s.url, true)).join(";") : "",
      note: ev.note ?? "",
      importance: String(ev.importance),
      scale: ev.amount?.scale ?? "",
      kind: ev.amount?.kind ?? "",
      amount_text: ev.amount?.text ?? "",
      section: ev.sources.some((s) => s.section) ? ev.sources.map((s) => part(s.section)).join(";") : "",
      dimension: cat?.dimension ?? "",
      related: (ev.related ?? []).join(";"),
      date_kind: ev.dateKind ?? "",
      date_note: ev.dateNote ?? "",
    };
    return fields.map((f) => escapeFormula(cells[f]));
  });
  const csv = Papa.unparse({ fields: [...fields], data: rows }, { newline: "\r\n", quotes: false });
  return (opts.bom ? "\uFEFF" : "") + csv + "\r\n";
}
