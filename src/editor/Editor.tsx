/**
 * The editor (loaded on demand): make a timeline from empty, from the built-in
 * events or from a file; every change is kept as a named draft in the browser
 * (or, where storage is refused, in this tab, saying so) and shown live in the
 * timeline beside it. Undo/redo with Ctrl/⌘+Z and Shift+Ctrl/⌘+Z.
 */
import { useEffect, useId, useRef, useState } from "react";
import { useStore } from "zustand";
import { useTimelineStoreApi } from "../store/TimelineStoreProvider";
import { createEditorStore } from "./editorStore";
import { createAutosave } from "./autosave";
import { openDraftStorage } from "./draftStorage";
import { startLiveSync } from "./liveSync";
import { EditorContext, useEditor } from "./context";
import { EventList } from "./EventList";
import { EventForm } from "./EventForm";
import { DatasetForm } from "./DatasetForm";
import { StartPanel } from "./StartPanel";
import { DownloadButtons } from "./DownloadButtons";
import { takeResume } from "./resume";
import { useT } from "../i18n/useT";
import "./Editor.css";

type Tab = "events" | "dataset" | "timeline";

export default function Editor() {
  const timeline = useTimelineStoreApi();
  const [ctx] = useState(() => {
    const editor = createEditorStore();
    return { editor, autosave: createAutosave(editor, openDraftStorage()) };
  });
  useEffect(() => () => ctx.autosave.dispose(), [ctx]);
  // Opened from the return-to-draft offer: open that draft straight away.
  useEffect(() => {
    const id = takeResume();
    if (!id) return;
    void ctx.autosave.ready.then(async () => {
      const draft = await ctx.autosave
        .storage()
        ?.load(id)
        .catch(() => null);
      if (draft && ctx.editor.getState().data === null) ctx.editor.getState().open(draft);
    });
  }, [ctx]);
  const hasDraft = useStore(ctx.editor, (s) => s.data !== null);
  /** What the last import has to say (events kept as drafts), shown above the workspace. */
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => (hasDraft ? startLiveSync(ctx.editor, timeline) : undefined), [hasDraft, ctx, timeline]);

  // Closing the tab with work neither stored nor downloaded asks first.
  useEffect(() => {
    const onUnload = (e: BeforeUnloadEvent) => {
      if (!ctx.autosave.state.getState().unstored) return;
      e.preventDefault();
      e.returnValue = "";
    };
    // Leaving the tab (or the page) writes a waiting change now rather than after the typing pause.
    const onHide = () => {
      if (document.visibilityState === "hidden") void ctx.autosave.flush();
    };
    window.addEventListener("beforeunload", onUnload);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("beforeunload", onUnload);
      document.removeEventListener("visibilitychange", onHide);
    };
  }, [ctx]);

  return (
    <EditorContext.Provider value={ctx}>
      {hasDraft ? (
        <Workspace notice={notice} onDismissNotice={() => setNotice(null)} />
      ) : (
        <StartPanel onNote={setNotice} />
      )}
    </EditorContext.Provider>
  );
}

