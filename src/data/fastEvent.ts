/**
 * A fast path for the validator: an event of the common, well-formed shape is checked
 * with plain comparisons and copied in the schema's key order, giving exactly what
 * `TimelineEvent.safeParse` gives it; anything else (a problem, an unknown key, figures
 * or an image, a value it is not sure of) gets `null`, and the schema decides, with its
 * messages. At 100,000 events the schema's general machinery cost about a second of the
 * load; this path a tenth of that.
 *
 * The schema (schema.ts) stays the definition: tests/data/fastEvent.test.ts checks on
 * random and mutated events that every event this accepts, the schema accepts with an
 * identical result, keys and their order included.
 */
import { isPartialDate } from "./dates";
import { isHttpUrl } from "./safeUrl";
import { AMOUNT_KINDS, CURRENCIES, DATE_KINDS, ID_PATTERN, SCALES, type TimelineEvent } from "./schema";

type Raw = Record<string, unknown>;

const EVENT_KEYS = new Set([
  "id",
  "date",
  "end",
  "dateKind",
  "dateNote",
  "title",
  "summary",
  "actors",
  "category",
  "amount",
  "sources",
  "note",
  "importance",
  "related",
  "respondsTo",
]);
const AMOUNT_KEYS = new Set(["value", "scale", "currency", "kind", "text"]);
const SOURCE_KEYS = new Set(["source", "section", "page", "url"]);
const CURRENCY_SET = new Set<unknown>(CURRENCIES);
const KIND_SET = new Set<unknown>(AMOUNT_KINDS);
const SCALE_SET = new Set<unknown>(SCALES);
const DATE_KIND_SET = new Set<unknown>(DATE_KINDS);

/** Thrown inside to leave the fast path at the first doubt (cheaper than threading nulls). */
const UNSURE = Symbol("unsure");
function unsure(): never {
  throw UNSURE;
}

function record(v: unknown, keys: Set<string>): Raw {
  if (
    typeof v !== "object" ||
    v === null ||
    Array.isArray(v) ||
    Object.getPrototypeOf(v) !== Object.prototype
  )
    unsure();
  for (const k in v) if (!keys.has(k)) unsure();
  return v as Raw;
}

function text(v: unknown, min: number, max: number): string {
  if (typeof v !== "string" || v.length < min || v.length > max) unsure();
  return v;
}

function id(v: unknown): string {
  if (typeof v !== "string" || !ID_PATTERN.test(v)) unsure();
  return v;
}

function date(v: unknown): string {
  if (typeof v !== "string" || !isPartialDate(v)) unsure();
  return v;
}

function list(v: unknown, min: number): unknown[] {
  if (!Array.isArray(v) || v.length < min) unsure();
  return v;
}

/** Optional fields: absent stays absent, a present key (even undefined) is copied, as the schema does. */
function optional<T>(raw: Raw, key: string, out: Raw, check: (v: unknown) => T): void {
  if (!(key in raw)) return;
  const v = raw[key];
  out[key] = v === undefined ? undefined : check(v);
}

function amount(v: unknown): Raw {
  const raw = record(v, AMOUNT_KEYS);
  const value = raw.value;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) unsure();
  const out: Raw = { value };
  optional(raw, "scale", out, (s) => (SCALE_SET.has(s) ? s : unsure()));
  out.currency = CURRENCY_SET.has(raw.currency) ? raw.currency : unsure();
  out.kind = KIND_SET.has(raw.kind) ? raw.kind : unsure();
  optional(raw, "text", out, (s) => text(s, 0, 200));
  return out;
}

function sourceRef(v: unknown): Raw {
  const raw = record(v, SOURCE_KEYS);
  const out: Raw = { source: id(raw.source) };
  optional(raw, "section", out, (s) => text(s, 0, 300));
  optional(raw, "page", out, (p) =>
    typeof p === "number" ? (Number.isSafeInteger(p) && p > 0 ? p : unsure()) : text(p, 0, 20),
  );
  optional(raw, "url", out, (u) => (isHttpUrl(text(u, 0, 2000)) ? u : unsure()));
  return out;
}

function strings(v: unknown): string[] {
  return list(v, 0).map((s) => (typeof s === "string" ? s : unsure()));
}

/** The schema's result for a common well-formed event, or null: let the schema decide. */
export function fastEvent(v: unknown): TimelineEvent | null {
  try {
    const raw = record(v, EVENT_KEYS);
    const rawId = raw.id;
    // The schema trims ids; an id that trimming would change goes the long way.
    if (typeof rawId !== "string" || rawId.length < 1 || rawId.length > 120 || rawId.trim() !== rawId)
      unsure();
    const out: Raw = { id: rawId, date: date(raw.date) };
    optional(raw, "end", out, date);
    optional(raw, "dateKind", out, (k) => (DATE_KIND_SET.has(k) ? k : unsure()));
    optional(raw, "dateNote", out, (s) => text(s, 0, 300));
    out.title = text(raw.title, 1, 160);
    out.summary = text(raw.summary, 1, 1200);
    out.actors = list(raw.actors, 1).map(id);
    out.category = id(raw.category);
    optional(raw, "amount", out, amount);
    out.sources = list(raw.sources, 1).map(sourceRef);
    optional(raw, "note", out, (s) => text(s, 0, 1000));
    const importance = raw.importance;
    if (importance !== undefined && importance !== 1 && importance !== 2 && importance !== 3) unsure();
    out.importance = importance ?? 2;
    optional(raw, "related", out, strings);
    optional(raw, "respondsTo", out, strings);
    return out as unknown as TimelineEvent;
  } catch (e) {
    if (e === UNSURE) return null;
    throw e;
  }
}
