import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { isEditableTarget } from "./keyTargets";
import { isFullscreen, leavePresentation } from "./presentation";
import "../../styles/presentation.css";
import { t as tr, withMessages } from "../../i18n/i18n";

// The QR code and its encoder load only when asked for.
const FollowDialog = lazy(() => withMessages(import("./FollowDialog")));

/**
 * Mounted while presenting (lazily, with the presentation styles): the exit
 * button, Escape when there is no fullscreen (in fullscreen the browser takes
 * Escape itself), leaving when fullscreen ends, and `data-presenting` on <html>
 * so rem-based type scales up everywhere.
 */
export default function PresentationBar() {
  const store = useTimelineStoreApi();
  const [follow, setFollow] = useState(false);
  const followButton = useRef<HTMLButtonElement>(null);

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
    <div className="present-actions">
      <button
        ref={followButton}
        type="button"
        className="btn present-follow"
        aria-haspopup="dialog"
        onClick={() => setFollow(true)}
      >
        {tr("follow.title")}
      </button>
      <button
        type="button"
        className="btn present-exit"
        aria-keyshortcuts="F Escape"
        onClick={() => {
          leavePresentation(store);
          requestAnimationFrame(() => document.querySelector<HTMLElement>("[data-present-button]")?.focus());
        }}
      >
        {tr("present.exit")}
      </button>
      {follow && (
        <Suspense fallback={null}>
          <FollowDialog onClose={() => setFollow(false)} />
        </Suspense>
      )}
    </div>
  );
}
