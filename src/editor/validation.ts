/**
 * The draft checked by the importers' own validator, with its problems sorted
 * per event (by key) and per field, in the same plain words an import shows.
 */
import { validateDataset, type DataProblem, type ValidationResult } from "../data/validate";
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
  message: string;
}

const LABEL = /^Event \d+(?: \([^)]*\))?: /;

let last: { data: DraftData; check: DraftCheck } | null = null;

/** Validate a draft; memoized on the data's identity (every edit makes a new one). */
export function checkDraft(data: DraftData): DraftCheck {
  if (last && last.data === data) return last.check;
  const result = validateDataset(toDataset(data));
  const frame: DataProblem[] = [];
  const byKey = new Map<string, EventProblem[]>();
  for (const p of result.problems) {
    const key = p.index !== undefined ? data.events[p.index]?.key : undefined;
    if (!key) {
      frame.push(p);
      continue;
    }
    const m = /^events\[\d+\]\.([A-Za-z]+)/.exec(p.path);
    const list = byKey.get(key) ?? [];
    list.push({ field: m?.[1] ?? "", message: p.message.replace(LABEL, "") });
    byKey.set(key, list);
  }
  const check = { result, frame, byKey };
  last = { data, check };
  return check;
}
