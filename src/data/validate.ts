/**
 * Validate an unknown value as a Dataset, event by event.
 *
 * The dataset's frame (title, actors, categories, sources) must be valid as a
 * whole; each event is checked on its own so that one bad event is reported and
 * left out while the rest are kept (row-by-row errors for "bring your own data").
 * The build uses the same function and fails on any problem at all.
 */
import * as z from "zod/mini";
import { parsePartialDate } from "./dates";
import {
  Dataset,
  SCHEMA_VERSION,
  TimelineEvent,
  type Dataset as DatasetT,
  type TimelineEvent as TimelineEventT,
} from "./schema";

import type { MessageValues } from "./messageRef";

export interface DataProblem {
  /** Where: "events[4].date", "actors[1].id". */
  path: string;
  /** Index of the event (0-based) when the problem belongs to one. */
  index?: number;
  /** The event's id when known. */
  eventId?: string;
  /** A plain-words message, ready to show (English; the fallback when `key` has no translation). */
  message: string;
  /** Catalog key of the message, translated on the main thread (see messageRef.ts). */
  key?: string;
  values?: MessageValues;
}

export interface ValidationResult {
  /** `null` only when the frame itself is unusable. */
  dataset: DatasetT | null;
  problems: DataProblem[];
  /** Events left out because of a problem. */
  skipped: number;
}

function describeValue(v: unknown): string {
  if (typeof v === "string") return `'${v.length > 40 ? v.slice(0, 40) + "…" : v}'`;
  if (v === undefined) return "missing";
  if (v === null) return "null";
  if (typeof v === "object") return Array.isArray(v) ? "a list" : "an object";
  return String(v);
}

function get(obj: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, k)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

/** A zod issue in plain words, after the field name: "is missing", "should be one of USD, JPY…". */
function plainWords(iss: z.core.$ZodIssue, value: unknown): string {
  const v = describeValue(value);
  // Our own checks (dates, ids, links, currencies, sources) already speak plainly: keep their words.
  if (!/^(Invalid|Too (small|big))/.test(iss.message)) return `${v} ${iss.message}`;
  switch (iss.code) {
    case "invalid_type": {
      if (value === undefined) return "is missing";
      const t = iss.expected === "int" ? "whole number" : iss.expected;
      return `${v} should be ${/^[aeiou]/.test(t) ? "an" : "a"} ${t}`;
    }
    case "too_small":
      if (iss.origin === "array")
        return Number(iss.minimum) <= 1
          ? "needs at least one entry"
          : `needs at least ${iss.minimum} entries`;
      if (iss.origin === "string")
        return Number(iss.minimum) <= 1 ? "is empty" : `is shorter than ${iss.minimum} characters`;
      return `${v} should be at least ${iss.minimum}`;
    case "too_big":
      if (iss.origin === "string") return `is too long (more than ${iss.maximum} characters)`;
      if (iss.origin === "array") return `has more than ${iss.maximum} entries`;
      return `${v} should be at most ${iss.maximum}`;
    case "invalid_value": {
      const values = iss.values.map(String);
      return `${v} should be one of ${values.slice(0, 8).join(", ")}${values.length > 8 ? ", …" : ""}`;
    }
    case "invalid_union":
      return `${v} is not a valid value here`;
    default:
      return `${v} is not valid`;
  }
}

function zodProblems(err: z.core.$ZodError, raw: unknown, prefix: string, index?: number, eventId?: string) {
  return err.issues.map((iss): DataProblem => {
    const field = iss.path.map(String).join(".");
    const value = get(raw, iss.path);
    const where = field || "value";
    const message = `${where} ${plainWords(iss, value)}`;
    return {
      path: prefix + (field ? `.${field}` : ""),
      message,
      ...(index !== undefined ? { index } : {}),
      ...(eventId ? { eventId } : {}),
    };
  });
}

const FrameSchema = z.omit(Dataset, { events: true });

