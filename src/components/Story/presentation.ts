/**
 * Presentation mode: the store flag plus the Fullscreen API where the browser
 * grants it. Inside an iframe without `allowfullscreen`, or when the request is
 * refused, the presentation layout still applies in the space there is.
 */
import type { TimelineStore } from "../../store/createTimelineStore";

function fullscreenElement(): Element | null {
  try {
    return document.fullscreenElement ?? null;
  } catch {
    return null;
  }
}

export function isFullscreen(): boolean {
  return fullscreenElement() !== null;
}

/**
 * Called from a click or key handler (the request needs that user activation;
 * a dynamic import of this module in between is fast enough to keep it).
 */
async function requestFullscreen(): Promise<boolean> {
  const el = document.documentElement;
  try {
    if (!document.fullscreenEnabled || typeof el.requestFullscreen !== "function") return false;
    await el.requestFullscreen({ navigationUI: "hide" });
    return true;
  } catch {
    return false;
  }
}

export function enterPresentation(store: TimelineStore): void {
  store.getState().setPresenting(true);
  void requestFullscreen();
}

export function leavePresentation(store: TimelineStore): void {
  store.getState().setPresenting(false);
  if (isFullscreen()) {
    try {
      void document.exitFullscreen().catch(() => {});
    } catch {
      // Nothing to undo.
    }
  }
}

export function togglePresentation(store: TimelineStore): void {
  if (store.getState().presenting) leavePresentation(store);
  else enterPresentation(store);
}
