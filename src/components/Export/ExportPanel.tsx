import { lazy, Suspense, useEffect, useState, type RefObject } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import type { ExportFile, ExportKind } from "./exportActions";
import { selectFilteredEvents, selectIsBuiltInData, selectView } from "../../store/selectors";
import { requestPrint, requestWorksheet } from "./printRequest";
import type { View } from "../../url/urlState";
import "./Export.css";

// The export code (SVG cloning, CSV writer) and the fallback dialog load on first use.
const ExportFallback = lazy(() => import("./ExportFallback"));

/** What the image of each view is called in the menu. */
const IMAGE_NAME: Record<View, string> = {
  timeline: "Chart",
  compare: "Comparison",
  table: "Table",
  figures: "Figures",
};

const DONE: Record<ExportKind, string> = {
  svg: "image (SVG)",
  png: "image (PNG)",
  csv: "events (CSV)",
  json: "events (JSON)",
};

/**
 * The Export menu's items and what they do: the view as an SVG or PNG image, the filtered
 * events as CSV or JSON, a printed handout. Loaded on the first open of the menu.
 */
export default function ExportPanel({
  id,
  open,
  onClose,
  button,
  wrap,
}: {
  id: string;
  open: boolean;
  onClose(): void;
  button: RefObject<HTMLButtonElement | null>;
  wrap: RefObject<HTMLDivElement | null>;
}) {
  const store = useTimelineStoreApi();
  const view = useTimelineStore(selectView);
  const count = useTimelineStore(selectFilteredEvents).length;
  const builtIn = useTimelineStore(selectIsBuiltInData);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [fallback, setFallback] = useState<ExportFile | null>(null);
  // Every view exports as an image: the timeline as a drawn chart, the others as they look.
  const what = IMAGE_NAME[view];

  useEffect(() => {
    if (open) setError("");
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!wrap.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open, onClose, wrap]);

  const run = async (kind: ExportKind) => {
    if (busy) return;
    onClose();
    setBusy(true);
    setError("");
    setStatus("Preparing the export…");
    button.current?.focus();
    try {
      const { runExport } = await import("./exportActions");
      const r = await runExport(kind, store.getState());
      setStatus(`Exported the ${DONE[kind]}: ${r.file.name}`);
      if (r.offerFallback) setFallback(r.file);
    } catch (e) {
      setStatus("");
      setError(`Export failed: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ul id={id} className="export-menu" hidden={!open} aria-label="Export">
        <li>
          <button type="button" className="export-item" onClick={() => void run("svg")}>
            {what} as SVG
            <span className="export-hint">vector, for print and editing</span>
          </button>
        </li>
        <li>
          <button type="button" className="export-item" onClick={() => void run("png")}>
            {what} as PNG
            <span className="export-hint">2× resolution, for slides</span>
          </button>
        </li>
        <li>
          <button type="button" className="export-item" onClick={() => void run("csv")}>
            Events as CSV
            <span className="export-hint">{count} filtered events, for spreadsheets</span>
          </button>
        </li>
        <li>
          <button type="button" className="export-item" onClick={() => void run("json")}>
            Events as JSON
            <span className="export-hint">{count} events, loads back into this app</span>
          </button>
        </li>
        <li>
          <button
            type="button"
            className="export-item"
            onClick={() => {
              onClose();
              requestPrint();
            }}
          >
            Print handout…
            <span className="export-hint">chart and event list</span>
          </button>
        </li>
        {builtIn && (
          <li>
            <button
              type="button"
              className="export-item"
              onClick={() => {
                onClose();
                requestWorksheet();
              }}
            >
              Print worksheet…
              <span className="export-hint">the story without dates, and an answer key</span>
            </button>
          </li>
        )}
      </ul>
      <span className="visually-hidden" role="status">
        {status}
      </span>
      {error && (
        <span className="export-error" role="alert">
          {error}
        </span>
      )}
      {fallback && (
        <Suspense fallback={null}>
          <ExportFallback file={fallback} onClose={() => setFallback(null)} returnFocus={button} />
        </Suspense>
      )}
    </>
  );
}
