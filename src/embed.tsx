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
import { loadBuiltIn, loadFromShare, loadFromUrl, refuseDataUrl } from "./app/loadData";
import { isShareFragment } from "./share/fragment";
import { startEmbedMessaging } from "./app/embedMessaging";
import { listenForGoto } from "./app/gotoMessage";
import { activateLocale } from "./i18n/i18n";
import { startContentTranslation } from "./i18n/contentLoader";
import { LOCALE_DIR, negotiateLocale, type Locale } from "./i18n/locales";
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
  init.lang = negotiateLocale(url.lang, browserLanguages());
  const store = createTimelineStore(init);

  const load = (dataUrl: string | null) => (dataUrl ? loadFromUrl(store, dataUrl) : loadBuiltIn(store));
  // A share link carries its dataset in the fragment, which wins over `data=`.
  const hash = opts.hash ?? (opts.syncUrl ? window.location.hash : "");
  // A data= the URL codec refused (javascript:, data:, file:…) is reported, never replaced by the built-in data.
  const refusedData = url.data ? null : new URLSearchParams(opts.queryStr ?? "").get("data");
  if (isShareFragment(hash)) void loadFromShare(store, hash);
  else if (refusedData?.trim()) refuseDataUrl(store, refusedData);
  else void load(url.data ?? null);

  const cleanups: (() => void)[] = [];
  if (opts.syncUrl) {
    // Another share link pasted into this tab's address bar changes only the fragment: no reload.
    const onHash = () => {
      if (isShareFragment(window.location.hash)) void loadFromShare(store, window.location.hash);
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

function browserLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
