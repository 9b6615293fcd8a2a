/**
 * A loaded dataset in transit from the loading worker: the message protocol of
 * `loadJob.ts`, and its reassembly on the main thread. Kept apart from the job so
 * the main thread's side does not pull in the parser and validator.
 */
import type { ParseHint } from "./parseDataset";
import type { DatasetFormat } from "./parseDataset";
import type { DateOrder } from "./readDate";
import type { NormalizedDataset, NormalizedEvent } from "./normalize";
import type { DataProblem } from "./validate";
import type { MessageRef } from "./messageRef";

/** Events per message from the worker: one slice deserializes well within a frame budget. */
export const EVENTS_PER_MESSAGE = 2_000;

export type LoadRequest = (
  | { kind: "url"; url: string; filename: string }
  | { kind: "file"; file: File }
  /** Text already in hand (tests, and the main-thread fallback's equivalent). */
  | { kind: "text"; text: string; hint: ParseHint }
) & {
  /** How "03/04/1945" is read (the Open dataset dialog's choice); day first when absent. */
  dateOrder?: DateOrder;
};

/** The normalized dataset without its events and indexes (rebuilt on arrival). */
export type DatasetFrame = Omit<
  NormalizedDataset,
  "events" | "actorById" | "categoryById" | "sourceById" | "eventById"
>;

export type LoadProgress =
  | { phase: "bytes"; loaded: number; total: number | null }
  /** Parsing and validating: the row count is not known until the parser is through. */
  | { phase: "parse" }
  | { phase: "rows"; loaded: number; total: number };

export type LoadMessage =
  | { type: "progress"; progress: LoadProgress }
  | { type: "events"; events: NormalizedEvent[] }
  | {
      type: "done";
      frame: DatasetFrame;
      problems: DataProblem[];
      skipped: number;
      format: DatasetFormat;
      count: number;
    }
  | { type: "failed"; error: string; errorRef?: MessageRef; problems: DataProblem[] };

export type LoadOutcome =
  | {
      ok: true;
      dataset: NormalizedDataset;
      problems: DataProblem[];
      skipped: number;
      format: DatasetFormat;
    }
  | { ok: false; error: string; errorRef?: MessageRef; problems: DataProblem[] };

/** Events and frame: the indexes are left out (they would double the clone; rebuilt on arrival). */
export function splitDataset(ds: NormalizedDataset): { events: NormalizedEvent[]; frame: DatasetFrame } {
  const frame: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(ds)) if (!(v instanceof Map) && k !== "events") frame[k] = v;
  return { events: ds.events, frame: frame as DatasetFrame };
}

/** The dataset from its frame and events: the indexes `normalizeDataset` builds, rebuilt. */
export function datasetFromParts(frame: DatasetFrame, events: NormalizedEvent[]): NormalizedDataset {
  return {
    ...frame,
    events,
    actorById: new Map(frame.actors.map((a) => [a.id, a])),
    categoryById: new Map(frame.categories.map((c) => [c.id, c])),
    sourceById: new Map(frame.sources.map((s) => [s.id, s])),
    eventById: new Map(events.map((e) => [e.id, e])),
  };
}

/**
 * Collects a job's messages on the receiving side. `push` returns the outcome
 * once the job is over, else null.
 */
export function createAssembler(): {
  push(m: LoadMessage): LoadOutcome | null;
  /** Events received so far. */
  readonly received: number;
} {
  let events: NormalizedEvent[] = [];
  return {
    get received() {
      return events.length;
    },
    push(m) {
      if (m.type === "events") {
        // push(...slice) would hit the engine's argument limit on large slices.
        for (const e of m.events) events.push(e);
        return null;
      }
      if (m.type === "failed")
        return {
          ok: false,
          error: m.error,
          ...(m.errorRef ? { errorRef: m.errorRef } : {}),
          problems: m.problems,
        };
      if (m.type !== "done") return null;
      const dataset = datasetFromParts(m.frame, events);
      events = [];
      return { ok: true, dataset, problems: m.problems, skipped: m.skipped, format: m.format };
    },
  };
}
