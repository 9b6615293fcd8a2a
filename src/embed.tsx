/**
 * The one public entry point: mount a timeline into an element.
 *
 * @example
 * const handle = mountTimeline(document.getElementById("tl")!, { queryStr: "?actors=japan,china" });
 * // later
 * handle.dispose();
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { createTimelineStore, type TimelineStore } from "./store/createTimelineStore";
import { decodeUrlState } from "./url/urlState";
import { urlToInitialState } from "./url/stateMapping";
import { syncUrl } from "./url/syncUrl";
import { resolveMode } from "./modes/resolveMode";
import { loadBuiltIn, loadFromUrl, refuseDataUrl } from "./app/loadData";
import { isShareFragment } from "./share/fragment";
import { startEmbedMessaging } from "./app/embedMessaging";
import { listenForGoto } from "./app/gotoMessage";
import { selectLaneActors } from "./store/selectors";
import "./styles/theme.css";
import "./styles/app.css";

export interface MountOptions {
  /** Initial state as a query string (same parameters as the URL contract). */
  queryStr?: string;
  /** Keep the page's address bar in step with the state (standalone app only). */
  syncUrl?: boolean;
  /**
   * A share link's fragment (`#d1.…`) to load instead of `data=`; defaults to the page's
   * own fragment when `syncUrl` is on. Any other fragment is ignored.
   */
  hash?: string;
}

export interface TimelineHandle {
  store: TimelineStore;
  dispose(): void;
}

export function mountTimeline(el: HTMLElement, opts: MountOptions = {}): TimelineHandle {
  const url = decodeUrlState(opts.queryStr ?? "");
  const init = urlToInitialState(url);
  init.mode = resolveMode(url);
  const store = createTimelineStore(init);

  const load = (dataUrl: string | null) => (dataUrl ? loadFromUrl(store, dataUrl) : loadBuiltIn(store));
  // A share link carries its dataset in the fragment, which wins over `data=`.
  const hash = opts.hash ?? (opts.syncUrl ? window.location.hash : "");
  const loadFromShare = (h: string) =>
    void import("./app/loadShare").then(
      (m) => m.loadFromShare(store, h),
      () =>
        store
          .getState()
          .setLoadError("The shared timeline could not be opened: the app could not load its code."),
    );
  // A data= the URL codec refused (javascript:, data:, file:…) is reported, never replaced by the built-in data.
  const refusedData = url.data ? null : new URLSearchParams(opts.queryStr ?? "").get("data");
  if (isShareFragment(hash)) loadFromShare(hash);
  else if (refusedData?.trim()) refuseDataUrl(store, refusedData);
  else void load(url.data ?? null);

  const cleanups: (() => void)[] = [];
  if (opts.syncUrl) {
    // Another share link pasted into this tab's address bar changes only the fragment: no reload.
    const onHash = () => {
      if (isShareFragment(window.location.hash)) loadFromShare(window.location.hash);
    };
    window.addEventListener("hashchange", onHash);
    cleanups.push(() => window.removeEventListener("hashchange", onHash));
  }
  const inFrame = (() => {
    try {
      return window.self !== window.top;
    } catch {
      return true;
    }
  })();
  const messaging =
    init.mode === "embed" && inFrame
      ? startEmbedMessaging(el, () => {
          const s = store.getState();
          const lanes = selectLaneActors(s);
          return {
            view: s.view,
            laneCount: lanes.length,
            leadLanes: lanes.filter((l) => l.id === "japan" || l.id === "china").length,
          };
        })
      : null;
  if (messaging) cleanups.push(messaging.dispose);
  // Scrollytelling: the host page may move the embed (goto messages from the parent only).
  if (messaging) {
    let stories: typeof import("./story/storyStore") | null = null;
    cleanups.push(
      listenForGoto(store, {
        loadStory: async (ds) => {
          stories ??= await import("./story/storyStore");
          return (await (await import("./story/loadStory")).loadStory(ds)).story;
        },
        beforeMove: (s, next) => {
          if (next.storyStep) stories?.rememberStoryStart(s);
          else stories?.forgetStoryStart(s);
        },
      }),
    );
  }
  if (opts.syncUrl) {
    cleanups.push(
      syncUrl(store, {
        onDataUrlChange: (d) => void load(d),
        replaceOnly: init.mode === "embed",
        ...(messaging ? { onChange: messaging.postState } : {}),
      }),
    );
  }

  // Offline in class: the service worker registers from its own chunk once the timeline is
  // ready and the page idle, so its caching never competes with the first view. Not in the
  // single-file build (file:// has none) and not for a mount inside someone else's page.
  if (opts.syncUrl && import.meta.env.MODE !== "single") afterReady(registerWhenIdle);

  const root = createRoot(el);
  root.render(
    <StrictMode>
      <App store={store} onLoadDataUrl={(d) => void load(d)} />
    </StrictMode>,
  );
  return {
    store,
    dispose() {
      cleanups.forEach((c) => c());
      root.unmount();
    },
  };
}

function registerWhenIdle(): void {
  const run = () => void import("./offline/registerOffline").then((m) => m.registerOffline());
  const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
    .requestIdleCallback;
  if (idle) idle(run, { timeout: 5000 });
  else setTimeout(run, 2000);
}

/** Run once after the readiness mark (or, if the data never loads, a while after the page's load). */
function afterReady(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  const fallback = () => setTimeout(once, 10_000);
  if (document.readyState === "complete") fallback();
  else window.addEventListener("load", fallback, { once: true });
  try {
    if (performance.getEntriesByName("timeline:ready").length) return once();
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("timeline:ready").length === 0) return;
      observer.disconnect();
      once();
    });
    observer.observe({ type: "mark" });
  } catch {
    // No PerformanceObserver: the fallback registers it.
  }
}