function Workspace({ notice, onDismissNotice }: { notice: string | null; onDismissNotice(): void }) {
  const { editor, autosave } = useEditor();
  const timeline = useTimelineStoreApi();
  const meta = useStore(editor, (s) => s.meta)!;
  const canUndo = useStore(editor.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(editor.temporal, (s) => s.futureStates.length > 0);
  const [tab, setTab] = useState<Tab>("events");
  const id = useId();
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const undo = () => editor.temporal.getState().undo();
  const redo = () => editor.temporal.getState().redo();
  const tabs: { id: Tab; label: string }[] = [
    { id: "events", label: t("editor.tab.events") },
    { id: "dataset", label: t("editor.tab.dataset") },
    { id: "timeline", label: t("editor.tab.timeline") },
  ];

  return (
    <section
      className={`editor${tab === "timeline" ? " editor--peek" : ""}`}
      aria-labelledby={`${id}-h`}
      data-editor=""
      onKeyDown={(e) => {
        const mod = e.ctrlKey || e.metaKey;
        if (!mod || e.altKey) return;
        const k = e.key.toLowerCase();
        if (k === "z" || k === "y") {
          // Our history covers every edit, typing included: the browser's own field undo would fight it.
          e.preventDefault();
          if (k === "y" || e.shiftKey) redo();
          else undo();
        }
      }}
    >
      <div className="editor-bar">
        <h2 id={`${id}-h`} ref={heading} tabIndex={-1} className="editor-title">
          {t("editor.title")}
        </h2>
        <div className="ed-field editor-name">
          <label htmlFor={`${id}-name`}>{t("editor.draftName")}</label>
          <input
            id={`${id}-name`}
            value={meta.name}
            onChange={(e) => editor.getState().rename(e.target.value)}
          />
        </div>
        <SaveStatus />
        <div className="editor-actions" role="group" aria-label={t("editor.history")}>
          <button
            type="button"
            className="btn btn--small"
            onClick={undo}
            disabled={!canUndo}
            aria-keyshortcuts="Control+Z Meta+Z"
          >
            {t("editor.undo")}
          </button>
          <button
            type="button"
            className="btn btn--small"
            onClick={redo}
            disabled={!canRedo}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
          >
            {t("editor.redo")}
          </button>
        </div>
        <DownloadButtons />
        <div className="editor-actions">
          <button
            type="button"
            className="btn btn--small"
            onClick={async () => {
              await autosave.flush();
              editor.getState().open(null);
            }}
          >
            {t("editor.drafts")}
          </button>
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
      </div>
      {notice && (
        <div className="editor-notice" role="alert">
          <p>{notice}</p>
          <button type="button" className="btn btn--small" onClick={onDismissNotice}>
            {t("editor.ok")}
          </button>
        </div>
      )}
      <div className="editor-tabs" role="tablist" aria-label={t("editor.tabs")}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${id}-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={t.id === "timeline" ? undefined : `${id}-panel`}
            tabIndex={tab === t.id ? 0 : -1}
            className={`editor-tab editor-tab--${t.id}`}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              const i = tabs.findIndex((x) => x.id === tab);
              const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
              if (!step) return;
              e.preventDefault();
              // The Timeline tab exists only on narrow screens: skip it where it is hidden.
              const visible = tabs.filter(
                (x) => document.getElementById(`${id}-tab-${x.id}`)?.offsetParent !== null,
              );
              const j = visible.findIndex((x) => x.id === tabs[i]!.id);
              const next = visible[(j + step + visible.length) % visible.length]!;
              setTab(next.id);
              document.getElementById(`${id}-tab-${next.id}`)?.focus();
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tab !== "timeline" && (
        <div
          // A fresh panel per tab: the Dataset tab opens at its top, not at the form's scroll position.
          key={tab}
          className={`editor-body editor-body--${tab}`}
          role="tabpanel"
          id={`${id}-panel`}
          aria-labelledby={`${id}-tab-${tab}`}
        >
          {tab === "events" ? (
            <>
              <EventList />
              <EventForm />
            </>
          ) : (
            <DatasetForm />
          )}
        </div>
      )}
    </section>
  );
}

function SaveStatus() {
  const { autosave, editor } = useEditor();
  const status = useStore(autosave.state, (s) => s.status);
  const hasDraft = useStore(editor, (s) => s.meta !== null);
  const t = useT();
  let text = "";
  let warn = false;
  if (status.kind === "saving") text = t("editor.save.saving");
  else if (status.kind === "saved") text = t("editor.save.saved");
  else if (status.kind === "memory" || status.kind === "failed") {
    text = status.message;
    warn = true;
  } else if (hasDraft) text = t("editor.save.asYouType");
  return (
    <p className={`editor-save${warn ? " editor-save--warn" : ""}`} role="status">
      {text}
    </p>
  );
}
