/**
 * TimelineJS3 files, loaded with no editing: the CSV export of its Google Sheets template
 * and its JSON format. Both become a table in the importer's own columns (csv.ts reads it
 * like any spreadsheet, so every check and note is the same):
 *
 * - Year/Month/Day (+ End …) → date and end; Headline → title; Text (HTML) → plain summary;
 * - Group → the event's lane (actor); Media, Media Credit, Media Caption → the event's image;
 * - the `title` row (or JSON `title`) → the dataset's title and description;
 * - `era` rows (or JSON `eras`) → era bands.
 */
import { normalizeHeader } from "./columns";
import { htmlToText } from "./plainText";
import { dateFromParts } from "./readDate";
import type { Said } from "./validate";

/** The importer's columns this conversion fills, in the order of `TimelineJsTable.header`. */
const OUT = [
  "id",
  "date",
  "end",
  "title",
  "summary",
  "actors",
  "note",
  "image_url",
  "image_credit",
  "image_caption",
  "image_alt",
] as const;
type Out = (typeof OUT)[number];

export interface TimelineJsEra {
  label: string;
  date: string;
  end: string;
}

export interface TimelineJsTable {
  header: string[];
  /** One row per input row, same positions (title and era rows are left blank), so row numbers hold. */
  rows: string[][];
  title?: string;
  description?: string;
  eras: TimelineJsEra[];
  /** File-level notes in plain words, each with its catalog key. */
  notes: Said[];
}

/** True for a header row of the TimelineJS3 template (Year, Month, Day, …, Headline, Text, …). */
export function isTimelineJsHeader(header: readonly string[]): boolean {
  const keys = new Set(header.map(normalizeHeader));
  return keys.has("year") && keys.has("headline") && (keys.has("month") || keys.has("display_date"));
}

/** The year, month and day cells as one partial date, or the problem in words ("" when no year). */
function dateOf(year = "", month = "", day = ""): string {
  if (year.trim() === "") return "";
  const r = dateFromParts(year, month, day);
  // An unreadable date is passed on as written, so the reader reports it with the row's own values.
  return r.ok
    ? r.date
    : [year, month, day]
        .map((s) => s.trim())
        .filter(Boolean)
        .join("/");
}

interface TjsEvent {
  start?: [string, string, string];
  end?: [string, string, string];
  headline: string;
  text: string;
  group: string;
  media: string;
  credit: string;
  caption: string;
  alt: string;
  displayDate: string;
  id: string;
  type: string;
}

function convert(events: TjsEvent[]): TimelineJsTable {
  const out: TimelineJsTable = { header: [...OUT], rows: [], eras: [], notes: [] };
  let media = 0;
  let nonHttp = 0;
  let html = 0;
  for (const ev of events) {
    const type = ev.type.trim().toLowerCase();
    if (type === "title") {
      if (!out.title && ev.headline.trim()) out.title = htmlToText(ev.headline).trim();
      if (!out.description && ev.text.trim()) out.description = htmlToText(ev.text).trim();
      out.rows.push(OUT.map(() => ""));
      continue;
    }
    const date = ev.start ? dateOf(...ev.start) : "";
    const end = ev.end ? dateOf(...ev.end) : "";
    if (type === "era") {
      if (date && end && ev.headline.trim())
        out.eras.push({ label: htmlToText(ev.headline).trim(), date, end });
      out.rows.push(OUT.map(() => ""));
      continue;
    }
    if (/<|&/.test(ev.text + ev.headline)) html++;
    const url = ev.media.trim();
    const isHttp = /^https?:\/\//i.test(url);
    if (url && isHttp) media++;
    if (url && !isHttp) nonHttp++;
    const caption = htmlToText(ev.caption).trim();
    const title = htmlToText(ev.headline).trim();
    const cells: Record<Out, string> = {
      id: ev.id.trim(),
      date,
      end,
      title,
      summary: htmlToText(ev.text).trim(),
      actors: ev.group.trim(),
      note: ev.displayDate.trim() ? `Display date: ${ev.displayDate.trim()}` : "",
      image_url: isHttp ? url : "",
      image_credit: isHttp ? htmlToText(ev.credit).trim() : "",
      image_caption: isHttp ? caption : "",
      image_alt: isHttp ? ev.alt.trim() || caption || title : "",
    };
    out.rows.push(OUT.map((c) => cells[c]));
  }
  out.notes.push({
    text: "Read as a TimelineJS3 timeline: Group became each event's lane, Headline its title, Text its summary.",
    key: "import.tjs.read",
  });
  if (html)
    out.notes.push({
      text: "HTML in the texts was turned into plain text (link addresses are kept in brackets).",
      key: "import.tjs.html",
    });
  if (media)
    out.notes.push({
      text: `${media} media link${media === 1 ? " was" : "s were"} kept as the events' images.`,
      key: "import.tjs.media",
      values: { count: media },
    });
  if (nonHttp)
    out.notes.push({
      text: `${nonHttp} media item${nonHttp === 1 ? " is" : "s are"} not an http(s) link and ${nonHttp === 1 ? "was" : "were"} left out.`,
      key: "import.tjs.nonHttp",
      values: { count: nonHttp },
    });
  return out;
}

