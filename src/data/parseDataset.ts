/**
 * Text of a dataset file (JSON or CSV, from a URL or a dropped file) → a
 * validated Dataset, with every problem in plain words. The one entry point the
 * app calls for "bring your own data"; it never throws.
 */
import { parseCsvDataset, readTable, type CsvParseResult, type KnownFrame } from "./csv";
import type { DateOrder } from "./readDate";
import { fromTimelineJsJson, isTimelineJsJson } from "./timelineJs";
import { describeJsonError } from "./jsonSyntax";
import type { Dataset } from "./schema";
import { problemOf, validateDataset, type DataProblem } from "./validate";
import { ref, type MessageRef } from "./messageRef";

/**
 * Largest file accepted, in bytes (UTF-8): room for 100,000 rows with long summaries
 * (the bench loads a 50 MB CSV of 100,000 rows); the text is parsed in a worker.
 */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;
/**
 * Most events (or CSV rows) accepted: 100,000, the size issue 17 sets. `npm run bench` shows the
 * JS heap within 150 MB there (about 100 MB) and memory grows with every event, so past it a phone
 * or a school laptop would run short; the ready-time and frame targets at this size are not met
 * yet (README, Benchmark: the gaps and their causes).
 */
export const MAX_DATASET_EVENTS = 100_000;

export type DatasetFormat = "json" | "csv";

export type ParseOutcome =
  | { ok: true; dataset: Dataset; problems: DataProblem[]; skipped: number; format: DatasetFormat }
  | { ok: false; error: string; errorRef?: MessageRef; problems: DataProblem[] };

/** What is known about where the text came from; helps when the content alone is ambiguous. */
export interface ParseHint {
  filename?: string;
  contentType?: string;
  /**
   * The text was never bytes in an unknown encoding (a share link's, unpacked as UTF-8 by the
   * app itself): a U+FFFD in it is the author's character, not a sign of a wrongly saved file.
   */
  decodedByApp?: boolean;
}

export interface ParseOptions {
  /** Names, dimensions and source details to reuse for CSV ids (e.g. the built-in dataset's). */
  known?: KnownFrame;
  /** Title for a CSV dataset; defaults to the file name, then "Custom dataset". */
  title?: string;
  /** How a date such as "03/04/1945" is read: day first (the default) or month first. */
  dateOrder?: DateOrder;
}

/** "12.3 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * UTF-8 size without allocating a copy of a large text. ASCII counts one byte a unit, so only
 * the runs of other characters are walked; the regular expression skips the ASCII natively
 * (a 44 MB English file: 120 ms walking every unit, a few ms this way).
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  const runs = /[\u0080-\uffff]+/g;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c < 0x800) bytes += 1;
      else if (c >= 0xd800 && c < 0xdc00 && (run.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        // A surrogate pair: two units, four bytes.
        bytes += 2;
        i++;
      } else bytes += 2;
    }
  }
  return bytes;
}

/** A refusal: the English text, and (when it has one) the catalog key that translates it. */
type Said = string | { text: string; ref: MessageRef };
const fail = (said: Said, problems: DataProblem[] = []): ParseOutcome =>
  typeof said === "string"
    ? { ok: false, error: said, problems }
    : { ok: false, error: said.text, errorRef: said.ref, problems };
const say = (text: string, key: string, values?: Record<string, string | number>): Said => ({
  text,
  ref: ref(key, values),
});

function refuseBinary(text: string): Said | null {
  if (text.startsWith("PK\u0003\u0004"))
    return say(
      "This looks like an Excel or other zipped file, not CSV. In your spreadsheet use File → Save as / Download → CSV (UTF-8), then load that file.",
      "import.zipped",
    );
  if (text.startsWith("%PDF"))
    return say("This is a PDF document, not a dataset. Load a JSON or CSV file.", "import.pdf");
  if (text.slice(0, 4096).includes("\u0000"))
    return say("This file is not text: load a JSON or CSV file.", "import.notText");
  return null;
}

