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
import { CSV_COLUMNS, CSV_EXTRA_COLUMNS, mapColumns, normalizeHeader, type CsvColumn } from "./columns";
import { csvTranslations, translationColumns } from "./csvTranslations";
import { formatPartialDate } from "./dates";
import { readDate, type DateOrder } from "./readDate";
import { fromTimelineJsCsv, isTimelineJsHeader, type TimelineJsEra } from "./timelineJs";
import { guessDimension, isDimensionId, isId, nameFromId, slugify } from "./idNames";
import {
  ACTOR_SHAPES,
  DATE_KINDS,
  DIMENSIONS,
  SCHEMA_VERSION,
  type Actor,
  type ActorShape,
  type Category,
  type Dataset,
  type Source,
} from "./schema";
import { problemOf, type DataProblem, type Said } from "./validate";
import { ref, type MessageRef, type MessageValues } from "./messageRef";

const isActorShape = (s: string | undefined): s is ActorShape =>
  (ACTOR_SHAPES as readonly (string | undefined)[]).includes(s);

export { CSV_COLUMNS, CSV_EXTRA_COLUMNS, type CsvColumn };

/** Without these a row can never be an event, so the file is refused as a whole. */
const REQUIRED: CsvColumn[] = ["date", "title"];

/** Longest title and summary the schema keeps; longer ones are shortened with a note. */
const MAX_TITLE = 160;
const MAX_SUMMARY = 1200;
const MAX_ID = 120;

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
  /** How "03/04/1945" is read; day first when absent. */
  dateOrder?: DateOrder;
  /**
   * The file's name or address: names the one source (and lane) of a file without a
   * source (or actors) column. The title, then "this file", when absent.
   */
  sourceName?: string;
}

export interface CsvParseResult {
  /** A Dataset-shaped object for `validateDataset`; `null` when the file is unusable as a whole. */
  raw: unknown;
  /** Problems found while reading rows (each message starts with "Row N: "), plus file-level notes. */
  problems: DataProblem[];
  /** Set when the file cannot be used at all (no header, a required column missing). */
  fatal?: string;
  /** The catalog key of `fatal` (see messageRef.ts). */
  fatalRef?: MessageRef;
  /** Rows left out because of a problem found here. */
  skipped: number;
  /** `rowOfEvent[i]` is the spreadsheet row of `raw.events[i]`. */
  rowOfEvent: number[];
  /** Non-blank data rows in the file (for the event limit). */
  rowCount: number;
  /**
   * The rows left out here, as far as they were read (a date kept as its cell's text), so the
   * editor can keep them as draft rows to fix instead of losing them.
   */
  rejected?: RejectedRow[];
}

