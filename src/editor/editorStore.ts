/**
 * The editor's own store: the draft being written, the selected event, and an
 * undo/redo history of every edit (zundo). One store per editor, never a module
 * singleton. The timeline's store is not touched here (see liveSync.ts).
 *
 * Only `data` is history: undo and redo restore the draft's content, never its
 * name or the selection.
 */
import { createStore } from "zustand/vanilla";
import { temporal } from "zundo";
import type { Actor, Category, Era, Source } from "../data/schema";
import {
  autoEventId,
  eventIds,
  newKey,
  type Draft,
  type DraftData,
  type DraftEvent,
  type RawEvent,
} from "./draft";

export type FrameList = "actors" | "categories" | "sources" | "eras";
export interface FrameItems {
  actors: Actor;
  categories: Category;
  sources: Source;
  eras: Era;
}

export interface DraftMeta {
  id: string;
  name: string;
  updatedAt: number;
}

export interface EditorState {
  meta: DraftMeta | null;
  data: DraftData | null;
  selectedKey: string | null;
  /** Start (or switch to) a draft; the history starts afresh. */
  open(draft: Draft | null): void;
  rename(name: string): void;
  select(key: string | null): void;
  setFrame(patch: Partial<Pick<DraftData, "title" | "description">>): void;
  /** Change fields of an event ("" or undefined removes a field). Typing in one field is one undo step. */
  updateEvent(key: string, patch: RawEvent): void;
  /** A new event after the selected one (or at the end), selected; returns its key. */
  addEvent(init?: RawEvent): string;
  removeEvent(key: string): void;
  addToList<L extends FrameList>(list: L, item: FrameItems[L]): void;
  updateInList<L extends FrameList>(list: L, index: number, item: FrameItems[L], field?: string): void;
  removeFromList(list: FrameList, index: number): void;
  /** Replace everything at once (an import into the open draft): one undo step. */
  replaceData(data: DraftData): void;
}

/** Typing in one field within this long of the last keystroke is one undo step. */
export const TYPING_GROUP_MS = 1000;

/** The draft currently in the store, or null. */
export function currentDraft(s: Pick<EditorState, "meta" | "data">): Draft | null {
  return s.meta && s.data ? { ...s.meta, data: s.data } : null;
}

export function createEditorStore(initial: Draft | null = null, now: () => number = Date.now) {
  let lastGroup: string | null = null;
  let lastAt = 0;

  const store = createStore<EditorState>()(
    temporal(
      (set, get) => {
        /** Apply a change to the data; consecutive changes of one `group` merge into one undo step. */
        const change = (
          fn: (d: DraftData) => DraftData,
          group: string | null,
          extra: Partial<EditorState> = {},
        ) => {
          const { data, meta } = get();
          if (!data || !meta) return;
          const t = now();
          const merge = group !== null && group === lastGroup && t - lastAt < TYPING_GROUP_MS;
          lastGroup = group;
          lastAt = t;
          const history = store.temporal.getState();
          if (merge) history.pause();
          set({ data: fn(data), meta: { ...meta, updatedAt: t }, ...extra });
          if (merge) history.resume();
        };

        return {
          meta: initial ? { id: initial.id, name: initial.name, updatedAt: initial.updatedAt } : null,
          data: initial?.data ?? null,
          selectedKey: initial?.data.events[0]?.key ?? null,
          open: (draft) => {
            lastGroup = null;
            set({
              meta: draft ? { id: draft.id, name: draft.name, updatedAt: draft.updatedAt } : null,
              data: draft?.data ?? null,
              selectedKey: draft?.data.events[0]?.key ?? null,
            });
            store.temporal.getState().clear();
          },
          rename: (name) => {
            const meta = get().meta;
            if (!meta) return;
            // Not an edit of the content: kept out of the history.
            const history = store.temporal.getState();
            history.pause();
            set({ meta: { ...meta, name, updatedAt: now() } });
            history.resume();
          },
          select: (selectedKey) => set({ selectedKey }),
          setFrame: (patch) =>
            change(
              (d) => {
                const next = { ...d, ...patch };
                if (!next.description) delete next.description;
                return next;
              },
              `frame.${Object.keys(patch).join(",")}`,
            ),
          updateEvent: (key, patch) =>
            change(
              (d) => ({
                ...d,
                events: d.events.map((e) => (e.key === key ? patchEvent(e, patch, d) : e)),
              }),
              `${key}.${Object.keys(patch).join(",")}`,
            ),
          addEvent: (init = {}) => {
            const key = newKey();
            change(
              (d) => {
                const ev: DraftEvent = { key, autoId: !init.id, value: { ...init } };
                if (ev.autoId) {
                  const id = autoEventId(ev.value, eventIds(d));
                  if (id) ev.value.id = id;
                }
                const events = [...d.events];
                const at = events.findIndex((e) => e.key === get().selectedKey);
                events.splice(at < 0 ? events.length : at + 1, 0, ev);
                return { ...d, events };
              },
              null,
              { selectedKey: key },
            );
            return key;
          },
          removeEvent: (key) => {
            const events = get().data?.events ?? [];
            const i = events.findIndex((e) => e.key === key);
            if (i < 0) return;
            const rest = events.filter((e) => e.key !== key);
            const next = rest[Math.min(i, rest.length - 1)]?.key ?? null;
            change((d) => ({ ...d, events: d.events.filter((e) => e.key !== key) }), null, {
              selectedKey: get().selectedKey === key ? next : get().selectedKey,
            });
          },
          addToList: (list, item) => change((d) => ({ ...d, [list]: [...d[list], item] }), null),
          updateInList: (list, index, item, field) =>
            change(
              (d) => ({ ...d, [list]: d[list].map((x, i) => (i === index ? item : x)) }),
              field === undefined ? null : `${list}[${index}].${field}`,
            ),
          removeFromList: (list, index) =>
            change((d) => ({ ...d, [list]: d[list].filter((_, i) => i !== index) }), null),
          replaceData: (data) => change(() => data, null, { selectedKey: data.events[0]?.key ?? null }),
        };
      },
      {
        partialize: (s) => ({ data: s.data }),
        equality: (a, b) => a.data === b.data,
        limit: 500,
      },
    ),
  );
  return store;
}

/** Apply `patch` to an event; an id left to the editor follows the date and title. */
function patchEvent(e: DraftEvent, patch: RawEvent, d: DraftData): DraftEvent {
  const value: RawEvent = { ...e.value };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === "") delete value[k];
    else value[k] = v;
  }
  let autoId = e.autoId;
  if ("id" in patch) autoId = patch.id === "" || patch.id === undefined;
  if (autoId) {
    const id = autoEventId(value, eventIds(d, e.key));
    if (id) value.id = id;
    else delete value.id;
  }
  return { ...e, autoId, value };
}

export type EditorStore = ReturnType<typeof createEditorStore>;
