import type { TimelineStore } from "../../store/createTimelineStore";
import { selectDataset, selectFilteredEventsNoRange } from "../../store/selectors";
import { fitDomain } from "../../chart/fitDomain";
import { paddedExtent } from "../../chart/timeScale";

/**
 * After a filter or a search changes, show its results: zoom to fit them (the chart
 * animates the move unless the reader prefers reduced motion), or back to the whole
 * period when they span nearly all of it. "Whole period" beside the zoom buttons
 * is the way back. Called by the filter panel only, so a story step or a link that
 * sets filters and a range together keeps its range.
 */
export function fitToResults(store: TimelineStore): void {
  const s = store.getState();
  const ds = selectDataset(s);
  if (!ds) return;
  const events = selectFilteredEventsNoRange(s);
  if (!events.length) return;
  s.setDomain(fitDomain(events, paddedExtent(ds.extent)));
}