export interface RejectedRow {
  row: number;
  event: Record<string, unknown>;
  messages: string[];
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

/** "1,000,000" and "1 000 000" → 1000000; "2,5" → 2.5 (decimal comma); anything else must be a plain number. */
export function parseAmount(text: string): number | null {
  let s = text.replace(/[\s\u00a0_]/g, "");
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) s = s.replace(/\./g, "").replace(",", ".");
  else if (/^\d+,\d+$/.test(s)) s = s.replace(",", ".");
  if (!/^\+?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function parsePage(text: string): number | string {
  return /^[1-9]\d{0,14}$/.test(text) ? Number(text) : text;
}

/** At most `max` characters, cut at a word boundary when one is near, ending in "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  if (space > max * 0.6) cut = cut.slice(0, space);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
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
    const id = slugify(cell).slice(0, 60).replace(/-+$/, "") || hashId(cell);
    return id ? { id, declaredName: cell.slice(0, 80) } : null;
  }

  actor(id: string, declaredName?: string, shape?: ActorShape) {
    const had = this.actors.get(id);
    // The first row giving a shape gives the actor its shape.
    if (had && shape && !had.shape) this.actors.set(id, { ...had, shape });
    if (had) return;
    const known = this.known.actors.find((a) => a.id === id);
    this.actors.set(
      id,
      declaredName
        ? { ...known, id, name: declaredName }
        : (known ?? { id, name: nameFromId(id).slice(0, 80) }),
    );
    if (shape) this.actors.set(id, { ...this.actors.get(id)!, shape });
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
 * Row numbers as a short list: "rows 3, 5 and 9", "rows 3, 5, 9… (12 in all)"; and the same as
 * message values under `rows` (a nested message, translated on the main thread: see
 * describeProblem.ts).
 */
function rowList(rows: number[]): { text: string; values: Record<string, string | number> } {
  const shown = rows.slice(0, 5);
  if (rows.length > 5)
    return {
      text: `rows ${shown.join(", ")}… (${rows.length} in all)`,
      values: { rowsKey: "import.rowListMore", "rows.rows": shown.join(", "), "rows.count": rows.length },
    };
  const text =
    rows.length === 1
      ? `row ${rows[0]}`
      : `rows ${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
  return {
    text,
    values: {
      rowsKey: "import.rowList",
      "rows.rows": shown.slice(0, -1).join(", "),
      "rows.last": shown[shown.length - 1]!,
      "rows.count": rows.length,
    },
  };
}

const note = (message: string | Said, path = ""): DataProblem =>
  typeof message === "string" ? { path, message } : problemOf(path, message);
/** readDate's reasons → the importer's catalog keys (each says "{column} '{text}' …"). */
const DATE_KEYS: Record<NonNullable<Extract<ReturnType<typeof readDate>, { ok: false }>["key"]>, string> = {
  noMonth: "import.row.dateNoMonth",
  noDay: "import.row.dateNoDay",
  unknown: "import.row.dateUnknown",
  twoDigit: "import.row.dateTwoDigit",
  twoDigitGuess: "import.row.dateTwoDigitGuess",
  yearZero: "import.row.dateYearZero",
};

const rowWhere = (row: number): MessageRef => ref("import.rowPrefix", { row });
const rowsOf = (rows: number[]): MessageValues => {
  const list = rowList(rows);
  return { rows: list.text, ...list.values };
};

/** What surrounds the table: where it came from and what a TimelineJS3 file brought along. */
export interface TableContext extends CsvParseOptions {
  delimiter?: string;
  /** Row index (0-based, as in `records`) → why the parser could not read it. */
  badRows?: Map<number, Said>;
  description?: string;
  eras?: TimelineJsEra[];
}

/**
 * Read a CSV text as a raw dataset. Never throws.
 *
 * @example
 * const { raw, problems } = parseCsvDataset("id,date,title,summary,actors,category,source\n2003-x,2003,…");
 * const result = validateDataset(raw);
 */
export function parseCsvDataset(text: string, opts: CsvParseOptions = {}): CsvParseResult {
  let body = text.replace(/^\uFEFF/, "");
  // Excel may write "sep=;" as a first line; Excel itself hides it, so the header stays row 1.
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep) body = body.slice(sep[0].length);
  const delimiter = sep?.[1] ?? detectDelimiter(body);

  const parsed = Papa.parse<string[]>(body, { delimiter, header: false, skipEmptyLines: false });
  const badRows = new Map<number, Said>();
  for (const e of parsed.errors) {
    if (e.row === undefined || e.row === null) continue;
    const why: Said =
      e.code === "MissingQuotes"
        ? { text: 'a quoted text is not closed (a closing " is missing)', key: "import.row.quoteOpen" }
        : {
            text: 'a quote is misplaced: a text with quotes inside must be in double quotes, with "" for each quote',
            key: "import.row.quoteMisplaced",
          };
    if (!badRows.has(e.row)) badRows.set(e.row, why);
  }
  return readTable(parsed.data, { ...opts, delimiter, badRows });
}

/**
 * Read a table of cells (the header row first; blank rows before it are allowed) as a raw
 * dataset: the part of `parseCsvDataset` after the CSV syntax. Never throws.
 */
export function readTable(input: string[][], ctx: TableContext = {}): CsvParseResult {
  const problems: DataProblem[] = [];
  const empty = (fatal: Said): CsvParseResult => ({
    raw: null,
    problems: [...problems, note(fatal)],
    fatal: fatal.text,
    ...(fatal.key ? { fatalRef: ref(fatal.key, fatal.values) } : {}),
    skipped: 0,
    rowOfEvent: [],
    rowCount: 0,
  });
  const delimiter = ctx.delimiter ?? ",";
  const badRows = ctx.badRows ?? new Map<number, Said>();
  let records = input;
  const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ""));
  if (headerIndex < 0) return empty({ text: "The CSV file is empty.", key: "import.csvEmpty" });
  let header = records[headerIndex]!;
  let title = ctx.title;
  let description = ctx.description;
  let eras = ctx.eras ?? [];
  if (isTimelineJsHeader(header)) {
    const t = fromTimelineJsCsv(header, records.slice(headerIndex + 1));
    header = t.header;
    records = [...records.slice(0, headerIndex + 1), ...t.rows];
    if (t.title) title = t.title;
    if (t.description) description = t.description;
    eras = t.eras;
    problems.push(...t.notes.map((n) => note(n)));
  }

  const columns = mapColumns(header);
  const col = columns.index;
  for (const u of columns.unused)
    problems.push(
      note(
        {
          text: `Column '${u.header.slice(0, 40)}' is not used (see the template for the columns).`,
          key: "import.columnUnused",
          values: { header: u.header.slice(0, 40) },
        },
        `columns[${u.at}]`,
      ),
    );
  for (const d of columns.duplicates)
    problems.push(
      note(
        {
          text: `Column '${d.header.slice(0, 40)}' is another '${d.column}' column; the first one is used.`,
          key: "import.columnDuplicate",
          values: { header: d.header.slice(0, 40), column: d.column },
        },
        `columns[${d.at}]`,
      ),
    );
  const missing = REQUIRED.filter((c) => !col.has(c));
  if (missing.length) {
    const names: Record<string, string> = {
      date: "'date' (or Year, Start Date, When)",
      title: "'title' (or Event, Headline, Name)",
    };
    const which = missing.length > 1 ? "both" : missing[0]!;
    return empty({
      text:
        `The CSV has no ${missing.map((m) => names[m] ?? `'${m}'`).join(" and ")} column. ` +
        `Its first line must name the columns, e.g. ${CSV_COLUMNS.join(",")}.`,
      key: "import.noColumn",
      values: { which, columns: CSV_COLUMNS.join(",") },
    });
  }
  if (columns.renamed.length) {
    const list = columns.renamed.map((r) => `'${r.header.slice(0, 30)}' → ${r.column}`).join(", ");
    problems.push(
      note({ text: `Columns read as: ${list}.`, key: "import.columnsRenamed", values: { list } }),
    );
  }

  const order: DateOrder = ctx.dateOrder ?? "dmy";
  const fileName = (ctx.sourceName ?? title ?? "").trim() || "this file";
  const strict = (c: CsvColumn) => normalizeHeader(header[col.get(c) ?? -1] ?? "") === c;
  // Defaults for what a plain spreadsheet leaves out; each one is said once in a note.
  const defaultSource = {
    id: slugify(fileName).slice(0, 60).replace(/-+$/, "") || "this-file",
    title: fileName.slice(0, 300),
  };
  const defaultActor = { id: defaultSource.id, name: (title?.trim() || fileName).slice(0, 80) };
  let usedDefaultSource = false;
  let usedDefaultActor = false;
  let usedDefaultCategory = false;
  const shortened: number[] = [];
  const noSummary: number[] = [];
  const orderRows: { row: number; cell: string; date: string }[] = [];
  const serialRows: number[] = [];

  const frame = new FrameBuilder(ctx.known);
  const events: Record<string, unknown>[] = [];
  const rowOfEvent: number[] = [];
  const translationRows: { id: string; cells: readonly string[] }[] = [];
  const rejected: RejectedRow[] = [];
  let skipped = 0;
  let rowCount = 0;
  const listSep = delimiter === ";" ? /[;,]/ : /;/;

  // The authors' own ids first, so that one made from a title never takes an id a later row uses.
  const usedIds = new Set<string>();
  const idCol = col.get("id");
  if (idCol !== undefined)
    for (const r of records.slice(headerIndex + 1)) usedIds.add((r[idCol] ?? "").trim());

  for (let r = headerIndex + 1; r < records.length; r++) {
    const cells = records[r]!;
    const row = r + 1;
    if (cells.every((c) => c.trim() === "")) continue;
    rowCount++;
    const rowProblems: Said[] = [];
    // `key` names the message in the catalogs (translated on the main thread; see messageRef.ts).
    const report = (text: string, key?: string, values?: MessageValues) =>
      rowProblems.push(key ? { text, key, ...(values ? { values } : {}) } : { text });
    const get = (c: CsvColumn): string => {
      const i = col.get(c);
      return i === undefined ? "" : unescapeFormula((cells[i] ?? "").trim());
    };
    const noLetters = (column: string, cell: string) =>
      report(
        `${column} '${cell.slice(0, 40)}' has no letters or digits to make an id from`,
        "import.row.noLetters",
        {
          column,
          text: cell.slice(0, 40),
        },
      );
    const list = (c: CsvColumn, by: RegExp = listSep) =>
      get(c)
        .split(by)
        .map((s) => s.trim())
        .filter(Boolean);

    // Strict on purpose: spreadsheets export every row with the header's width, so an extra cell
    // almost always means an unquoted delimiter has shifted the columns. Either problem makes every
    // other cell of the row unreliable, so it is the only one reported.
    const structural: Said | undefined =
      badRows.get(r) ??
      (cells.length > header.length
        ? {
            text: `has ${cells.length} cells but the header has ${header.length} (a text with a ${delimiter === "\t" ? "tab" : `'${delimiter}'`} inside must be in double quotes)`,
            key: "import.row.tooManyCells",
            values: {
              cells: cells.length,
              header: header.length,
              sep: delimiter === "\t" ? "tab" : delimiter,
            },
          }
        : undefined);
    if (structural) {
      problems.push(
        problemOf(
          `row[${row}]`,
          { ...structural, text: `Row ${row}: ${structural.text}` },
          { where: rowWhere(row) },
        ),
      );
      // The cells are shifted, so none can be trusted in its column: keep the row's text whole.
      rejected.push({ row, event: { summary: cells.join(" ").trim() }, messages: [structural.text] });
      skipped++;
      continue;
    }

    const readOne = (column: "date" | "end"): string => {
      const cell = get(column);
      if (!cell) return "";
      const d = readDate(cell, order);
      if (!d.ok) {
        const keyed = d.key ? DATE_KEYS[d.key] : undefined;
        report(`${column} ${d.message}`, keyed, { column, text: cell.slice(0, 40), ...d.values });
        return "";
      }
      if (d.assumed === "order" && column === "date") orderRows.push({ row, cell, date: d.date });
      if (d.assumed === "serial" && column === "date") serialRows.push(row);
      return d.date;
    };
    const dateCell = get("date");
    if (!dateCell) report("date is missing", "import.row.dateMissing");
    const date = readOne("date");
    const end = readOne("end");

    const event: Record<string, unknown> = {};
    let title = get("title");
    let summary = get("summary");
    if (title.length > MAX_TITLE || summary.length > MAX_SUMMARY) shortened.push(row);
    title = shorten(title, MAX_TITLE);
    summary = shorten(summary, MAX_SUMMARY);
    if (!title) report("title is missing", "import.row.titleMissing");
    if (!summary && title) {
      summary = title;
      noSummary.push(row);
    }

    let id = get("id");
    if (id.length > MAX_ID)
      report(`id '${id.slice(0, 40)}…' is longer than ${MAX_ID} characters`, "import.row.idLong", {
        id: id.slice(0, 40),
        max: MAX_ID,
      });
    if (!id && date && title) {
      // A missing id is made from the year and the title, kept unique within the file.
      const year = /^-?\d+/.exec(date)![0];
      const base = `${year}-${slugify(title).slice(0, 50).replace(/-+$/, "") || "event"}`;
      id = base;
      for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
      usedIds.add(id);
    }
    event.id = id;
    event.date = date;
    if (end) event.end = end;
    event.title = title;
    event.summary = summary;

    const actorCells = list("actors");
    const actorIds: { id: string; declaredName?: string }[] = [];
    for (const cell of actorCells) {
      const a = FrameBuilder.toId(cell);
      if (!a) noLetters("actor", cell);
      else actorIds.push(a);
    }
    const lenientActors = !col.has("actors") || !strict("actors");
    if (!actorCells.length && !lenientActors)
      report("actors is missing (names separated by ';', e.g. Japan;China)", "import.row.actorsMissing");
    if (!actorCells.length && lenientActors) {
      actorIds.push({ id: defaultActor.id, declaredName: defaultActor.name });
      usedDefaultActor = true;
    }
    event.actors = actorIds.map((a) => a.id);

    const categoryCell = get("category");
    let category = categoryCell ? FrameBuilder.toId(categoryCell) : null;
    if (!categoryCell && col.has("category") && strict("category"))
      report("category is missing", "import.row.categoryMissing");
    else if (!categoryCell) {
      category = { id: "event", declaredName: "Event" };
      usedDefaultCategory = true;
    } else if (!category) noLetters("category", categoryCell);
    event.category = category?.id ?? categoryCell;
    const dimension = get("dimension").toLowerCase();
    if (dimension && !isDimensionId(dimension)) {
      const list = DIMENSIONS.map((d) => d.id).join(", ");
      problems.push(
        problemOf(
          `row[${row}].dimension`,
          {
            text: `Row ${row}: dimension '${dimension.slice(0, 40)}' is not one of ${list}; a guess is used.`,
            key: "import.row.dimension",
            values: { text: dimension.slice(0, 40), list },
          },
          { where: rowWhere(row) },
        ),
      );
    }

    // One source: page, link and section are taken whole. Several sources: every column is a ';' list, by position.
    let sourceCells = list("source", /;/);
    const lenientSource = !col.has("source") || !strict("source");
    if (!sourceCells.length && !lenientSource)
      report("source is missing: every event needs at least one source", "import.row.sourceMissing");
    let declaredDefault = false;
    if (!sourceCells.length && lenientSource) {
      sourceCells = [defaultSource.title];
      declaredDefault = true;
      usedDefaultSource = true;
    }
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
    if (pages.length > Math.max(1, sourceCells.length) || links.length > Math.max(1, sourceCells.length))
      report(
        "has more pages or links than sources (separate several with ';', in the same order)",
        "import.row.morePages",
      );
    const sourceRefs = sourceCells.map((cell, i) => {
      const s = declaredDefault
        ? { id: defaultSource.id, declaredName: defaultSource.title }
        : FrameBuilder.toId(cell);
      if (!s) noLetters("source", cell);
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
      const text = amountCell.slice(0, 40);
      if (value === null) report(`amount '${text}' is not a number`, "import.row.amountNaN", { text });
      if (!currency)
        report(`amount '${text}' needs a currency (e.g. USD, JPY, CNY)`, "import.row.amountCurrency", {
          text,
        });
      const amount: Record<string, unknown> = { value, currency, kind: get("kind").toLowerCase() || "other" };
      const scale = get("scale").toLowerCase();
      if (scale) amount.scale = scale;
      if (get("amount_text")) amount.text = get("amount_text");
      event.amount = amount;
    } else if (currency)
      report(
        `currency '${currency.slice(0, 10)}' is given but amount is empty`,
        "import.row.currencyNoAmount",
        {
          text: currency.slice(0, 10),
        },
      );

    const importance = get("importance");
    if (importance) {
      if (/^[123]$/.test(importance)) event.importance = Number(importance);
      else
        report(`importance '${importance.slice(0, 20)}' should be 1, 2 or 3`, "import.row.importance", {
          text: importance.slice(0, 20),
        });
    }
    const noteCell = get("note");
    if (noteCell) event.note = shorten(noteCell, 1000);
    const dateKind = get("date_kind").toLowerCase();
    if (dateKind) {
      if ((DATE_KINDS as readonly string[]).includes(dateKind)) event.dateKind = dateKind;
      else
        report(
          `date_kind '${dateKind.slice(0, 20)}' should be ${DATE_KINDS.join(", ")}`,
          "import.row.dateKind",
          {
            text: dateKind.slice(0, 20),
            list: DATE_KINDS.join(", "),
          },
        );
    }
    if (get("date_note")) event.dateNote = shorten(get("date_note"), 300);
    // Ids may hold spaces ("Event 3"), so only ';' (or ',') separates them.
    const related = list("related", /[;,]/);
    if (related.length) event.related = related;

    const imageUrl = get("image_url");
    if (imageUrl) {
      if (/^https?:\/\//i.test(imageUrl)) {
        const caption = get("image_caption");
        event.image = {
          url: imageUrl,
          alt: shorten(get("image_alt") || caption || title || "Picture", 300),
          ...(get("image_credit") ? { credit: shorten(get("image_credit"), 200) } : {}),
          ...(caption ? { caption: shorten(caption, 500) } : {}),
        };
      } else
        problems.push(
          problemOf(
            `row[${row}].image`,
            {
              text: `Row ${row}: image '${imageUrl.slice(0, 40)}' is not an http(s) link, so it is left out.`,
              key: "import.row.imageLink",
              values: { text: imageUrl.slice(0, 40) },
            },
            { where: rowWhere(row) },
          ),
        );
    }

    if (rowProblems.length) {
      for (const p of rowProblems)
        problems.push(
          problemOf(`row[${row}]`, { ...p, text: `Row ${row}: ${p.text}` }, { where: rowWhere(row) }),
        );
      const endCell = get("end");
      rejected.push({
        row,
        event: { ...event, date: date || dateCell, ...(endCell && !end ? { end: endCell } : {}) },
        messages: rowProblems.map((p) => p.text),
      });
      skipped++;
      continue;
    }
    // Only rows that pass create actors, categories and sources, so a bad row leaves no empty lane.
    // actor_shapes: a ';' list in the order of the actors, e.g. "circle;;star" (empty: chosen for you).
    const shapes = get("actor_shapes")
      .split(";")
      .map((x) => x.trim().toLowerCase());
    actorIds.forEach((a, i) =>
      frame.actor(a.id, a.declaredName, isActorShape(shapes[i]) ? shapes[i] : undefined),
    );
    frame.category(category!.id, category!.declaredName, dimension || undefined);
    sourceRefs.forEach((s) => frame.source(s.declared!.id, s.declared!.declaredName));
    rowOfEvent.push(row);
    events.push(event);
    translationRows.push({ id: event.id as string, cells });
  }

  if (orderRows.length) {
    const first = orderRows[0]!;
    const reading = order === "dmy" ? "day first" : "month first";
    const other = order === "dmy" ? "month first" : "day first";
    const rows = orderRows.map((o) => o.row);
    problems.push(
      note({
        text: `Dates such as '${first.cell}' could be read two ways; they were read ${reading} (${formatPartialDate(first.date)}), in ${rowList(rows).text}. If they are meant ${other}, choose "${other}" in Open dataset and load the file again.`,
        key: order === "dmy" ? "import.readDayFirst" : "import.readMonthFirst",
        values: {
          text: first.cell,
          date: formatPartialDate(first.date),
          dateIso: first.date,
          ...rowsOf(rows),
        },
      }),
    );
  }
  if (serialRows.length)
    problems.push(
      note({
        text: `Dates written as Excel day numbers were read as calendar dates in ${rowList(serialRows).text}.`,
        key: "import.excelSerials",
        values: rowsOf(serialRows),
      }),
    );
  if (shortened.length)
    problems.push(
      note({
        text: `Titles over ${MAX_TITLE} or summaries over ${MAX_SUMMARY} characters were shortened with "…" in ${rowList(shortened).text}.`,
        key: "import.shortened",
        values: { title: MAX_TITLE, summary: MAX_SUMMARY, ...rowsOf(shortened) },
      }),
    );
  if (noSummary.length)
    problems.push(
      note({
        text: `Events with no summary show their title instead, in ${rowList(noSummary).text}.`,
        key: "import.noSummary",
        values: rowsOf(noSummary),
      }),
    );
  if (usedDefaultSource)
    problems.push(
      note({
        text: `The file has no source for ${col.has("source") ? "some events" : "its events"}: they cite '${defaultSource.title}' itself, so they carry no citation of their own.`,
        key: col.has("source") ? "import.defaultSourceSome" : "import.defaultSourceAll",
        values: { title: defaultSource.title },
      }),
    );
  if (usedDefaultActor) {
    const column = header[col.get("actors") ?? -1]?.trim() || "actor";
    problems.push(
      note(
        col.has("actors")
          ? {
              text: `Events with no ${column} are in one lane named '${defaultActor.name}'.`,
              key: "import.defaultActorSome",
              values: { column, name: defaultActor.name },
            }
          : {
              text: `The file has no actors, Group or Country column: all events are in one lane named '${defaultActor.name}'.`,
              key: "import.defaultActorAll",
              values: { name: defaultActor.name },
            },
      ),
    );
  }
  if (usedDefaultCategory && !col.has("category"))
    problems.push(
      note({
        text: "The file has no category (or Type) column: every event is in the category 'Event'.",
        key: "import.noCategoryColumn",
      }),
    );

  if (eras.length) {
    frame.source(defaultSource.id, defaultSource.title);
  }
  // title_ja, summary_vi… columns: the dataset's translations, each text trimmed as the English is.
  const maxOf = { title: MAX_TITLE, summary: MAX_SUMMARY, note: 1000 };
  const translations = csvTranslations(header.map(normalizeHeader), translationRows, (field, text) =>
    shorten(unescapeFormula(text), maxOf[field]),
  );
  const raw = {
    schemaVersion: SCHEMA_VERSION,
    title: shorten(title?.trim() || "Custom dataset", 200),
    ...(description?.trim() ? { description: shorten(description.trim(), 1000) } : {}),
    actors: [...frame.actors.values()],
    categories: [...frame.categories.values()],
    sources: [...frame.sources.values()],
    eras: eras.map((e, i) => ({
      id: `${slugify(e.label).slice(0, 50).replace(/-+$/, "") || "era"}-${i + 1}`,
      label: shorten(e.label, 80),
      date: e.date,
      end: e.end,
      sources: [{ source: defaultSource.id }],
    })),
    events,
    ...(translations ? { translations } : {}),
  };
  return { raw, problems, skipped, rowOfEvent, rowCount, rejected };
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
  const actorShape = new Map(dataset.actors.map((a) => [a.id, a.shape]));
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
      image_url: ev.image?.url ?? "",
      image_alt: ev.image?.alt ?? "",
      image_credit: ev.image?.credit ?? "",
      image_caption: ev.image?.caption ?? "",
      actor_shapes: ev.actors.some((a) => actorShape.get(a))
        ? ev.actors.map((a) => actorShape.get(a) ?? "").join(";")
        : "",
    };
    return fields.map((f) => escapeFormula(cells[f]));
  });
  // The dataset's translations of event texts as title_xx / summary_xx / note_xx columns.
  const extra = translationColumns(
    dataset.translations,
    dataset.events.map((e) => e.id),
  );
  extra.forEach((c) => rows.forEach((r, i) => r.push(escapeFormula(c.cells[i]!))));
  const csv = Papa.unparse(
    { fields: [...fields, ...extra.map((c) => c.header)], data: rows },
    { newline: "\r\n", quotes: false },
  );
  return (opts.bom ? "\uFEFF" : "") + csv + "\r\n";
}
