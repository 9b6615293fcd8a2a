/**
 * The editor's draft: a dataset as the user is writing it. Pure, no React.
 *
 * Events are kept as loose objects (what the JSON file would hold), each with a
 * stable `key` the list and undo history follow while the user edits its `id`.
 * Nothing is thrown away because it is not valid yet: the validator (the same one
 * imports use) says what is wrong, and `toDataset` gives the raw value it checks.
 */
import { SCHEMA_VERSION } from "../data/vocabulary";
import type { Actor, Category, Dataset, Era, Source, TimelineEvent } from "../data/schema";

/** An event being written: any field may be missing or not yet valid. */
export type RawEvent = { [K in keyof TimelineEvent]?: unknown } & Record<string, unknown>;

export interface DraftEvent {
  key: string;
  /** The id follows the date and title until the user types one. */
  autoId: boolean;
  value: RawEvent;
}

export interface DraftData {
  title: string;
  description?: string;
  actors: Actor[];
  categories: Category[];
  sources: Source[];
  eras: Era[];
  events: DraftEvent[];
}

export interface Draft {
  id: string;
  name: string;
  /** ms since the epoch, of the last change. */
  updatedAt: number;
  data: DraftData;
}

let counter = 0;
/** A key unique within this page (and very likely across drafts). */
export function newKey(prefix = "e"): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Lower-case slug for ids: "Japan–ASEAN Fund!" → "japan-asean-fund". */
export function slugify(text: string, max = 48): string {
  const s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
  return s;
}

/** An id not in `taken`: `base`, else `base-2`, `base-3`… */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** The id an event gets from its date and title: `2003-tokyo-declaration`. */
export function autoEventId(value: RawEvent, taken: ReadonlySet<string>): string {
  const year = typeof value.date === "string" && /^\d{4}/.test(value.date) ? value.date.slice(0, 4) : "";
  const slug = typeof value.title === "string" ? slugify(value.title) : "";
  if (!year) return typeof value.id === "string" ? value.id : "";
  return uniqueId(`${year}-${slug || "event"}`, taken);
}

export function emptyData(title = "Untitled timeline"): DraftData {
  return { title, actors: [], categories: [], sources: [], eras: [], events: [] };
}

/** A draft from a (valid or partly valid) dataset, e.g. the built-in one or an opened file. */
export function draftFromDataset(ds: Dataset, name: string, now = Date.now()): Draft {
  return {
    id: newKey("d"),
    name,
    updatedAt: now,
    data: {
      title: ds.title,
      ...(ds.description ? { description: ds.description } : {}),
      actors: ds.actors.map((a) => ({ ...a })),
      categories: ds.categories.map((c) => ({ ...c })),
      sources: ds.sources.map((s) => ({ ...s })),
      eras: (ds.eras ?? []).map((e) => ({ ...e })),
      events: ds.events.map((e) => ({ key: newKey(), autoId: false, value: { ...e } as RawEvent })),
    },
  };
}

/** The editor passes the name in the reader's language (editor.dataset.untitled); the default is for tests. */
export function emptyDraft(name = "Untitled timeline", now = Date.now()): Draft {
  return { id: newKey("d"), name, updatedAt: now, data: emptyData(name) };
}

/** Drop empty strings, empty lists and empty objects, so an unfilled field is "missing", not "empty". */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p === "" || p === undefined || p === null) continue;
      if (Array.isArray(p) && p.length === 0 && k !== "events" && k !== "eras") continue;
      out[k] = p;
    }
    return out;
  }
  return value;
}

/** The dataset the draft stands for, as the validator and the exports see it (keys dropped). */
export function toDataset(data: DraftData): Dataset {
  const raw = prune({
    schemaVersion: SCHEMA_VERSION,
    title: data.title,
    description: data.description,
    actors: data.actors,
    categories: data.categories,
    sources: data.sources,
    eras: data.eras,
  }) as Record<string, unknown>;
  // Events keep their places (index i is the draft's i-th event), even an empty one.
  raw.events = data.events.map((e) => prune(e.value));
  // Not valid yet in general: the validator decides. Typed for the exporters' convenience.
  return raw as unknown as Dataset;
}

/** Every event id in the draft, except the one with `exceptKey`. */
export function eventIds(data: DraftData, exceptKey?: string): Set<string> {
  const ids = new Set<string>();
  for (const e of data.events) if (e.key !== exceptKey && typeof e.value.id === "string") ids.add(e.value.id);
  return ids;
}

/** Partial date helpers for the form: "2003-04" ↔ { precision: "month", y: "2003", m: "04", d: "" }. */
export type Precision = "year" | "month" | "day";
export interface DateParts {
  precision: Precision;
  year: string;
  month: string;
  day: string;
}

export function splitDate(value: unknown): DateParts {
  const s = typeof value === "string" ? value : "";
  const [year = "", month = "", day = ""] = s.split("-");
  return { precision: day ? "day" : month ? "month" : "year", year, month, day };
}

export function joinDate(p: DateParts): string {
  const y = p.year.trim();
  if (!y) return "";
  // The year is kept as typed (a short one is still being typed): the validator says if it is not a year.
  const yy = y;
  if (p.precision === "year") return yy;
  const m = p.month.trim().padStart(2, "0");
  if (p.precision === "month") return `${yy}-${m}`;
  return `${yy}-${m}-${p.day.trim().padStart(2, "0")}`;
}
