import { Suspense, lazy } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectLoad } from "../../store/selectors";
import { cancelLoad } from "../../app/loadData";
import { describeLoad, loadPercent } from "./loadProgress";
import { t as tr, withMessages } from "../../i18n/i18n";
import { useT } from "../../i18n/useT";

// A refusal's headline and problem list load with the refusal: the first view has none.
const DataRefusal = lazy(() =>
  withMessages(import("../Dataset/ProblemList").then((m) => ({ default: m.DataRefusal }))),
);
// Only a dataset with problems shows the banner (never the built-in one): it loads then.
const DataProblemsBanner = lazy(() =>
  withMessages(import("../Dataset/DataProblemsBanner").then((m) => ({ default: m.DataProblemsBanner }))),
);

/** Loading progress (bytes, then rows) with Cancel, a load error, or the "rows skipped" banner. */
export function LoadStatus() {
  const load = useTimelineStore(selectLoad);
  const problems = useTimelineStore((s) => s.problems);
  const skipped = useTimelineStore((s) => s.skipped);
  const store = useTimelineStoreApi();
  useT(); // a stored error reference is worded anew when the language (or a part of it) changes
  // The built-in dataset loads in a blink and has nothing to go back to; custom loads can be stopped.
  const cancellable = useTimelineStore((s) => s.load.phase !== undefined);
  // After a refusal nothing of the refused file is shown: say what the page shows instead
  // (said here once; the empty view under it only offers the built-in dataset).
  const showing = useTimelineStore((s) =>
    s.dataset
      ? s.dataUrl === null && s.dataFileName === null
        ? tr("load.stillBuiltIn")
        : tr("load.stillBefore", { title: s.dataset.title })
      : tr("load.nothingShown"),
  );

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
      <div className="status status--error">
        <Suspense fallback={null}>
          <DataRefusal
            error={load.error ?? tr("load.unknown")}
            errorRef={load.errorRef}
            problems={load.problems}
            showing={showing}
          />
        </Suspense>
      </div>
    );
  }
  if (problems.length > 0) {
    return (
      <Suspense fallback={null}>
        <DataProblemsBanner
          problems={problems}
          skipped={skipped}
          onDismiss={() => store.getState().dismissProblems()}
        />
      </Suspense>
    );
  }
  return null;
}
