import { useEffect, useRef, useState } from "react";
import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset, selectFilteredEvents, selectHasActiveFilters } from "../../store/selectors";
import { t as tr } from "../../i18n/i18n";

/**
 * A polite live region: tells screen-reader users what a filter did ("12 of 74
 * events shown"), after the typing settles so it does not chatter.
 */
export function Announcer() {
  const dataset = useTimelineStore(selectDataset);
  const filtered = useTimelineStore(selectFilteredEvents);
  const active = useTimelineStore(selectHasActiveFilters);
  const [text, setText] = useState("");
  const first = useRef(true);

  useEffect(() => {
    if (!dataset) return;
    if (first.current) {
      first.current = false;
      return;
    }
    const t = setTimeout(() => {
      const n = filtered.length;
      setText(
        n === 0
          ? tr("noMatch")
          : tr(active ? "announce.shownFiltered" : "announce.shown", {
              count: n,
              total: dataset.events.length,
            }),
      );
    }, 400);
    return () => clearTimeout(t);
  }, [dataset, filtered, active]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {text}
    </div>
  );
}
