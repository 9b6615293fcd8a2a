import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectLoad } from "../../store/selectors";
import { DataProblemsBanner } from "../Dataset/DataProblemsBanner";
import { cancelLoad } from "../../app/loadData";
import { describeLoad, loadPercent } from "./loadProgress";
import { t as tr } from "../../i18n/i18n";

/** Loading progress (bytes, then rows) with Cancel, a load error, or the "rows skipped" banner. */
export function LoadStatus() {
  const load = useTimelineStore(selectLoad);
  const problems = useTimelineStore((s) => s.problems);
  const skipped = useTimelineStore((s) => s.skipped);
  const store = useTimelineStoreApi();
  // The built-in dataset loads in a blink and has nothing to go back to; custom loads can be stopped.
  const cancellable = useTimelineStore((s) => s.load.phase !== undefined);

  if (load.status === "loading") {
    const pct = loadPercent(load);
    return (
      <div className="status status--loading">
        <span className="spinner" aria-hidden="true" />
        {/* Only the words are a live region: a percentage announced at every step would be noise. */}
        <span role="status">{describeLoad(load)}</span>
        <progress max={100} value={pct ?? undefined} aria-label={tr("loadingProgress")} />
        {cancellable && (
          <button type="button" className="btn" onClick={() => cancelLoad(store)}>
            {tr("cancel")}
          </button>
        )}
      </div>
    );
  }
  if (load.status === "error") {
    return (
      <div className="status status--error" role="alert">
        <strong>{tr("load.failed")}</strong> <span>{load.error}</span>
      </div>
    );
  }
  if (problems.length > 0) {
    return (
      <DataProblemsBanner
        problems={problems}
        skipped={skipped}
        onDismiss={() => store.getState().dismissProblems()}
      />
    );
  }
  return null;
}
