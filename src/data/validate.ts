/**
 * Validate an unknown value as a Dataset, event by event.
 *
 * The dataset's frame (title, actors, categories, sources) must be valid as a
 * whole; each event is checked on its own so that one bad event is reported and
 * left out while the rest are kept (row-by-row errors for "bring your own data").
 * The build uses the same function and fails on any problem at all.
 */
import { fastEvent } from "./fastEvent";
import * as z from "zod/mini";
import { parsePartialDate } from "./dates";
import {
  Dataset,
  SCHEMA_VERSION,
  TimelineEvent,
  type Dataset as DatasetT,
  type TimelineEvent as TimelineEventT,
} from "./schema";

import { ref, type MessageRef, type MessageValues } from "./messageRef";

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
  /**
   * Where a keyed message belongs, said before it in the reader's language ("Row 4: ",
   * "Event 3 (e3): "): a catalog key whose message takes the translated text as {detail}.
   */
  where?: MessageRef;
}

/** A message in words, with the key that translates it (see messageRef.ts). */
export interface Said {
  text: string;
  key?: string;
  values?: MessageValues;
}

const said = (text: string, key?: string, values?: MessageValues): Said =>
  key ? { text, key, ...(values ? { values } : {}) } : { text };

/** A problem from a message: its English text and, when it has one, its key. */
export const problemOf = (path: string, s: Said, extra: Partial<DataProblem> = {}): DataProblem => ({
  path,
  message: s.text,
  ...(s.key ? { key: s.key, ...(s.values ? { values: s.values } : {}) } : {}),
  ...extra,
});

