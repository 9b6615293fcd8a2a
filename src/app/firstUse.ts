/**
 * The first sign that someone uses the page: a click, a key, the wheel, a touch, or printing.
 * What the first view does not show (the built-in data's details, the catalog's second part,
 * the handout's list) loads then, not in idle time after loading, where it would join the
 * first view's download (the 150 KB budget), and not later, when a reader waits for it.
 */
import type { TimelineState } from "../store/types";

const INTERACTIONS = ["pointerdown", "keydown", "wheel", "touchstart"] as const;

/** Call `fn` once, on the first use of the page (at once when printing already). Returns a cleanup. */
export function onFirstUse(fn: () => void): () => void {
  let done = false;
  const opts = { capture: true, passive: true } as const;
  const media = typeof window.matchMedia === "function" ? window.matchMedia("print") : null;
  const onMedia = (e: MediaQueryListEvent) => e.matches && fire();
  const stop = () => {
    for (const type of INTERACTIONS) window.removeEventListener(type, fire, opts);
    window.removeEventListener("beforeprint", fire);
    media?.removeEventListener?.("change", onMedia);
  };
  function fire() {
    if (done) return;
    done = true;
    stop();
    fn();
  }
  if (media?.matches) {
    fire();
    return stop;
  }
  for (const type of INTERACTIONS) window.addEventListener(type, fire, opts);
  window.addEventListener("beforeprint", fire);
  media?.addEventListener?.("change", onMedia);
  return stop;
}

/**
 * Whether the state on screen is more than the first view (an open event, another view, a
 * search, the story, the editor): then what it needs loads at once, without waiting for a gesture.
 */
export const beyondFirstView = (s: TimelineState): boolean =>
  s.selectedId !== null ||
  s.view !== "timeline" ||
  s.q.trim() !== "" ||
  s.storyStep !== null ||
  s.presenting ||
  s.editing;