/** Validate a dataset; see module comment. Never throws. */
export function validateDataset(raw: unknown): ValidationResult {
  const problems: DataProblem[] = [];
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return {
      dataset: null,
      problems: [{ path: "", message: "The file is not a dataset: expected a JSON object with events." }],
      skipped: 0,
    };
  }
  const obj = raw as Record<string, unknown>;
  if (obj.schemaVersion !== SCHEMA_VERSION) {
    problems.push({
      path: "schemaVersion",
      message: `schemaVersion ${describeValue(obj.schemaVersion)} is not supported (expected ${SCHEMA_VERSION})`,
    });
    return { dataset: null, problems, skipped: 0 };
  }
  const frame = FrameSchema.safeParse(obj);
  if (!frame.success) {
    return { dataset: null, problems: zodProblems(frame.error, obj, ""), skipped: 0 };
  }
  const { actors, categories, sources, eras } = frame.data;

  // Unique ids within each list of the frame.
  const uniq = (list: { id: string }[], name: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id))
        problems.push({ path: `${name}[${i}].id`, message: `${name} id '${x.id}' is used twice` });
      seen.add(x.id);
    });
    return seen;
  };
  const actorIds = uniq(actors, "actors");
  const categoryIds = uniq(categories, "categories");
  const sourceIds = uniq(sources, "sources");
  uniq(eras, "eras");
  eras.forEach((era, i) => {
    if (parsePartialDate(era.end)!.end < parsePartialDate(era.date)!.start)
      problems.push({ path: `eras[${i}].end`, message: `era '${era.id}' ends before it starts` });
    era.sources.forEach((s, j) => {
      if (!sourceIds.has(s.source))
        problems.push({
          path: `eras[${i}].sources[${j}]`,
          message: `era '${era.id}' cites unknown source '${s.source}'`,
        });
    });
  });

  const rawEvents = obj.events;
  if (!Array.isArray(rawEvents)) {
    problems.push({ path: "events", message: "events should be a list" });
    return { dataset: null, problems, skipped: 0 };
  }

  const events: TimelineEventT[] = [];
  const eventIds = new Set<string>();
  let skipped = 0;
  rawEvents.forEach((rawEvent, index) => {
    const rawId = get(rawEvent, ["id"]);
    const eventId = typeof rawId === "string" ? rawId : undefined;
    const label = `Event ${index + 1}${eventId ? ` (${eventId.slice(0, 60)})` : ""}`;
    const parsed = TimelineEvent.safeParse(rawEvent);
    if (!parsed.success) {
      for (const p of zodProblems(parsed.error, rawEvent, `events[${index}]`, index, eventId))
        problems.push({ ...p, message: `${label}: ${p.message}` });
      skipped++;
      return;
    }
    const ev = parsed.data;
    const own: string[] = [];
    if (eventIds.has(ev.id)) own.push(`id '${ev.id}' is already used by an earlier event`);
    if (ev.end && parsePartialDate(ev.end)!.end <= parsePartialDate(ev.date)!.start)
      own.push(`end '${ev.end}' is before its date '${ev.date}'`);
    ev.actors.forEach((a) => {
      if (!actorIds.has(a)) own.push(`actor '${a}' is not in the dataset's actors`);
    });
    if (new Set(ev.actors).size !== ev.actors.length) own.push("an actor is listed twice");
    if (!categoryIds.has(ev.category))
      own.push(`category '${ev.category}' is not in the dataset's categories`);
    ev.sources.forEach((s) => {
      if (!sourceIds.has(s.source)) own.push(`source '${s.source}' is not in the dataset's sources`);
    });
    if (own.length) {
      for (const m of own)
        problems.push({ path: `events[${index}]`, index, eventId: ev.id, message: `${label}: ${m}` });
      skipped++;
      return;
    }
    eventIds.add(ev.id);
    events.push(ev);
  });

  // `related` may only point at events that exist; a dangling link is dropped, and reported.
  for (const ev of events) {
    if (!ev.related) continue;
    const bad = ev.related.filter((r) => !eventIds.has(r));
    if (bad.length) {
      problems.push({
        path: `events.${ev.id}.related`,
        eventId: ev.id,
        message: `Event ${ev.id}: related event '${bad.join("', '")}' does not exist`,
      });
      ev.related = ev.related.filter((r) => eventIds.has(r));
    }
  }
  // `respondsTo` likewise; an event cannot answer itself.
  for (const ev of events) {
    if (!ev.respondsTo) continue;
    const bad = ev.respondsTo.filter((r) => !eventIds.has(r) || r === ev.id);
    if (bad.length) {
      problems.push({
        path: `events.${ev.id}.respondsTo`,
        eventId: ev.id,
        message: `Event ${ev.id}: responds to '${bad.join("', '")}', which is not another event in the dataset`,
      });
      ev.respondsTo = ev.respondsTo.filter((r) => eventIds.has(r) && r !== ev.id);
    }
  }

  return { dataset: { ...frame.data, events }, problems, skipped };
}
