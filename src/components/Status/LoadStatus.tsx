import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectLoad } from "../../store/selectors";
import { DataProblemsBanner } from "../Dataset/DataProblemsBanner";

function kb(n: number) {
  return n < 1024 * 1024 ? `${Math.round(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Loading progress, a load error, or the "rows skipped" banner. */
export function LoadStatus() {
  const load = useTimelineStore(selectLoad);
  const problems = useTimelineStore((s) => s.problems);
  const skipped = useTimelineStore((s) => s.skipped);
  const store = useTimelineStoreApi();

  if (load.status === "loading") {
    const pct = load.total ? Math.round((load.loaded / load.total) * 100) : null;
    return (
      <div className="status status--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        <span>
          Loading the dataset
          {load.loaded > 0 ? ` — ${kb(load.loaded)}${pct !== null ? ` (${pct}%)` : ""}` : "…"}
        </span>
        {pct !== null && <progress max={100} value={pct} aria-label="Loading progress" />}
      </div>
    );
  }
  if (load.status === "error") {
    return (
      <div className="status status--error" role="alert">
        <strong>The dataset could not be loaded.</strong> <span>{load.error}</span>
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
