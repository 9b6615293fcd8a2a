/**
 * The only module that touches `window.location` and `window.history`.
 * Discrete changes (a filter, a selection, a view) push a history entry so Back
 * and Forward work; zooming replaces the current entry (debounced).
 */
import type { TimelineStore } from "../store/createTimelineStore";
import { decodeUrlState, encodeUrlState, type UrlState } from "./urlState";
import { stateToUrl, urlToViewState } from "./stateMapping";
import { isShareFragment } from "../share/fragment";

/** Keys whose change alone should not create a history entry. */
const TRANSIENT: (keyof UrlState)[] = ["from", "to"];

function onlyTransientChanged(a: UrlState, b: UrlState): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof UrlState>;
  for (const k of keys) {
    if (TRANSIENT.includes(k)) continue;
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) return false;
  }
  return true;
}

export interface SyncUrlOptions {
  /** Called with the new query string after each write (embed mode posts it to the host). */
  onChange?: (query: string) => void;
  /** Called when Back/Forward brings a different `data=`: the app must reload data. */
  onDataUrlChange?: (dataUrl: string | null) => void;
  /** Never push (embed mode: an iframe's pushState would make the host page's Back button step the timeline). */
  replaceOnly?: boolean;
}

/** Keep the address bar and the store in step. Returns an unsubscribe function. */
export function syncUrl(store: TimelineStore, opts: SyncUrlOptions = {}): () => void {
  let current = decodeUrlState(window.location.search);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let applyingPop = false;

  const write = (push: boolean) => {
    const next = stateToUrl(store.getState());
    const query = encodeUrlState(next);
    const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    const same = encodeUrlState(current) === query;
    current = next;
    if (same) return;
    try {
      if (push && !opts.replaceOnly) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    } catch {
      // Some sandboxes refuse history writes; the app still works without them.
    }
    opts.onChange?.(query);
  };

  const unsub = store.subscribe(
    (s) => stateToUrl(s),
    (next) => {
      if (applyingPop) return;
      clearTimeout(timer);
      if (onlyTransientChanged(current, next)) {
        // Debounce while zooming: one replaceState when the gesture settles.
        timer = setTimeout(() => write(false), store.getState().zooming ? 250 : 60);
      } else {
        write(true);
      }
    },
    { equalityFn: (a, b) => encodeUrlState(a) === encodeUrlState(b) },
  );

  // A share link's dataset replaced by another (Open dataset…, a file): its `#d1.` fragment
  // leaves the address, so a reload or a copied address shows what is on screen.
  const unsubShared = store.subscribe(
    (s) => s.dataShared,
    (shared) => {
      if (shared || !isShareFragment(window.location.hash)) return;
      try {
        window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}`);
      } catch {
        // See write(): a sandbox may refuse; nothing else depends on it.
      }
    },
  );

  const onPop = () => {
    const u = decodeUrlState(window.location.search);
    const prevData = current.data ?? null;
    current = u;
    applyingPop = true;
    try {
      const s = store.getState();
      store.setState({ ...urlToViewState(u), theme: u.theme ?? s.theme, lang: u.lang ?? s.lang });
    } finally {
      applyingPop = false;
    }
    if ((u.data ?? null) !== prevData) opts.onDataUrlChange?.(u.data ?? null);
    opts.onChange?.(encodeUrlState(u));
  };
  window.addEventListener("popstate", onPop);

  return () => {
    unsub();
    unsubShared();
    clearTimeout(timer);
    window.removeEventListener("popstate", onPop);
  };
}
