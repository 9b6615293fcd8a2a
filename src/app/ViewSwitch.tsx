import { useT } from "../i18n/useT";
import { lazy, Suspense, useEffect, type ReactNode } from "react";
import { markReady } from "./ready";
import type { View } from "../url/urlState";
import { Timeline } from "../components/Timeline/Timeline";
import { withMessages } from "../i18n/i18n";

// The first view (Timeline) is eager; the others load on demand to keep the first paint small.
const TableView = lazy(() =>
  withMessages(import("../components/Table/TableView").then((m) => ({ default: m.TableView }))),
);
const CompareView = lazy(() =>
  withMessages(import("../components/Compare/CompareView").then((m) => ({ default: m.CompareView }))),
);
const FiguresView = lazy(() =>
  withMessages(import("../components/Figures/FiguresView").then((m) => ({ default: m.FiguresView }))),
);

function ViewLoading() {
  const t = useT();
  return (
    <div className="status view-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t("app.loadingView")}
    </div>
  );
}

/**
 * Sets the readiness mark once the view itself has rendered: inside the Suspense
 * boundary, so a lazily loaded view counts as ready only when it is on screen.
 */
function MarkReady() {
  useEffect(() => markReady(), []);
  return null;
}

function Lazy({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<ViewLoading />}>
      {children}
      <MarkReady />
    </Suspense>
  );
}

/** The active view. Each view reads the same filtered selection from the store. */
export function ViewSwitch({ view }: { view: View }) {
  switch (view) {
    case "table":
      return (
        <Lazy>
          <TableView />
        </Lazy>
      );
    case "compare":
      return (
        <Lazy>
          <CompareView />
        </Lazy>
      );
    case "figures":
      return (
        <Lazy>
          <FiguresView />
        </Lazy>
      );
    case "timeline":
    default:
      return (
        <>
          <Timeline />
          <MarkReady />
        </>
      );
  }
}
