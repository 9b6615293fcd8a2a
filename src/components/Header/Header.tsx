import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectDataset, selectFilteredEvents, selectLoad, selectMode } from "../../store/selectors";
import { AboutDialog } from "../About/AboutDialog";
import { ThemeSwitcher } from "./ThemeSwitcher";
import { OpenDatasetDialog } from "../Dataset/OpenDatasetDialog";
import { DropOverlay } from "../Dataset/DropOverlay";
import { useFileDrop } from "../../hooks/useFileDrop";
import { cancelLoad, loadFromFile } from "../../app/loadData";
import { EmbedAction } from "./EmbedAction";
import { OpenFullLink } from "../Embed/OpenFullLink";
import type { ReactNode } from "react";
import { useT } from "../../i18n/useT";
import { LanguageMenu } from "./LanguageMenu";

/**
 * Title, one-line description, and the app-wide actions. In embed mode: a
 * compact bar with the title, the view tabs (`tabs`), Filters and a link to
 * the full timeline.
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
  const isCustom = Boolean(dataUrl || fileName);
  const dragging = useFileDrop((f) => void loadFromFile(store, f), mode === "app");

  const title = isCustom && ds ? ds.title : t("app.title");
  const tagline =
    isCustom && ds ? (ds.description ?? t("count.events", { count: ds.events.length })) : t("app.tagline");

  return (
    <header className="app-header">
      <div className="brand">
        <h1 className="brand-title">{title}</h1>
        {mode === "app" && <p className="brand-tagline">{tagline}</p>}
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
        {mode === "app" && (
          <OpenDatasetDialog
            isCustom={isCustom}
            loading={
              load.status === "loading" ? { loaded: load.loaded, total: load.total, phase: load.phase } : null
            }
            error={load.status === "error" ? load.error : null}
            onFile={(f) => void loadFromFile(store, f)}
            onUrl={(u) => onLoadDataUrl(u)}
            onBuiltIn={() => onLoadDataUrl(null)}
            onCancel={() => cancelLoad(store)}
          />
        )}
        <EmbedAction />
        {mode === "app" && <ThemeSwitcher />}
        {mode === "app" && <LanguageMenu />}
        {mode === "app" && <AboutDialog />}
        {mode === "embed" && <OpenFullLink />}
      </div>
      <DropOverlay active={dragging} />
    </header>
  );
}
