/**
 * What the editor shows before a draft is open: continue a saved draft (newest
 * first), or start empty, from the built-in events, from the timeline open now,
 * or from a CSV/JSON file.
 */
import { useEffect, useId, useRef, useState } from "react";
import { useStore } from "zustand";
import { useTimelineStore, useTimelineStoreApi } from "../store/TimelineStoreProvider";
import { useEditor } from "./context";
import { emptyDraft, type Draft } from "./draft";
import type { DraftSummary } from "./draftStorage";
import { draftFromBuiltIn, draftFromFile, draftFromTimeline } from "./importDraft";
import { checkDraft } from "./validation";

const when = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

export function StartPanel({ onNote }: { onNote?(note: string | null): void } = {}) {
  const { editor, autosave } = useEditor();
  const timeline = useTimelineStoreApi();
  const isCustom = useTimelineStore((s) => Boolean(s.dataUrl || s.dataFileName) && s.dataset !== null);
  const customTitle = useTimelineStore((s) => s.dataset?.title ?? "");
  const status = useStore(autosave.state, (s) => s.status);
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let live = true;
    void autosave.ready.then(async () => {
      const list =
        (await autosave
          .storage()
          ?.list()
          .catch(() => [])) ?? [];
      if (live) setDrafts(list);
    });
    return () => {
      live = false;
    };
  }, [autosave]);

  const open = (draft: Draft, note: string | null = null) => {
    editor.getState().open(draft);
    // An import with events to fix opens on the first of them, its problems beside its fields.
    const { byKey } = checkDraft(draft.data);
    const first = draft.data.events.find((e) => byKey.has(e.key));
    if (note && first) editor.getState().select(first.key);
    onNote?.(note);
    setError(note);
  };
  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="editor editor--start" aria-labelledby={`${id}-h`} data-editor="" aria-busy={busy}>
      <div className="editor-bar">
        <h2 id={`${id}-h`} ref={heading} tabIndex={-1} className="editor-title">
          Make your own timeline
        </h2>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => {
            timeline.getState().setEditing(false);
            requestAnimationFrame(() => document.querySelector<HTMLElement>(".edit-action")?.focus());
          }}
        >
          Close editor
        </button>
      </div>
      <div className="editor-start">
        {(status.kind === "memory" || status.kind === "failed") && (
          <p className="editor-save editor-save--warn" role="status">
            {status.message}
          </p>
        )}
        {drafts && drafts.length > 0 && (
          <div className="ed-group">
            <h3 className="ed-sub">Continue where you left off</h3>
            <ul className="ed-drafts">
              {drafts.map((d) => (
                <li key={d.id}>
                  <button
                    type="button"
                    className="btn btn--primary"
                    onClick={() =>
                      void run(async () => {
                        const draft = await autosave.storage()?.load(d.id);
                        if (draft) open(draft);
                        else setError("That draft could not be read.");
                      })
                    }
                  >
                    Continue “{d.name || "Untitled"}”
                  </button>{" "}
                  <span className="ed-hint">
                    {d.events} event{d.events === 1 ? "" : "s"}, saved {when(d.updatedAt)}
                  </span>{" "}
                  <button
                    type="button"
                    className="btn btn--small"
                    aria-label={`Delete draft “${d.name || "Untitled"}”`}
                    onClick={() =>
                      void run(async () => {
                        await autosave.storage()?.remove(d.id);
                        setDrafts((list) => list?.filter((x) => x.id !== d.id) ?? null);
                      })
                    }
                  >
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="ed-group">
          <h3 className="ed-sub">Start a new timeline</h3>
          <ul className="ed-starts">
            <li>
              <button type="button" className="btn" onClick={() => open(emptyDraft())}>
                Start empty
              </button>
            </li>
            <li>
              <button
                type="button"
                className="btn"
                onClick={() => void run(async () => open(await draftFromBuiltIn()))}
              >
                Start from the built-in events
              </button>
            </li>
            {isCustom && (
              <li>
                <button
                  type="button"
                  className="btn"
                  onClick={() => {
                    const ds = timeline.getState().dataset;
                    if (ds) open(draftFromTimeline(ds));
                  }}
                >
                  Start from “{customTitle}” (open now)
                </button>
              </li>
            )}
            <li>
              <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
                Start from a file (CSV or JSON)…
              </button>
              <input
                ref={fileInput}
                type="file"
                accept=".csv,.json,.tsv,.txt,text/csv,application/json"
                hidden
                aria-hidden="true"
                tabIndex={-1}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = "";
                  if (!file) return;
                  void run(async () => {
                    const r = await draftFromFile(file);
                    if (r.ok)
                      open(
                        r.draft,
                        r.kept
                          ? `${r.kept} event${r.kept === 1 ? " needs" : "s need"} fixing: kept as draft rows, marked in the list. ${r.problems
                              .slice(0, 3)
                              .join(" ")}`
                          : null,
                      );
                    else setError(r.error);
                  });
                }}
              />
            </li>
          </ul>
          <p className="ed-hint">
            Your work is saved in this browser as you type. Download it as JSON or CSV at any time.
          </p>
        </div>
        {error && (
          <p className="ed-problems" role="alert">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
