import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectIsBuiltInData, selectMode, selectPresenting, selectStoryStep } from "../../store/selectors";
import type { TimelineStore } from "../../store/createTimelineStore";
import { isEditableTarget } from "../Story/keyTargets";
import { ExportMenu } from "../Export/ExportMenu";
import "../../styles/print.css";
import { useT } from "../../i18n/useT";

// Dialog, story and presentation code load on first use, not with the first view.
const CiteDialog = lazy(() => import("../Cite/CiteDialog"));
const togglePresentation = (store: TimelineStore) =>
  void import("../Story/presentation").then((m) => m.togglePresentation(store));

/** Header actions for the classroom: Story, Present, Export ▾, Cite; and the F key. */
export function ClassroomActions() {
  const mode = useTimelineStore(selectMode);
  const builtIn = useTimelineStore(selectIsBuiltInData);
  const storyStep = useTimelineStore(selectStoryStep);
  const presenting = useTimelineStore(selectPresenting);
  const store = useTimelineStoreApi();
  const [citeOpen, setCiteOpen] = useState(false);
  const citeButton = useRef<HTMLButtonElement>(null);
  const t = useT();

  // F: presentation on and off, wherever focus is (except fields and dialogs).
  useEffect(() => {
    if (mode !== "app") return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "f" && e.key !== "F") return;
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isEditableTarget(e.target)) return;
      e.preventDefault();
      togglePresentation(store);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [mode, store]);

  if (mode !== "app") return null;

  return (
    <>
      {builtIn && (
        <button
          type="button"
          className="btn"
          data-story-button
          aria-pressed={storyStep !== null}
          title={t("story.buttonTitle")}
          onClick={() => void import("../../story/storyStore").then((m) => m.toggleStory(store))}
        >
          {t("story.button")}
        </button>
      )}
      <button
        type="button"
        className="btn"
        data-present-button
        aria-pressed={presenting}
        aria-keyshortcuts="F"
        title={t("present.buttonTitle")}
        onClick={() => togglePresentation(store)}
      >
        {t("present.button")}
      </button>
      <ExportMenu />
      <button
        ref={citeButton}
        type="button"
        className="btn"
        aria-haspopup="dialog"
        onClick={() => setCiteOpen(true)}
      >
        {t("cite.button")}
      </button>
      {citeOpen && (
        <Suspense fallback={null}>
          <CiteDialog onClose={() => setCiteOpen(false)} returnFocus={citeButton} />
        </Suspense>
      )}
    </>
  );
}
