/**
 * The inbound half of the embed protocol (PRODUCT.md): a host page moves an embed
 * with `{ type: "soft-power-timeline:goto", step?, event?, from?, to?, actors?, view? }`,
 * e.g. as its reader scrolls an article (public/scrolly.js).
 *
 * `parseGotoMessage` and `gotoState` are pure. A message is all or nothing: one
 * malformed field, an unknown event or actor, or a message with nothing to do, and
 * it is ignored as a whole, so a half-understood message never moves the view
 * somewhere the host did not mean. `listenForGoto` accepts messages from
 * `window.parent` only (never from another frame or window, whatever it claims).
 */
import { parsePartialDate } from "../data/dates";
import type { NormalizedDataset } from "../data/normalize";
import type { Story } from "../data/storySchema";
import { stepState } from "../story/steps";
import type { TimelineStore } from "../store/createTimelineStore";
import type { Domain, TimelineState } from "../store/types";
import { VIEWS, isEventIdText, type View } from "../url/urlState";
import { rangeToDomain } from "../url/stateMapping";

export const GOTO_TYPE = "soft-power-timeline:goto";

export interface GotoMessage {
  step?: number;
  event?: string;
  from?: string;
  to?: string;
  actors?: string[];
  view?: View;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Event ids are the dataset author's own text (schema.ts): anything non-empty, at most 120 characters.
const EVENT_ID = { test: isEventIdText };
type Field = "step" | "event" | "from" | "to" | "actors" | "view";

const isDate = (v: unknown): v is string => typeof v === "string" && v.length <= 10 && !!parsePartialDate(v);

/** The message, validated field by field; null when it is not a goto message or any field is malformed. */
export function parseGotoMessage(data: unknown): GotoMessage | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== GOTO_TYPE) return null;
  const out: GotoMessage = {};
  // `undefined` counts as absent (a host writing `{ step: el.dataset.x }` with no attribute).
  const has = (k: Field) => m[k] !== undefined;
  if (has("step")) {
    const s = m.step;
    if (typeof s !== "number" || !Number.isInteger(s) || s < 1 || s > 9999) return null;
    out.step = s;
  }
  if (has("event")) {
    if (typeof m.event !== "string" || m.event.length > 120 || !EVENT_ID.test(m.event)) return null;
    out.event = m.event;
  }
  if (has("from")) {
    if (!isDate(m.from)) return null;
    out.from = m.from;
  }
  if (has("to")) {
    if (!isDate(m.to)) return null;
    out.to = m.to;
  }
  if (out.from && out.to && parsePartialDate(out.to)!.end <= parsePartialDate(out.from)!.start) return null;
  if (has("actors")) {
    const a = m.actors;
    if (!Array.isArray(a) || a.length === 0 || a.length > 100) return null;
    if (!a.every((x): x is string => typeof x === "string" && x.length <= 80 && ID.test(x))) return null;
    out.actors = [...new Set(a)];
  }
  if (has("view")) {
    if (typeof m.view !== "string" || !(VIEWS as readonly string[]).includes(m.view)) return null;
    out.view = m.view as View;
  }
  return Object.keys(out).length ? out : null;
}

/** A domain of the current width around an event that lies outside it (the event already in view: null). */
export function domainAround(start: number, stop: number, current: Domain): Domain | null {
  if (start >= current[0] && stop <= current[1]) return null;
  const width = Math.max(current[1] - current[0], stop - start);
  const mid = (start + stop) / 2;
  return [mid - width / 2, mid + width / 2];
}

/**
 * The store update a goto message asks for, or null when it names something the
 * dataset (or the story) does not have. A `step` needs the story; the other fields
 * apply on top of the step's state. A message without a step leaves the story.
 */
export function gotoState(
  msg: GotoMessage,
  ds: NormalizedDataset,
  story: Story | null,
  current: Pick<TimelineState, "domain">,
): Partial<TimelineState> | null {
  if (msg.step !== undefined && (!story || msg.step > story.steps.length)) return null;
  if (msg.event !== undefined && !ds.eventById.has(msg.event)) return null;
  if (msg.actors && !msg.actors.every((id) => ds.actorById.has(id))) return null;

  const next: Partial<TimelineState> =
    msg.step !== undefined && story
      ? { ...stepState(story, msg.step), view: "timeline" }
      : { storyStep: null, highlight: null };
  if (msg.view) next.view = msg.view;
  if (msg.actors) next.actors = ds.actors.filter((a) => msg.actors!.includes(a.id)).map((a) => a.id);
  if (msg.from || msg.to) next.domain = rangeToDomain(msg.from, msg.to);
  if (msg.event) {
    next.selectedId = msg.event;
    if (!msg.from && !msg.to) {
      const ev = ds.eventById.get(msg.event)!;
      const base = next.domain ?? current.domain ?? ds.extent;
      const around = domainAround(ev.start, ev.stop, base);
      if (around) next.domain = around;
      else if (next.domain === undefined && current.domain) next.domain = current.domain;
    }
  }
  return next;
}

export interface GotoDeps {
  /** The story, loaded on demand; null when it cannot run (another dataset, a load failure). */
  loadStory(ds: NormalizedDataset): Promise<Story | null>;
  /** Called after a move, before the state is set (story bookkeeping: what to restore on leaving). */
  beforeMove?(store: TimelineStore, next: Partial<TimelineState>): void;
}

/**
 * Listen for goto messages from the parent frame. A message that arrives before
 * the dataset waits for it (only the latest one); one that names a step waits for
 * the story. Returns the unsubscribe function.
 */
export function listenForGoto(store: TimelineStore, deps: GotoDeps): () => void {
  let latest = 0;
  let pending: GotoMessage | null = null;

  const apply = async (msg: GotoMessage) => {
    const id = ++latest;
    const ds = store.getState().dataset;
    if (!ds) {
      pending = msg;
      return;
    }
    const story = msg.step !== undefined ? await deps.loadStory(ds) : null;
    // A newer message (the reader scrolled on) or a new dataset wins.
    if (id !== latest || store.getState().dataset !== ds) return;
    const next = gotoState(msg, ds, story, store.getState());
    if (!next) return;
    deps.beforeMove?.(store, next);
    store.setState(next);
  };

  const onMessage = (e: MessageEvent) => {
    if (e.source !== window.parent || window.parent === window) return;
    const msg = parseGotoMessage(e.data);
    if (msg) void apply(msg);
  };
  window.addEventListener("message", onMessage);
  const unsub = store.subscribe(
    (s) => s.dataset,
    (ds) => {
      if (ds && pending) {
        const msg = pending;
        pending = null;
        void apply(msg);
      }
    },
  );
  return () => {
    window.removeEventListener("message", onMessage);
    unsub();
  };
}
