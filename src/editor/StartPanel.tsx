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
import { useLocale, useT } from "../i18n/useT";
import { describeProblem, describeRefusal } from "../i18n/describeProblem";

const when = (ms: number, locale: string) =>
  new Date(ms).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });

export function StartPanel({ onNote }: { onNote?(note: string | null): void } = {}) {
  const { editor, autosave } = useEditor();
  const t = useT();
  const locale = useLocale();
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
          {t("editor.start.heading")}
        </h2>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => {
            timeline.getState().setEditing(false);
            requestAnimationFrame(() => document.querySelector<HTMLElement>(".edit-action")?.focus());
          }}
        >
          {t("editor.close")}
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
            <h3 className="ed-sub">{t("editor.start.continueHeading")}</h3>
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
                        else setError(t("editor.start.unreadable"));
                      })
                    }
                  >
                    {t("editor.start.continue", { name: d.name || t("editor.start.untitled") })}
                  </button>{" "}
                  <span className="ed-hint">
                    {t("editor.start.draftInfo", { events: d.events, when: when(d.updatedAt, locale) })}
                  </span>{" "}
                  <button
                    type="button"
                    className="btn btn--small"
                    aria-label={t("editor.start.deleteDraft", { name: d.name || t("editor.start.untitled") })}
                    onClick={() =>
                      void run(async () => {
                        await autosave.storage()?.remove(d.id);
                        setDrafts((list) => list?.filter((x) => x.id !== d.id) ?? null);
                      })
                    }
                  >
                    {t("editor.start.delete")}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="ed-group">
          <h3 className="ed-sub">{t("editor.start.newHeading")}</h3>
          <ul className="ed-starts">
            <li>
              <button
                type="button"
                className="btn"
                onClick={() => open(emptyDraft(t("editor.dataset.untitled")))}
              >
                {t("editor.start.empty")}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="btn"
                onClick={() =>
                  void run(async () => open(await draftFromBuiltIn(t("editor.start.builtInName"))))
                }
              >
                {t("editor.start.builtIn")}
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
                  {t("editor.start.current", { title: customTitle })}
                </button>
              </li>
            )}
            <li>
              <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
                {t("editor.start.file")}
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
                          ? t("editor.start.kept", {
                              count: r.kept,
                              problems: r.problems
                                .slice(0, 3)
                                .map((p) => describeProblem(p, t))
                                .join(" "),
                            })
                          : null,
                      );
                    // The refusal and its problems in the reader's language (r.error is the English).
                    else
                      setError(
                        [
                          describeRefusal(r.head, r.errorRef, t),
                          ...(r.problems ?? []).map((p) => describeProblem(p, t)),
                        ].join(" "),
                      );
                  });
                }}
              />
            </li>
          </ul>
          <p className="ed-hint">{t("editor.start.hint")}</p>
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