/** "Event 3 (e3)": the event's number and, when it has one, its id, as messages name it. */
export function eventWhere(index: number, id: string | undefined): { label: string; where: MessageRef } {
  const shown = id ? id.slice(0, 60) : "";
  return shown
    ? {
        label: `Event ${index + 1} (${shown})`,
        where: ref("import.eventIdPrefix", { event: index + 1, id: shown }),
      }
    : { label: `Event ${index + 1}`, where: ref("import.eventPrefix", { event: index + 1 }) };
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

/** The value as a message's {value}: a list, an object or no value is named by a key (translated on the main thread). */
function valueValues(v: unknown): MessageValues {
  const value = describeValue(v);
  if (v === undefined) return { value, valueKey: "import.value.missing" };
  if (v !== null && typeof v === "object")
    return { value, valueKey: Array.isArray(v) ? "import.value.list" : "import.value.object" };
  return { value };
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

/** The schema's own words (src/data/schema.ts), each with its key. */
const CHECK_KEYS: Record<string, string> = {
  "must be lower-case letters, digits and hyphens": "import.check.idChars",
  "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (BC years as -0500)": "import.check.date",
  "is not a known currency code (e.g. USD, JPY, CNY)": "import.check.currency",
  "must be an http or https link": "import.check.link",
  "must be an http or https link, or a picked PNG, JPEG, GIF or WebP image": "import.check.imageLink",
  "needs alt text describing the image": "import.check.alt",
  "is empty": "import.check.empty",
  "is longer than 120 characters": "import.check.idLong",
  "every event needs at least one source": "import.check.needsSource",
  "must be a language tag such as ja, zh-Hans or th": "import.check.langTag",
};

/**
 * A zod issue in plain words, with the field name first: "date is missing", "currency 'XYZ'
 * should be one of USD, JPY…". `field` goes into the values, so the CSV reader can rename it.
 */
function plainWords(iss: z.core.$ZodIssue, value: unknown, field: string): Said {
  const v = describeValue(value);
  const vv = { field, ...valueValues(value) };
  // Our own checks (dates, ids, links, currencies, sources) already speak plainly: keep their words.
  if (!/^(Invalid|Too (small|big))/.test(iss.message))
    return said(`${field} ${v} ${iss.message}`, CHECK_KEYS[iss.message], vv);
  switch (iss.code) {
    case "invalid_type": {
      if (value === undefined) return said(`${field} is missing`, "import.zod.missing", { field });
      const t = iss.expected === "int" ? "whole number" : iss.expected;
      return said(`${field} ${v} should be ${/^[aeiou]/.test(t) ? "an" : "a"} ${t}`, "import.zod.type", {
        ...vv,
        expected: iss.expected,
      });
    }
    case "too_small":
      if (iss.origin === "array")
        return Number(iss.minimum) <= 1
          ? said(`${field} needs at least one entry`, "import.zod.atLeastOne", { field })
          : said(`${field} needs at least ${iss.minimum} entries`, "import.zod.atLeast", {
              field,
              min: Number(iss.minimum),
            });
      if (iss.origin === "string")
        return Number(iss.minimum) <= 1
          ? said(`${field} is empty`, "import.zod.empty", { field })
          : said(`${field} is shorter than ${iss.minimum} characters`, "import.zod.shorterThan", {
              field,
              min: Number(iss.minimum),
            });
      return said(`${field} ${v} should be at least ${iss.minimum}`, "import.zod.min", {
        ...vv,
        min: Number(iss.minimum),
      });
    case "too_big":
      if (iss.origin === "string")
        return said(`${field} is too long (more than ${iss.maximum} characters)`, "import.zod.tooLong", {
          field,
          max: Number(iss.maximum),
        });
      if (iss.origin === "array")
        return said(`${field} has more than ${iss.maximum} entries`, "import.zod.tooManyEntries", {
          field,
          max: Number(iss.maximum),
        });
      return said(`${field} ${v} should be at most ${iss.maximum}`, "import.zod.max", {
        ...vv,
        max: Number(iss.maximum),
      });
    case "invalid_value": {
      const values = iss.values.map(String);
      const list = `${values.slice(0, 8).join(", ")}${values.length > 8 ? ", …" : ""}`;
      return said(`${field} ${v} should be one of ${list}`, "import.zod.oneOf", { ...vv, list });
    }
    case "invalid_union":
      return said(`${field} ${v} is not a valid value here`, "import.zod.union", vv);
    default:
      return said(`${field} ${v} is not valid`, "import.zod.invalid", vv);
  }
}

/** A zod issue in plain words with its key, the field named by its path ("steps.2.basedOn"). */
export function describeIssue(iss: z.core.$ZodIssue, raw: unknown): Said {
  const field = iss.path.map(String).join(".");
  return plainWords(iss, get(raw, iss.path), field || "value");
}

function zodProblems(err: z.core.$ZodError, raw: unknown, prefix: string, index?: number, eventId?: string) {
  return err.issues.map((iss): DataProblem => {
    const field = iss.path.map(String).join(".");
    const value = get(raw, iss.path);
    return problemOf(prefix + (field ? `.${field}` : ""), plainWords(iss, value, field || "value"), {
      ...(index !== undefined ? { index } : {}),
      ...(eventId ? { eventId } : {}),
    });
  });
}

const FrameSchema = z.omit(Dataset, { events: true });

/** Validate a dataset; see module comment. Never throws. */
export function validateDataset(raw: unknown): ValidationResult {
  const problems: DataProblem[] = [];
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return {
      dataset: null,
      problems: [
        problemOf(
          "",
          said("The file is not a dataset: expected a JSON object with events.", "import.notObject"),
        ),
      ],
      skipped: 0,
    };
  }
  const obj = raw as Record<string, unknown>;
  if (obj.schemaVersion !== SCHEMA_VERSION) {
    problems.push(
      problemOf(
        "schemaVersion",
        said(
          `schemaVersion ${describeValue(obj.schemaVersion)} is not supported (expected ${SCHEMA_VERSION})`,
          "import.schemaVersion",
          { ...valueValues(obj.schemaVersion), expected: SCHEMA_VERSION },
        ),
      ),
    );
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
        problems.push(
          problemOf(
            `${name}[${i}].id`,
            said(`${name} id '${x.id}' is used twice`, "import.frame.usedTwice", { list: name, id: x.id }),
          ),
        );
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
      problems.push(
        problemOf(
          `eras[${i}].end`,
          said(`era '${era.id}' ends before it starts`, "import.frame.eraEndsBefore", { id: era.id }),
        ),
      );
    era.sources.forEach((s, j) => {
      if (!sourceIds.has(s.source))
        problems.push(
          problemOf(
            `eras[${i}].sources[${j}]`,
            said(`era '${era.id}' cites unknown source '${s.source}'`, "import.frame.eraUnknownSource", {
              id: era.id,
              source: s.source,
            }),
          ),
        );
    });
  });

  const rawEvents = obj.events;
  if (!Array.isArray(rawEvents)) {
    problems.push(problemOf("events", said("events should be a list", "import.frame.eventsNotList")));
    return { dataset: null, problems, skipped: 0 };
  }

  const events: TimelineEventT[] = [];
  const eventIds = new Set<string>();
  let skipped = 0;
  rawEvents.forEach((rawEvent, index) => {
    const rawId = get(rawEvent, ["id"]);
    const eventId = typeof rawId === "string" ? rawId : undefined;
    // Worded only for an event with a problem: 100,000 good events need no labels.
    const whereOf = () => eventWhere(index, eventId);
    // The common well-formed event skips the schema's general machinery (fastEvent.ts); the
    // schema still decides every other event, with its messages.
    const fast = fastEvent(rawEvent);
    const parsed = fast ? { success: true as const, data: fast } : TimelineEvent.safeParse(rawEvent);
    if (!parsed.success) {
      const { label, where } = whereOf();
      for (const p of zodProblems(parsed.error, rawEvent, `events[${index}]`, index, eventId))
        problems.push({ ...p, message: `${label}: ${p.message}`, ...(p.key ? { where } : {}) });
      skipped++;
      return;
    }
    const ev = parsed.data;
    const own: Said[] = [];
    if (eventIds.has(ev.id))
      own.push(
        said(`id '${ev.id}' is already used by an earlier event`, "import.event.idUsed", { id: ev.id }),
      );
    if (ev.end && parsePartialDate(ev.end)!.end <= parsePartialDate(ev.date)!.start)
      own.push(
        said(`end '${ev.end}' is before its date '${ev.date}'`, "import.event.endBefore", {
          end: ev.end,
          date: ev.date,
        }),
      );
    ev.actors.forEach((a) => {
      if (!actorIds.has(a))
        own.push(
          said(`actor '${a}' is not in the dataset's actors`, "import.event.unknownActor", { actor: a }),
        );
    });
    if (new Set(ev.actors).size !== ev.actors.length)
      own.push(said("an actor is listed twice", "import.event.actorTwice"));
    if (!categoryIds.has(ev.category))
      own.push(
        said(`category '${ev.category}' is not in the dataset's categories`, "import.event.unknownCategory", {
          category: ev.category,
        }),
      );
    ev.sources.forEach((s) => {
      if (!sourceIds.has(s.source))
        own.push(
          said(`source '${s.source}' is not in the dataset's sources`, "import.event.unknownSource", {
            source: s.source,
          }),
        );
    });
    if (own.length) {
      const { label, where } = whereOf();
      for (const m of own)
        problems.push(
          problemOf(
            `events[${index}]`,
            { ...m, text: `${label}: ${m.text}` },
            { index, eventId: ev.id, where },
          ),
        );
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
      problems.push(
        problemOf(
          `events.${ev.id}.related`,
          said(
            `Event ${ev.id}: related event '${bad.join("', '")}' does not exist`,
            "import.event.relatedMissing",
            {
              ids: bad.join("', '"),
            },
          ),
          { eventId: ev.id, where: ref("import.eventNamedPrefix", { id: ev.id }) },
        ),
      );
      ev.related = ev.related.filter((r) => eventIds.has(r));
    }
  }
  // `respondsTo` likewise; an event cannot answer itself.
  for (const ev of events) {
    if (!ev.respondsTo) continue;
    const bad = ev.respondsTo.filter((r) => !eventIds.has(r) || r === ev.id);
    if (bad.length) {
      problems.push(
        problemOf(
          `events.${ev.id}.respondsTo`,
          said(
            `Event ${ev.id}: responds to '${bad.join("', '")}', which is not another event in the dataset`,
            "import.event.respondsMissing",
            { ids: bad.join("', '") },
          ),
          { eventId: ev.id, where: ref("import.eventNamedPrefix", { id: ev.id }) },
        ),
      );
      ev.respondsTo = ev.respondsTo.filter((r) => eventIds.has(r) && r !== ev.id);
    }
  }

  return { dataset: { ...frame.data, events }, problems, skipped };
}
