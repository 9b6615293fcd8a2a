import { useEffect } from "react";
import { useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { isEditableTarget } from "./keyTargets";
import { isFullscreen, leavePresentation } from "./presentation";
import "../../styles/presentation.css";

/**
 * Mounted while presenting (lazily, with the presentation styles): the exit
 * button, Escape when there is no fullscreen (in fullscreen the browser takes
 * Escape itself), leaving when fullscreen ends, and `data-presenting` on <html>
 * so rem-based type scales up everywhere.
 */
export default function PresentationBar() {
  const store = useTimelineStoreApi();

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.presenting = "true";
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented || isEditableTarget(e.target) || isFullscreen()) return;
      // Capture phase: runs before the story's own Escape, which then sees defaultPrevented.
      e.preventDefault();
      leavePresentation(store);
    };
    const onFullscreen = () => {
      if (!isFullscreen()) store.getState().setPresenting(false);
    };
    window.addEventListener("keydown", onKey, true);
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => {
      delete root.dataset.presenting;
      window.removeEventListener("keydown", onKey, true);
      document.removeEventListener("fullscreenchange", onFullscreen);
    };
  }, [store]);

  return (
    <button
      type="button"
      className="btn present-exit"
      aria-keyshortcuts="F Escape"
      onClick={() => {
        leavePresentation(store);
        requestAnimationFrame(() => document.querySelector<HTMLElement>("[data-present-button]")?.focus());
      }}
    >
      Exit presentation
    </button>
  );
}