function detectFormat(text: string, hint: ParseHint): DatasetFormat | Said {
  const first = text.trimStart()[0];
  if (first === "{" || first === "[") return "json";
  if (first === "<")
    return say(
      "This looks like a web page or an image (HTML, SVG or XML), not a dataset. If the file is on GitHub or a drive, use its raw or download link.",
      "import.webPage",
    );
  const name = hint.filename?.toLowerCase() ?? "";
  const type = hint.contentType?.toLowerCase() ?? "";
  if (name.endsWith(".json") || type.includes("json")) return "json";
  if (/\.(csv|tsv|txt)$/.test(name) || type.includes("csv") || type.includes("tab-separated")) return "csv";
  const firstLine = text.trimStart().split(/\r?\n|\r/, 1)[0] ?? "";
  if (/[,;\t]/.test(firstLine)) return "csv";
  return say(
    "This file is neither JSON nor CSV. Use the CSV template or the JSON format described in dataset.schema.json.",
    "import.neither",
  );
}

function none(count: number, unit: "row" | "event"): Said {
  const key = unit === "row" ? "import.noneRows" : "import.noneEvents";
  return count === 0
    ? say(`The dataset has no ${unit}s.`, unit === "row" ? "import.noRows" : "import.noEvents")
    : say(
        `None of the ${count.toLocaleString("en")} ${unit}s could be used: the problems are listed below.`,
        key,
        {
          count,
        },
      );
}

function fromJson(text: string, hint: ParseHint, opts: ParseOptions): ParseOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail(describeJsonError(text));
  }
  if (Array.isArray(raw)) {
    return fail(
      say(
        "The JSON is a list, but a dataset is an object with schemaVersion, title, actors, categories, sources and events (see dataset.schema.json).",
        "import.jsonList",
      ),
    );
  }
  const events = raw !== null && typeof raw === "object" ? (raw as { events?: unknown }).events : undefined;
  if (Array.isArray(events) && events.length > MAX_DATASET_EVENTS) {
    return fail(tooMany(events.length));
  }
  if (isTimelineJsJson(raw)) {
    const t = fromTimelineJsJson(raw);
    const title = t.title ?? opts.title ?? fileTitle(hint);
    const csv = readTable([t.header, ...t.rows], {
      ...(title ? { title } : {}),
      ...(t.description ? { description: t.description } : {}),
      eras: t.eras,
      ...tableOptions(hint, opts),
    });
    csv.problems.unshift(...t.notes.map((n) => problemOf("", n)));
    const outcome = fromTable(csv, "json");
    // Row N of the table is the JSON's event N − 1 (the table has a header row).
    for (const p of outcome.problems) {
      const row = /^Row (\d+):/.exec(p.message);
      if (!row) continue;
      const event = Number(row[1]) - 1;
      p.message = p.message.replace(/^Row (\d+):/, `Event ${event}:`);
      if (p.where) p.where = ref("import.eventPrefix", { event });
    }
    if (!outcome.ok) {
      outcome.error = outcome.error.replace(/ rows could/, " events could");
      if (outcome.errorRef?.key === "import.noneRows")
        outcome.errorRef = { ...outcome.errorRef, key: "import.noneEvents" };
    }
    return outcome;
  }
  const result = validateDataset(raw);
  if (!result.dataset) {
    const first = result.problems[0]?.message ?? "unknown problem";
    const count = result.problems.length - 1;
    const more = count > 0 ? ` (and ${count} more problems, listed below)` : "";
    return fail(
      say(
        `This is not a usable dataset: ${first}${more}`,
        count > 0 ? "import.notUsableMore" : "import.notUsable",
        {
          detail: first,
          count,
        },
      ),
      result.problems,
    );
  }
  if (result.dataset.events.length === 0)
    return fail(none(Array.isArray(events) ? events.length : 0, "event"), result.problems);
  return {
    ok: true,
    dataset: result.dataset,
    problems: result.problems,
    skipped: result.skipped,
    format: "json",
  };
}

function tooMany(count: number): Said {
  return say(
    `The dataset has ${count.toLocaleString("en")} events; at most ${MAX_DATASET_EVENTS.toLocaleString("en")} can be shown.`,
    "import.tooMany",
    { count, max: MAX_DATASET_EVENTS },
  );
}