/** The template's rows (after the header) → the importer's table. */
export function fromTimelineJsCsv(header: readonly string[], rows: readonly string[][]): TimelineJsTable {
  const keys = header.map(normalizeHeader);
  const at = (k: string) => keys.indexOf(k);
  const cell = (row: readonly string[], k: string) => {
    const i = at(k);
    return i < 0 ? "" : (row[i] ?? "");
  };
  const events = rows.map((r): TjsEvent => ({
    start: [cell(r, "year"), cell(r, "month"), cell(r, "day")],
    end: [cell(r, "end_year"), cell(r, "end_month"), cell(r, "end_day")],
    headline: cell(r, "headline"),
    text: cell(r, "text"),
    group: cell(r, "group"),
    media: cell(r, "media"),
    credit: cell(r, "media_credit"),
    caption: cell(r, "media_caption"),
    alt: cell(r, "media_alt"),
    displayDate: cell(r, "display_date"),
    id: cell(r, "unique_id") || cell(r, "id"),
    type: cell(r, "type"),
  }));
  // A row with nothing in it stays blank (the reader skips it) rather than becoming an empty event.
  const table = convert(events);
  table.rows = table.rows.map((row, i) => (rows[i]!.every((c) => c.trim() === "") ? OUT.map(() => "") : row));
  return table;
}

const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

function jsonDate(v: unknown): [string, string, string] | undefined {
  const d = obj(v);
  return v === undefined ? undefined : [str(d.year), str(d.month), str(d.day)];
}

function jsonEvent(v: unknown, type = ""): TjsEvent {
  const e = obj(v);
  const text = obj(e.text);
  const media = obj(e.media);
  const start = jsonDate(e.start_date);
  const end = jsonDate(e.end_date);
  return {
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    headline: str(text.headline),
    text: str(text.text),
    group: str(e.group),
    media: str(media.url),
    credit: str(media.credit),
    caption: str(media.caption),
    alt: str(media.alt),
    displayDate: str(e.display_date),
    id: str(e.unique_id),
    type,
  };
}

/** True for TimelineJS3's JSON: `events` whose entries carry a `start_date` object, and no schemaVersion. */
export function isTimelineJsJson(raw: unknown): boolean {
  const o = obj(raw);
  if ("schemaVersion" in o || !Array.isArray(o.events)) return false;
  return o.events.some((e) => typeof obj(e).start_date === "object");
}

/** TimelineJS3's JSON → the importer's table; event N is row N + 1 (as if under a header row). */
export function fromTimelineJsJson(raw: unknown): TimelineJsTable {
  const o = obj(raw);
  const events = Array.isArray(o.events) ? o.events : [];
  const eras = Array.isArray(o.eras) ? o.eras : [];
  const table = convert([
    ...(o.title !== undefined ? [jsonEvent(o.title, "title")] : []),
    ...eras.map((e) => jsonEvent(e, "era")),
    ...events.map((e) => jsonEvent(e)),
  ]);
  // Title and era entries were converted first (blank rows); only the events keep rows.
  table.rows = table.rows.slice(table.rows.length - events.length);
  return table;
}
