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
import { activateLocale, loadMoreMessages, t } from "./i18n/i18n";
import { startContentTranslation } from "./i18n/contentLoader";
import { startBuiltInDetails } from "./app/builtInDetails";
import { beyondFirstView, onFirstUse } from "./app/firstUse";
import { LOCALE_DIR, negotiateLocale, type Locale } from "./i18n/locales";
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
  init.lang = negotiateLocale(url.lang, browserLanguages());
  const store = createTimelineStore(init);

  const load = (dataUrl: string | null) => (dataUrl ? loadFromUrl(store, dataUrl) : loadBuiltIn(store));
  // A share link carries its dataset in the fragment, which wins over `data=`.
  const hash = opts.hash ?? (opts.syncUrl ? window.location.hash : "");
  const loadFromShare = (h: string) =>
    void Promise.all([import("./app/loadShare"), loadMoreMessages()]).then(
      ([m]) => m.loadFromShare(store, h),
      (e: unknown) => store.getState().setLoadError(t("load.shareFailed", { error: (e as Error).message })),
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
  // Embed only: the protocol's code loads in embed mode inside a frame, so the standalone
  // app's first view does not carry it. It loads alongside the data; until it runs, messages
  // from the parent are kept and replayed in order, and the latest state query is posted then.
  let postState: ((query: string) => void) | null = null;
  let unposted: string | null = null;
  const messaging =
    init.mode === "embed" && inFrame
      ? {
          postState: (query: string) => {
            if (postState) postState(query);
            else unposted = query;
          },
        }
      : null;
  if (messaging) {
    const early: MessageEvent[] = [];
    const keep = (e: MessageEvent) => {
      if (e.source === window.parent) early.push(e);
    };
    window.addEventListener("message", keep);
    let stop: (() => void) | null = null;
    let disposed = false;
    cleanups.push(() => {
      disposed = true;
      window.removeEventListener("message", keep);
      stop?.();
    });
    void import("./app/embedChannel").then(({ startEmbedChannel }) => {
      window.removeEventListener("message", keep);
      if (disposed) return;
      const channel = startEmbedChannel(el, store);
      stop = channel.dispose;
      postState = channel.postState;
      if (unposted !== null) postState(unposted);
      for (const e of early)
        window.dispatchEvent(
          new MessageEvent("message", { data: e.data, origin: e.origin, source: e.source }),
        );
    });
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

  // The language: its catalog loads on demand; the page's (or the mount's) lang and dir follow.
  const applyLang = (l: Locale) => {
    el.lang = l;
    el.dir = LOCALE_DIR[l];
    if (opts.syncUrl) {
      document.documentElement.lang = l;
      document.documentElement.dir = LOCALE_DIR[l];
    }
  };
  cleanups.push(startContentTranslation(store));
  cleanups.push(startBuiltInDetails(store));
  // The catalog's second part (dialogs, editor, other views, import messages) on first use, or
  // at once when the page opens beyond the first view; withMessages() also waits for it.
  cleanups.push(onFirstUse(() => void loadMoreMessages()));
  if (beyondFirstView(store.getState()) || isShareFragment(hash) || url.data || refusedData)
    void loadMoreMessages();
  const switchTo = (l: Locale) => activateLocale(l).then(applyLang);
  cleanups.push(
    store.subscribe(
      (s) => s.lang,
      (l) => void switchTo(l),
    ),
  );

  const root = createRoot(el);
  let disposed = false;
  const render = () => {
    if (disposed) return;
    root.render(
      <StrictMode>
        <App store={store} onLoadDataUrl={(d) => void load(d)} />
      </StrictMode>,
    );
  };
  // English is compiled in: render at once. Another language renders when its catalog is in,
  // so no English flashes first (and on a failed load, in English rather than not at all).
  if (init.lang === "en") {
    applyLang("en");
    render();
  } else void switchTo(init.lang).finally(render);
  return {
    store,
    dispose() {
      disposed = true;
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

function browserLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