// validate.ts names fields as in JSON; CSV authors know them by column.
const CSV_FIELD: [RegExp, string][] = [
  [/^sources\.\d+\.source\b/, "source"],
  [/^sources\.\d+\.url\b/, "link"],
  [/^sources\.\d+\.page\b/, "page"],
  [/^sources\.\d+\.section\b/, "section"],
  [/^amount\.value\b/, "amount"],
  [/^amount\.currency\b/, "currency"],
  [/^amount\.kind\b/, "kind"],
  [/^amount\.scale\b/, "scale"],
  [/^amount\.text\b/, "amount_text"],
  [/^actors\.\d+\b/, "actors"],
  [/^related\.\d+\b/, "related"],
];

function rowNumberOf(p: DataProblem, rowOfEvent: number[], events: { id?: unknown }[]): number | undefined {
  if (p.index !== undefined) return rowOfEvent[p.index];
  if (p.eventId !== undefined) {
    const i = events.findIndex((e) => e.id === p.eventId);
    return i >= 0 ? rowOfEvent[i] : undefined;
  }
  return undefined;
}

/** "Event 3 (2003-x): sources.0.url '…' must be…" → "Row 4: link '…' must be…". */
function toRowProblem(
  p: DataProblem,
  rowOfEvent: number[],
  events: { id?: unknown }[],
): DataProblem & { row?: number } {
  const row = rowNumberOf(p, rowOfEvent, events);
  if (row === undefined) return p;
  let message = p.message.replace(/^Event [^:]*?(?: \(.*?\))?: /, "");
  if (p.index !== undefined) {
    const rawId = events[p.index]?.id;
    const label = `Event ${p.index + 1}${typeof rawId === "string" && rawId ? ` (${rawId.slice(0, 60)})` : ""}: `;
    if (p.message.startsWith(label)) message = p.message.slice(label.length);
  } else if (p.eventId !== undefined && p.message.startsWith(`Event ${p.eventId}: `)) {
    message = p.message.slice(`Event ${p.eventId}: `.length);
  }
  for (const [re, column] of CSV_FIELD) message = message.replace(re, column);
  const rowRef = ref("import.rowPrefix", { row });
  if (!p.key) return { ...p, path: `row[${row}]`, message: `Row ${row}: ${message}`, row };
  let values = p.values;
  if (typeof values?.field === "string") {
    let field = values.field;
    for (const [re, column] of CSV_FIELD) field = field.replace(re, column);
    values = { ...values, field };
  }
  return {
    ...p,
    path: `row[${row}]`,
    message: `Row ${row}: ${message}`,
    ...(values ? { values } : {}),
    where: rowRef,
    row,
  };
}

const fileTitle = (hint: ParseHint) => hint.filename?.replace(/\.[^.]*$/, "").trim() || undefined;

function tableOptions(hint: ParseHint, opts: ParseOptions) {
  return {
    ...(opts.known ? { known: opts.known } : {}),
    ...(opts.dateOrder ? { dateOrder: opts.dateOrder } : {}),
    ...(hint.filename ? { sourceName: hint.filename } : {}),
  };
}

function fromCsv(text: string, hint: ParseHint, opts: ParseOptions): ParseOutcome {
  const title = opts.title ?? fileTitle(hint);
  const csv = parseCsvDataset(text, { ...(title ? { title } : {}), ...tableOptions(hint, opts) });
  return fromTable(csv, "csv");
}

