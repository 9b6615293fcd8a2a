import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectIsBuiltInData, selectMode, selectPresenting, selectStoryStep } from "../../store/selectors";
import type { TimelineStore } from "../../store/createTimelineStore";
import { isEditableTarget } from "../Story/keyTargets";
import { ExportMenu } from "../Export/ExportMenu";
import { CopyLinkAction } from "./CopyLinkAction";
import "../../styles/print.css";
import { useT } from "../../i18n/useT";
import { withMessages } from "../../i18n/i18n";

// Dialog, story and presentation code load on first use, not with the first view.
const CiteDialog = lazy(() => withMessages(import("../Cite/CiteDialog")));
const togglePresentation = (store: TimelineStore) =>
  void import("../Story/presentation").then((m) => m.togglePresentation(store));

/**
 * Actions on the current view: Story, Present, Export ▾, Cite, Copy link; and the F key.
 * `part`: all of them on the tabs' row ("all"); on phones the row keeps Story, Export and
 * Copy link ("bar") and Present and Cite go into the header's More menu ("menu").
 */
export function ClassroomActions({ part = "all" }: { part?: "all" | "bar" | "menu" }) {
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
    if (mode !== "app" || part === "menu") return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "f" && e.key !== "F") return;
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isEditableTarget(e.target)) return;
      e.preventDefault();
      togglePresentation(store);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [mode, store, part]);

  if (mode !== "app") return null;
  const bar = part !== "menu";
  const menu = part !== "bar";

  return (
    <>
      {bar && builtIn && (
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
      {menu && (
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
      )}
      {bar && <ExportMenu />}
      {menu && (
        <button
          ref={citeButton}
          type="button"
          className="btn"
          aria-haspopup="dialog"
          onClick={() => setCiteOpen(true)}
        >
          {t("cite.button")}
        </button>
      )}
      {bar && <CopyLinkAction />}
      {citeOpen && (
        <Suspense fallback={null}>
          <CiteDialog onClose={() => setCiteOpen(false)} returnFocus={citeButton} />
        </Suspense>
      )}
    </>
  );
}
