/**
 * Saved as you type: every change of the open draft is written to the draft
 * storage shortly after the typing stops. The status says, in plain words,
 * whether the work is kept in this browser or only in this tab; and whether
 * closing the tab would lose something (nothing stored, nothing downloaded).
 */
import { createStore } from "zustand/vanilla";
import { currentDraft, type EditorStore } from "./editorStore";
import { StorageError, type DraftStorage, type OpenResult } from "./draftStorage";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: number }
  /** Storage cannot be used at all: the editor works in memory. */
  | { kind: "memory"; message: string }
  /** A write failed (a full disk): the latest changes are only in this tab. */
  | { kind: "failed"; message: string };

export interface AutosaveState {
  status: SaveStatus;
  /** Changes neither stored nor downloaded since they were made. */
  unstored: boolean;
}

export const SAVE_DELAY_MS = 400;

export function createAutosave(editor: EditorStore, opened: Promise<OpenResult>, delay = SAVE_DELAY_MS) {
  const state = createStore<AutosaveState>()(() => ({ status: { kind: "idle" }, unstored: false }));
  let storage: DraftStorage | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;
  let disposed = false;

  const flush = async (): Promise<void> => {
    timer = null;
    const draft = currentDraft(editor.getState());
    if (!draft || !storage || disposed) return;
    pending = false;
    state.setState({ status: { kind: "saving" } });
    try {
      await storage.save(draft);
      // A change that arrived while writing keeps the work "unstored" until its own save.
      if (!pending) state.setState({ status: { kind: "saved", at: Date.now() }, unstored: false });
    } catch (e) {
      state.setState({
        status: { kind: "failed", message: e instanceof StorageError ? e.message : String(e) },
        unstored: true,
      });
    }
  };

  const schedule = () => {
    pending = true;
    state.setState({ unstored: true });
    if (!storage) return;
    // Waiting to write is part of saving: the status must not keep saying "Saved" over a change
    // that is not stored yet (closing the tab in those 400 ms would lose it).
    state.setState({ status: { kind: "saving" } });
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  };

  const ready = opened.then((r) => {
    if (disposed) return;
    if (r.ok) {
      storage = r.storage;
      if (pending) schedule();
    } else {
      state.setState({ status: { kind: "memory", message: r.message } });
    }
  });

  const unsubscribe = editor.subscribe((s, prev) => {
    if (s.meta && (s.data !== prev.data || s.meta.name !== prev.meta?.name)) schedule();
  });

  return {
    state,
    ready,
    /** The storage once open (null when unavailable or not yet open). */
    storage: () => storage,
    /** Write now (e.g. before switching drafts). */
    flush: async () => {
      await ready;
      if (timer) clearTimeout(timer);
      if (pending) await flush();
    },
    /** The user downloaded the work: closing the tab loses nothing. */
    markDownloaded: () => state.setState({ unstored: false }),
    dispose: () => {
      disposed = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
    },
  };
}

export type Autosave = ReturnType<typeof createAutosave>;