/** A table read by csv.ts → validated dataset, with problems by row in reading order. */
function fromTable(csv: CsvParseResult, format: DatasetFormat): ParseOutcome {
  if (csv.fatal !== undefined || csv.raw === null)
    return fail(
      csv.fatal !== undefined
        ? csv.fatalRef
          ? { text: csv.fatal, ref: csv.fatalRef }
          : csv.fatal
        : say("The CSV file could not be read.", "import.csvUnreadable"),
      csv.problems,
    );
  if (csv.rowCount > MAX_DATASET_EVENTS) return fail(tooMany(csv.rowCount));
  const rawEvents = (csv.raw as { events: { id?: unknown }[] }).events;
  if (rawEvents.length === 0) return fail(none(csv.rowCount, "row"), csv.problems);

  const result = validateDataset(csv.raw);
  const mapped = result.problems.map((p) => toRowProblem(p, csv.rowOfEvent, rawEvents));
  const rowOf = (p: DataProblem) => /^Row (\d+):/.exec(p.message)?.[1];
  // Reading order: file-level notes first, then by row.
  const problems = [...csv.problems, ...mapped]
    .map((p, order) => ({ p, order, row: Number(rowOf(p) ?? 0) }))
    .sort((a, b) => a.row - b.row || a.order - b.order)
    .map(({ p }) => ({
      path: p.path,
      message: p.message,
      ...(p.key
        ? { key: p.key, ...(p.values ? { values: p.values } : {}), ...(p.where ? { where: p.where } : {}) }
        : {}),
      ...(p.index !== undefined ? { index: p.index } : {}),
      ...(p.eventId ? { eventId: p.eventId } : {}),
    }));
  const skipped = csv.skipped + result.skipped;
  if (!result.dataset)
    return fail(
      say("The file could not be turned into a dataset: the problems are listed below.", "import.notDataset"),
      problems,
    );
  if (result.dataset.events.length === 0) return fail(none(csv.rowCount, "row"), problems);

  // Rows dropped by validation may have introduced actors, categories or sources no kept event uses.
  const ds = result.dataset;
  const used = (ids: Iterable<string>) => new Set(ids);
  const actors = used(ds.events.flatMap((e) => e.actors));
  const categories = used(ds.events.map((e) => e.category));
  const sources = used(ds.events.flatMap((e) => e.sources.map((s) => s.source)));
  const dataset: Dataset = {
    ...ds,
    actors: ds.actors.filter((a) => actors.has(a.id)),
    categories: ds.categories.filter((c) => categories.has(c.id)),
    sources: ds.sources.filter((s) => sources.has(s.id)),
  };
  return { ok: true, dataset, problems, skipped, format };
}

/**
 * Parse a dataset file's text: JSON in the schema of public/dataset.schema.json, or CSV in
 * the columns of public/template.csv. Invalid events/rows are left out and listed in
 * `problems`; the outcome is `ok: false` only when nothing usable remains. Never throws.
 *
 * @example
 * const outcome = parseDatasetText(text, { filename: file.name, contentType: file.type });
 * if (outcome.ok) show(outcome.dataset, outcome.problems, outcome.skipped);
 * else showError(outcome.error, outcome.problems);
 */
export function parseDatasetText(text: string, hint: ParseHint = {}, opts: ParseOptions = {}): ParseOutcome {
  try {
    if (typeof text !== "string")
      return fail(say("The file could not be read as text.", "import.notReadable"));
    const size = text.length > MAX_DATASET_BYTES ? MAX_DATASET_BYTES + 1 : utf8Length(text);
    if (size > MAX_DATASET_BYTES) {
      const [limit, size] = [formatBytes(MAX_DATASET_BYTES), formatBytes(utf8Length(text))];
      return fail(
        say(
          `The file is larger than ${limit} (${size}); split it or leave out some events.`,
          "import.tooLarge",
          {
            limit,
            size,
          },
        ),
      );
    }
    const body = text.replace(/^\uFEFF/, "");
    if (body.trim() === "") return fail(say("The file is empty.", "import.empty"));
    const binary = refuseBinary(body);
    if (binary) return fail(binary);
    const format = detectFormat(body, hint);
    if (format !== "json" && format !== "csv") return fail(format);
    const outcome = format === "json" ? fromJson(body, hint, opts) : fromCsv(body, hint, opts);
    // U+FFFD is what a decoder leaves for bytes that are not UTF-8 (Excel's plain "CSV" is Windows-1252).
    if (!hint.decodedByApp && body.includes("\uFFFD")) {
      outcome.problems.unshift({
        path: "",
        message:
          "Some characters could not be read (shown as �): save the file as UTF-8 (in Excel: CSV UTF-8) and load it again.",
        key: "import.notUtf8",
      });
    }
    return outcome;
  } catch (e) {
    // A safety net: a bug here must not take the app down with it.
    return fail(
      `The dataset could not be read (${e instanceof Error ? e.message.slice(0, 200) : "unexpected error"}).`,
    );
  }
}
