import { useEffect, type ReactNode } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectDataset, selectFilteredEvents, selectLoad, selectMode } from "../../store/selectors";
import { AboutDialog } from "../About/AboutDialog";
import { ThemeChoices, ThemeMenu } from "./ThemeMenu";
import { OpenDatasetDialog } from "../Dataset/OpenDatasetDialog";
import { DropOverlay } from "../Dataset/DropOverlay";
import { useFileDrop } from "../../hooks/useFileDrop";
import { PHONE_QUERY, useMediaQuery } from "../../hooks/useMediaQuery";
import { cancelLoad, loadFromFile } from "../../app/loadData";
import { EmbedAction } from "./EmbedAction";
import { OpenFullLink } from "../Embed/OpenFullLink";
import { MoreMenu } from "./MoreMenu";
import { ClassroomActions } from "./ClassroomActions";
import { APP_ACTIONS } from "./appActions";
import { datasetFacts, documentTitle } from "./datasetFacts";
import { useT } from "../../i18n/useT";

/**
 * The loaded dataset's own title and description, the years its events cover,
 * and the app-wide actions. On phones the header keeps Filters and "More ▾";
 * everything else is a row of More. In embed mode: a compact bar with the
 * title, the view tabs (`tabs`), Filters and a link to the full timeline.
 */
export function Header({
  onLoadDataUrl,
  tabs,
}: {
  onLoadDataUrl(url: string | null): void;
  tabs?: ReactNode;
}) {
  const ds = useTimelineStore(selectDataset);
  const mode = useTimelineStore(selectMode);
  const load = useTimelineStore(selectLoad);
  const dataUrl = useTimelineStore((s) => s.dataUrl);
  const fileName = useTimelineStore((s) => s.dataFileName);
  const filtersOpen = useTimelineStore((s) => s.filtersOpen);
  const filtered = useTimelineStore(selectFilteredEvents);
  const store = useTimelineStoreApi();
  const t = useT();
  const phone = useMediaQuery(PHONE_QUERY);
  const shared = useTimelineStore((s) => s.dataShared);
  const isCustom = Boolean(dataUrl || fileName || shared);
  const dragging = useFileDrop((f) => void loadFromFile(store, f), mode === "app");

  // Everything said about the data comes from the dataset in the store: a refused file never got there.
  const title = ds?.title ?? t("app.title");
  useEffect(() => {
    if (mode === "app") document.title = documentTitle(ds);
  }, [ds, mode]);

  const openDataset = mode === "app" && (
    <OpenDatasetDialog
      isCustom={isCustom}
      loading={
        load.status === "loading" ? { loaded: load.loaded, total: load.total, phase: load.phase } : null
      }
      error={load.status === "error" ? load.error : null}
      errorRef={load.status === "error" ? load.errorRef : undefined}
      onFile={(f) => void loadFromFile(store, f)}
      onUrl={(u) => onLoadDataUrl(u)}
      onBuiltIn={() => onLoadDataUrl(null)}
      onCancel={() => cancelLoad(store)}
    />
  );
  const extras = APP_ACTIONS.map(({ id, Component }) => <Component key={id} inMenu={phone} />);

  return (
    <header className="app-header">
      <div className="brand">
        <h1 className="brand-title">{title}</h1>
        {mode === "app" && ds && (
          <p className="brand-tagline">
            <span className="brand-facts">{datasetFacts(ds)}</span>
            {ds.description && (
              <>
                <span aria-hidden="true"> · </span>
                <span className="brand-desc">{ds.description}</span>
              </>
            )}
          </p>
        )}
      </div>
      {tabs}
      <div className="actions">
        <button
          type="button"
          className="btn filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="filters"
          onClick={() => store.getState().setFiltersOpen(!filtersOpen)}
        >
          {t("filters.title")} <span className="badge">{filtered.length}</span>
        </button>
        {mode === "app" && !phone && (
          <>
            {openDataset}
            <EmbedAction />
            {extras}
            <ThemeMenu />
            <AboutDialog />
          </>
        )}
        {mode === "app" && phone && (
          <MoreMenu>
            {openDataset}
            <EmbedAction />
            {extras}
            <ClassroomActions part="menu" />
            <AboutDialog />
            <ThemeChoices />
          </MoreMenu>
        )}
        {mode === "embed" && <OpenFullLink />}
      </div>
      <DropOverlay active={dragging} />
    </header>
  );
}
