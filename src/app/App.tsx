import { Suspense, lazy, useEffect, useRef } from "react";
import type { TimelineStore } from "../store/createTimelineStore";
import { TimelineStoreProvider, useTimelineStore } from "../store/TimelineStoreProvider";
import { selectLoad, selectMode, selectView } from "../store/selectors";
import { Header } from "../components/Header/Header";
import { FilterPanel } from "../components/Filters/FilterPanel";
import { ViewTabs, tabId, panelId } from "../components/Tabs/ViewTabs";
import { LoadStatus } from "../components/Status/LoadStatus";
import { Announcer } from "../components/Status/Announcer";
import { ViewSwitch } from "./ViewSwitch";
import { afterReady, whenIdle } from "./ready";
import { useThemeAttribute } from "../hooks/useThemeAttribute";
import { StoryLayer } from "../components/Story/StoryLayer";
import { ClassroomActions } from "../components/Header/ClassroomActions";
import { useLocale, useT } from "../i18n/useT";
import { EmbedFooter } from "../components/Embed/EmbedFooter";

import { SharedMark } from "../components/Share/SharedMark";
import { SkipLink } from "../components/Header/SkipLink";
import { PHONE_QUERY, useMediaQuery } from "../hooks/useMediaQuery";
import { withMessages } from "../i18n/i18n";
import { hasDraftHint } from "../editor/draftHint";

// The editor loads only when opened (Edit, or edit=1): the first view does not grow.
const Editor = lazy(() => withMessages(import("../editor/Editor")));
// "On return, the app offers to continue": looked for only where drafts were saved before (a
// localStorage hint, src/editor/draftHint.ts), after the readiness mark and an idle moment,
// so a first visit fetches nothing for it.
const DraftOffer = lazy(() =>
  afterReady.then(whenIdle).then(() => withMessages(import("../editor/DraftOffer"))),
);
// The detail panel loads with the first selected event: the first view shows none.
const DetailPanel = lazy(() =>
  withMessages(import("../components/Detail/DetailPanel").then((m) => ({ default: m.DetailPanel }))),
);

export interface AppProps {
  store: TimelineStore;
  /** Load another dataset: a URL, or null for the built-in one. */
  onLoadDataUrl(url: string | null): void;
}

export function App({ store, onLoadDataUrl }: AppProps) {
  return (
    <TimelineStoreProvider store={store}>
      <Shell onLoadDataUrl={onLoadDataUrl} />
    </TimelineStoreProvider>
  );
}

function Shell({ onLoadDataUrl }: { onLoadDataUrl(url: string | null): void }) {
  // Only primitives here: a component holding the dataset keeps the previous one alive in
  // React's stale fiber until it renders again.
  const version = useTimelineStore((s) => s.datasetVersion);
  const hasDataset = useTimelineStore((s) => s.dataset !== null);
  // A new language redraws everything too: chart labels are measured in its script.
  const locale = useLocale();
  // Each new dataset gets a fresh tree: React detaches the old fibers, so the previous
  // dataset (100,000 events can be 100 MB) is freed at once, not kept by a stale fiber, a
  // stale event handler, or a form control the browser remembers for its history.
  const editing = useTimelineStore((s) => s.editing && s.mode === "app");
  const appMode = useTimelineStore((s) => s.mode === "app");
  const t = useT();
  // The editor sits beside the app, outside the keyed tree: a new dataset does not reset it.
  return (
    <div
      className={editing ? "app-frame app-frame--editing" : "app-frame"}
      style={editing ? undefined : { display: "contents" }}
    >
      {editing && (
        <Suspense fallback={<p className="editor-loading">{t("app.loadingEditor")}</p>}>
          <Editor />
        </Suspense>
      )}
      <Body
        key={`${version}:${locale}`}
        version={version}
        hasDataset={hasDataset}
        onLoadDataUrl={onLoadDataUrl}
      />
      {appMode && hasDraftHint() && (
        <Suspense fallback={null}>
          <DraftOffer />
        </Suspense>
      )}
    </div>
  );
}

function Body({
  version,
  hasDataset: dataset,
  onLoadDataUrl,
}: {
  version: number;
  hasDataset: boolean;
  onLoadDataUrl(url: string | null): void;
}) {
  const load = useTimelineStore(selectLoad);
  const view = useTimelineStore(selectView);
  const mode = useTimelineStore(selectMode);
  const root = useRef<HTMLDivElement>(null);
  const t = useT();
  const phone = useMediaQuery(PHONE_QUERY);
  const selected = useTimelineStore((s) => s.selectedId !== null);
  useThemeAttribute();
  useEffect(() => {
    // A replaced dataset remounted the dialog that loaded it: give focus back to its opener.
    if (version > 1 && (document.activeElement === document.body || !document.activeElement))
      root.current?.querySelector<HTMLElement>(".open-dataset__opener")?.focus();
  }, [version]);

  return (
    <div ref={root} className={`app app--${mode}`} data-view={view}>
      <SkipLink view={view} />
      {/* Embed mode: the tabs join the compact header (on their own row when narrow). */}
      <Header onLoadDataUrl={onLoadDataUrl} tabs={mode === "embed" ? <ViewTabs /> : null} />
      {/* The page never scrolls: the view scrolls inside its own region (see app.css). The filters
          follow the view in the tab order (a skip past ~30 checkboxes), shown on the left by CSS. */}
      <div className="app-body">
        <main className="app-main" id="main">
          {mode === "app" && (
            // The classroom actions act on the current view, so they sit on the tabs' row.
            <div className="view-bar">
              <ViewTabs />
              <div className="view-actions">
                <ClassroomActions part={phone ? "bar" : "all"} />
              </div>
            </div>
          )}
          <LoadStatus />
          <SharedMark onBuiltIn={() => onLoadDataUrl(null)} />
          <StoryLayer />
          {dataset && (
            <div
              className="view-panel"
              role="tabpanel"
              id={panelId(view)}
              aria-labelledby={tabId(view)}
              tabIndex={-1}
              data-embed-fill=""
            >
              <ViewSwitch view={view} />
            </div>
          )}
          {dataset && mode === "embed" && <EmbedFooter />}
          {!dataset && load.status === "error" && (
            // The refusal above already says that nothing is shown: only the way back here.
            <div className="view-panel view-panel--empty">
              <button type="button" className="btn" onClick={() => onLoadDataUrl(null)}>
                {t("app.loadBuiltIn")}
              </button>
            </div>
          )}
        </main>
        <FilterPanel />
        {selected && (
          <Suspense fallback={null}>
            <DetailPanel />
          </Suspense>
        )}
      </div>
      <Announcer />
    </div>
  );
}
