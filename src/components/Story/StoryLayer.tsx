import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectDataset, selectPresenting, selectStoryStep } from "../../store/selectors";
import { PRINT_EVENT, WORKSHEET_EVENT } from "../Export/printRequest";
import { usePrintReady } from "../Export/usePrintReady";
import { t as tr, withMessages } from "../../i18n/i18n";
import { ensureDetails } from "../../app/builtInDetails";

// The story UI and data, the presentation chrome and the handout list load only when used.
const StoryPanel = lazy(() => withMessages(import("./StoryPanel")));
const PresentationBar = lazy(() => withMessages(import("./PresentationBar")));
const PrintSheet = lazy(() => withMessages(import("../Export/PrintSheet")));
const WorksheetSheet = lazy(() => withMessages(import("./WorksheetSheet")));

/**
 * Past this many events the handout's list is not prepared on the first use of the page: it is one list item
 * per event (a hidden DOM of hundreds of thousands of nodes at 100,000 events, re-rendered on
 * every filter change; 4.5 s of the main thread in a profile of the views at 20,000 events).
 * Print handout and Ctrl/⌘+P still build it on request; only the browser's own menu prints
 * such a dataset without the list.
 */
const PRINT_PREMOUNT_MAX = 5_000;

/**
 * Rendered above the view panel: the story band when a story is on, the
 * presentation exit while presenting, and the print handout's event list once
 * printing was asked for (Export ▸ Print handout, or Ctrl/⌘+P).
 */
export function StoryLayer() {
  const step = useTimelineStore(selectStoryStep);
  const ds = useTimelineStore(selectDataset);
  const presenting = useTimelineStore(selectPresenting);
  const store = useTimelineStoreApi();
  const [print, setPrint] = useState(0);
  // The handout's list is prepared on the first use of the page, so the browser's own Print has it.
  const printReady = usePrintReady();
  const [worksheet, setWorksheet] = useState(0);
  const [worksheetNote, setWorksheetNote] = useState("");
  const onWorksheetDone = useCallback((msg: string) => setWorksheetNote(msg), []);

  useEffect(() => {
    // The built-in data's summaries and citations first: a sheet never prints without them.
    const ask = () =>
      void ensureDetails(store)
        .catch(() => undefined)
        .then(() => {
          setWorksheetNote("");
          setWorksheet((n) => n + 1);
        });
    window.addEventListener(WORKSHEET_EVENT, ask);
    return () => window.removeEventListener(WORKSHEET_EVENT, ask);
  }, [store]);

  // Leaving the story by any route (Back, a link) clears its highlight.
  useEffect(() => {
    if (step === null && store.getState().highlight) store.getState().setHighlight(null);
  }, [step, store]);

  useEffect(() => {
    const ask = () =>
      void ensureDetails(store)
        .catch(() => undefined)
        .then(() => setPrint((n) => n + 1));
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === "p" || e.key === "P")) {
        e.preventDefault();
        ask();
      }
    };
    window.addEventListener(PRINT_EVENT, ask);
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener(PRINT_EVENT, ask);
      window.removeEventListener("keydown", onKey);
    };
  }, [store]);

  return (
    <>
      {presenting && (
        <Suspense fallback={null}>
          <PresentationBar />
        </Suspense>
      )}
      {step !== null && ds && (
        <Suspense
          fallback={
            <div className="story story--loading" role="status">
              {tr("story.loading")}
            </div>
          }
        >
          <StoryPanel />
        </Suspense>
      )}
      {(print > 0 || (printReady && ds && ds.events.length <= PRINT_PREMOUNT_MAX)) && ds && (
        <Suspense fallback={null}>
          <PrintSheet printRequest={print} />
        </Suspense>
      )}
      {worksheet > 0 && ds && (
        <Suspense fallback={null}>
          <WorksheetSheet request={worksheet} onDone={onWorksheetDone} />
        </Suspense>
      )}
      {worksheet > 0 && (
        <p className="visually-hidden" role="status">
          {worksheetNote}
        </p>
      )}
    </>
  );
}
