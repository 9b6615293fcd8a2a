/**
 * Named drafts kept in the browser (IndexedDB through idb-keyval). Every failure
 * becomes a plain sentence: a sandboxed iframe, a private window or a full disk
 * must never stop the editor, only tell the user their work is in this tab alone.
 */
import { createStore, del, entries, get, set, type UseStore } from "idb-keyval";
import { setDraftHint } from "./draftHint";
import type { Draft } from "./draft";
import { t } from "../i18n/i18n";

export interface DraftSummary {
  id: string;
  name: string;
  updatedAt: number;
  events: number;
}

/** What the editor needs from a key-value store; idb-keyval's functions, or a test double. */
export interface KeyValBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[IDBValidKey, unknown][]>;
}

export interface DraftStorage {
  list(): Promise<DraftSummary[]>;
  load(id: string): Promise<Draft | null>;
  /** Rejects with a StorageError in plain words. */
  save(draft: Draft): Promise<void>;
  remove(id: string): Promise<void>;
}

export type OpenResult = { ok: true; storage: DraftStorage } | { ok: false; message: string };

export class StorageError extends Error {}

/** Read when the failure happens, so the message is in the language shown at that moment. */
export const unavailableMessage = () => t("editor.storage.unavailable");
export const quotaMessage = () => t("editor.storage.quota");
export const writeMessage = () => t("editor.storage.write");

const PREFIX = "draft:";
/** Some browsers never answer a blocked IndexedDB request: give up rather than wait forever. */
const PROBE_TIMEOUT_MS = 3000;

function isQuota(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name ?? "";
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}

function isDraft(v: unknown): v is Draft {
  if (!v || typeof v !== "object") return false;
  const d = v as Partial<Draft>;
  return (
    typeof d.id === "string" &&
    typeof d.name === "string" &&
    typeof d.updatedAt === "number" &&
    !!d.data &&
    Array.isArray(d.data.events)
  );
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new StorageError("timed out")), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** The real backend: one IndexedDB database of our own. Throws where IndexedDB is refused. */
export function idbBackend(): KeyValBackend {
  const store: UseStore = createStore("soft-power-timeline", "drafts");
  return {
    get: (k) => get(k, store),
    set: (k, v) => set(k, v, store),
    del: (k) => del(k, store),
    entries: () => entries(store),
  };
}

/** Drafts over any backend; `save` turns failures into plain-words StorageErrors. */
export function draftStorage(backend: KeyValBackend): DraftStorage {
  return {
    async list() {
      const all = await backend.entries();
      return all
        .filter(([k, v]) => typeof k === "string" && k.startsWith(PREFIX) && isDraft(v))
        .map(([, v]) => {
          const d = v as Draft;
          return { id: d.id, name: d.name, updatedAt: d.updatedAt, events: d.data.events.length };
        })
        .sort((a, b) => b.updatedAt - a.updatedAt);
    },
    async load(id) {
      const v = await backend.get(PREFIX + id);
      return isDraft(v) ? v : null;
    },
    async save(draft) {
      try {
        await backend.set(PREFIX + draft.id, draft);
        setDraftHint(true);
      } catch (e) {
        throw new StorageError(isQuota(e) ? quotaMessage() : writeMessage());
      }
    },
    async remove(id) {
      await backend.del(PREFIX + id);
      const left = await backend.entries();
      if (!left.some(([k]) => typeof k === "string" && k.startsWith(PREFIX))) setDraftHint(false);
    },
  };
}

/**
 * Open the drafts, checking that a write really works (a sandboxed frame throws at once,
 * a private window may fail only on the first write). Never throws.
 */
export async function openDraftStorage(make: () => KeyValBackend = idbBackend): Promise<OpenResult> {
  try {
    if (typeof indexedDB === "undefined" && make === idbBackend)
      return { ok: false, message: unavailableMessage() };
    const backend = make();
    await withTimeout(backend.set("probe", Date.now()), PROBE_TIMEOUT_MS);
    await withTimeout(backend.del("probe"), PROBE_TIMEOUT_MS);
    return { ok: true, storage: draftStorage(backend) };
  } catch (e) {
    return { ok: false, message: isQuota(e) ? quotaMessage() : unavailableMessage() };
  }
}
