import { lazy, Suspense, useEffect, useState, type RefObject } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import type { ExportFile, ExportKind } from "./exportActions";
import { selectFilteredEvents, selectIsBuiltInData, selectView } from "../../store/selectors";
import { requestPrint, requestWorksheet } from "./printRequest";
import "./Export.css";
import { useT } from "../../i18n/useT";
import type { MessageKey } from "../../i18n/i18n";
import { withMessages } from "../../i18n/i18n";
import { ensureDetails } from "../../app/builtInDetails";

// The export code (SVG cloning, CSV writer) and the fallback dialog load on first use.
const ExportFallback = lazy(() => withMessages(import("./ExportFallback")));

const DONE: Record<ExportKind, MessageKey> = {
  svg: "export.done.svg",
  png: "export.done.png",
  csv: "export.done.csv",
  json: "export.done.json",
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
  const t = useT();
  const [error, setError] = useState("");
  const [fallback, setFallback] = useState<ExportFile | null>(null);
  // Every view exports as an image: the timeline as a drawn chart, the others as they look.
  const imageAs = (format: "SVG" | "PNG") => t("export.imageAs", { view, format });

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
    setStatus(t("export.preparing"));
    button.current?.focus();
    try {
      const { runExport } = await import("./exportActions");
      await ensureDetails(store); // the built-in data's summaries and citations, if not in yet
      const r = await runExport(kind, store.getState());
      setStatus(t("export.done", { what: t(DONE[kind]), name: r.file.name }));
      if (r.offerFallback) setFallback(r.file);
    } catch (e) {
      setStatus("");
      setError(t("export.failed", { error: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ul id={id} className="export-menu" hidden={!open} aria-label={t("export.button")}>
        <li>
          <button type="button" className="export-item" onClick={() => void run("svg")}>
            {imageAs("SVG")}
            <span className="export-hint">{t("export.svgHint")}</span>
          </button>
        </li>
        <li>
          <button type="button" className="export-item" onClick={() => void run("png")}>
            {imageAs("PNG")}
            <span className="export-hint">{t("export.pngHint")}</span>
          </button>
        </li>
        <li>
          <button type="button" className="export-item" onClick={() => void run("csv")}>
            {t("export.csv")}
            <span className="export-hint">{t("export.csvHint", { count })}</span>
          </button>
        </li>
        <li>
          <button type="button" className="export-item" onClick={() => void run("json")}>
            {t("export.json")}
            <span className="export-hint">{t("export.jsonHint", { count })}</span>
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
            {t("export.print")}
            <span className="export-hint">{t("export.printHint")}</span>
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
              {t("export.worksheet")}
              <span className="export-hint">{t("export.worksheetHint")}</span>
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
