import { lazy, Suspense } from "react";
import type { View } from "../url/urlState";
import { Timeline } from "../components/Timeline/Timeline";

// The first view (Timeline) is eager; the others load on demand to keep the first paint small.
const TableView = lazy(() => import("../components/Table/TableView").then((m) => ({ default: m.TableView })));
const CompareView = lazy(() => import("../components/Compare/CompareView").then((m) => ({ default: m.CompareView })));
const FiguresView = lazy(() => import("../components/Figures/FiguresView").then((m) => ({ default: m.FiguresView })));

function ViewLoading() {
  return (
    <div className="status view-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      Loading the view…
    </div>
  );
}

/** The active view. Each view reads the same filtered selection from the store. */
export function ViewSwitch({ view }: { view: View }) {
  switch (view) {
    case "table":
      return (
        <Suspense fallback={<ViewLoading />}>
          <TableView />
        </Suspense>
      );
    case "compare":
      return (
        <Suspense fallback={<ViewLoading />}>
          <CompareView />
        </Suspense>
      );
    case "figures":
      return (
        <Suspense fallback={<ViewLoading />}>
          <FiguresView />
        </Suspense>
      );
    case "timeline":
    default:
      return <Timeline />;
  }
}
