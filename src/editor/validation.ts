/**
 * The draft checked by the importers' own validator, with its problems sorted
 * per event (by key) and per field, in the same plain words an import shows.
 */
import { validateDataset, type DataProblem, type ValidationResult } from "../data/validate";
import { Actor, Category, Source } from "../data/schema";
import { toDataset, type DraftData } from "./draft";

export interface DraftCheck {
  result: ValidationResult;
  /** Problems of the frame (title, actors, categories, sources, eras). */
  frame: DataProblem[];
  /** Event key → its problems, messages without the "Event 3 (id):" prefix. */
  byKey: Map<string, EventProblem[]>;
}

export interface EventProblem {
  /** The field the problem is about ("title", "sources", "image"…), or "" for the event as a whole. */
  field: string;
  /** English; the form shows it in the reader's language through `key` (see describeProblem.ts). */
  message: string;
  key?: string;
  values?: DataProblem["values"];
}

const LABEL = /^Event \d+(?: \([^)]*\))?: /;

let last: { data: DraftData; check: DraftCheck } | null = null;

/** Validate a draft; memoized on the data's identity (every edit makes a new one). */
export function checkDraft(data: DraftData): DraftCheck {
  if (last && last.data === data) return last.check;
  const result = validateDataset(toDataset(data));
  const frame: DataProblem[] = result.problems.filter((p) => p.index === undefined);
  // A frame not valid yet (a new, empty timeline) stops the validator before the events: check
  // them again against the valid part of the frame, so each event still hears what it lacks.
  const eventProblems = result.dataset ? result.problems : eventsAgainstValidFrame(data);
  const byKey = new Map<string, EventProblem[]>();
  for (const p of eventProblems) {
    const key = p.index !== undefined ? data.events[p.index]?.key : undefined;
    if (!key) continue;
    const m = /^events\[\d+\]\.([A-Za-z]+)/.exec(p.path);
    const list = byKey.get(key) ?? [];
    // Without the "Event 3 (id):" label (and its translated `where`): the form is the event's own.
    list.push({
      field: m?.[1] ?? "",
      message: p.message.replace(LABEL, ""),
      ...(p.key ? { key: p.key, ...(p.values ? { values: p.values } : {}) } : {}),
    });
    byKey.set(key, list);
  }
  const check = { result, frame, byKey };
  last = { data, check };
  return check;
}

/** Stand-ins that let the frame pass; an event citing them would be odd, and is only checked here. */
const PLACEHOLDER = { id: "editor-placeholder-0", name: "-", title: "-", dimension: "aid" } as const;

function eventsAgainstValidFrame(data: DraftData): DataProblem[] {
  const keep = <T>(list: T[], schema: { safeParse(v: unknown): { success: boolean } }) =>
    list.filter((x) => schema.safeParse(x).success);
  const raw = toDataset({
    ...data,
    title: data.title || "-",
    description: undefined,
    actors: [...keep(data.actors, Actor), PLACEHOLDER],
    categories: [...keep(data.categories, Category), PLACEHOLDER],
    sources: [...keep(data.sources, Source), PLACEHOLDER],
    eras: [],
  } as DraftData);
  return validateDataset(raw).problems.filter((p) => p.index !== undefined);
}
