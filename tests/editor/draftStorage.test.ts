import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { createStore, del, entries, get, set } from "idb-keyval";
import {
  quotaMessage,
  unavailableMessage,
  writeMessage,
  draftStorage,
  openDraftStorage,
  type KeyValBackend,
} from "../../src/editor/draftStorage";
import { createAutosave } from "../../src/editor/autosave";
import { createEditorStore } from "../../src/editor/editorStore";
import { emptyDraft } from "../../src/editor/draft";

let dbCount = 0;
/** A fresh IndexedDB database (fake-indexeddb) per test. */
function fakeIdb(): KeyValBackend {
  const store = createStore(`test-${++dbCount}`, "drafts");
  return {
    get: (k) => get(k, store),
    set: (k, v) => set(k, v, store),
    del: (k) => del(k, store),
    entries: () => entries(store),
  };
}

function quotaError() {
  return Object.assign(new Error("quota"), { name: "QuotaExceededError" });
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("draft storage", () => {
  it("keeps named drafts and lists them newest first", async () => {
    const opened = await openDraftStorage(fakeIdb);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const a = { ...emptyDraft("Class 7B", 1000) };
    const b = { ...emptyDraft("Meiji era", 2000) };
    await opened.storage.save(a);
    await opened.storage.save(b);
    expect((await opened.storage.list()).map((d) => d.name)).toEqual(["Meiji era", "Class 7B"]);
    expect(await opened.storage.load(a.id)).toEqual(a);
    await opened.storage.remove(a.id);
    expect(await opened.storage.load(a.id)).toBeNull();
  });

  it("says plainly when storage cannot be opened (sandboxed frame, private window)", async () => {
    const refused = await openDraftStorage(() => {
      throw Object.assign(new Error("The operation is insecure."), { name: "SecurityError" });
    });
    expect(refused).toEqual({ ok: false, message: unavailableMessage() });
    const failsOnWrite = await openDraftStorage(() => ({
      ...fakeIdb(),
      set: () => Promise.reject(Object.assign(new Error("x"), { name: "InvalidStateError" })),
    }));
    expect(failsOnWrite).toEqual({ ok: false, message: unavailableMessage() });
  });

  it("turns a full disk into a plain message", async () => {
    const backend = { ...fakeIdb(), set: () => Promise.reject(quotaError()) };
    await expect(draftStorage(backend).save(emptyDraft())).rejects.toThrow(quotaMessage());
    const other = { ...fakeIdb(), set: () => Promise.reject(new Error("disk on fire")) };
    await expect(draftStorage(other).save(emptyDraft())).rejects.toThrow(writeMessage());
  });

  it("ignores what is not a draft", async () => {
    const backend = fakeIdb();
    await backend.set("draft:x", { nope: true });
    await backend.set("other", 1);
    const s = draftStorage(backend);
    expect(await s.list()).toEqual([]);
    expect(await s.load("x")).toBeNull();
  });
});

describe("autosave", () => {
  it("saves as you type and reports it", async () => {
    const backend = fakeIdb();
    const editor = createEditorStore(emptyDraft("Mine"));
    const autosave = createAutosave(
      editor,
      openDraftStorage(() => backend),
      5,
    );
    await autosave.ready;
    editor.getState().setFrame({ title: "Soft power in class" });
    expect(autosave.state.getState().unstored).toBe(true);
    // Not yet written: the status does not claim it is.
    expect(autosave.state.getState().status.kind).toBe("saving");
    await autosave.flush();
    expect(autosave.state.getState().status.kind).toBe("saved");
    expect(autosave.state.getState().unstored).toBe(false);
    const saved = await draftStorage(backend).load(editor.getState().meta!.id);
    expect(saved?.data.title).toBe("Soft power in class");
    autosave.dispose();
  });

  it("keeps working in memory when storage is unavailable, and asks before the tab closes", async () => {
    const editor = createEditorStore(emptyDraft("Mine"));
    const autosave = createAutosave(editor, Promise.resolve({ ok: false, message: unavailableMessage() }), 5);
    await autosave.ready;
    expect(autosave.state.getState().status).toEqual({ kind: "memory", message: unavailableMessage() });
    editor.getState().addEvent({ title: "Fukuda Doctrine" });
    await tick(20);
    expect(editor.getState().data!.events).toHaveLength(1);
    expect(autosave.state.getState().unstored).toBe(true);
    autosave.markDownloaded();
    expect(autosave.state.getState().unstored).toBe(false);
    autosave.dispose();
  });

  it("reports a failed write (full disk) and keeps the changes unstored", async () => {
    let full = false;
    const backend = fakeIdb();
    const flaky = {
      ...backend,
      set: (k: string, v: unknown) => (full ? Promise.reject(quotaError()) : backend.set(k, v)),
    };
    const editor = createEditorStore(emptyDraft("Mine"));
    const autosave = createAutosave(
      editor,
      openDraftStorage(() => flaky),
      5,
    );
    await autosave.ready;
    full = true;
    editor.getState().setFrame({ title: "Too much" });
    await autosave.flush();
    expect(autosave.state.getState().status).toEqual({ kind: "failed", message: quotaMessage() });
    expect(autosave.state.getState().unstored).toBe(true);
    expect(editor.getState().data!.title).toBe("Too much");
    autosave.dispose();
  });
});
