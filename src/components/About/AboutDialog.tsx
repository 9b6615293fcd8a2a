import { useRef } from "react";
import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset } from "../../store/selectors";
import { Modal } from "../Modal/Modal";
import { useState } from "react";

/** About and sources: what this is and the documents every event cites. */
export function AboutDialog() {
  const ds = useTimelineStore(selectDataset);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="btn" onClick={() => setOpen(true)} aria-haspopup="dialog">
        About &amp; sources
      </button>
      <Modal open={open} onClose={() => setOpen(false)} title="About this timeline" returnFocus={button}>
        <p>
          An interactive timeline of how Japan and China — with South Korea and the ASEAN Plus Three frame —
          have courted Southeast Asia through aid, trade, culture, education, health and disaster relief.
          Every event cites the document, section and page it comes from; amounts keep the currency and unit
          the source prints.
        </p>
        {ds && (
          <>
            <h3>Sources ({ds.sources.length})</h3>
            <ol className="about-sources">
              {ds.sources.map((s) => (
                <li key={s.id}>
                  <cite>{s.title}</cite>
                  {s.author && `, ${s.author}`}
                  {s.publisher && `, ${s.publisher}`}
                  {s.year !== undefined && ` (${s.year})`}
                  {s.note && <p className="about-note">{s.note}</p>}
                </li>
              ))}
            </ol>
            <p>
              {ds.events.length} events, {ds.actors.length} actors, {ds.categories.length} categories.
            </p>
          </>
        )}
        <h3>Keyboard</h3>
        <ul className="about-keys">
          <li>
            <kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd> move between events in the chart;{" "}
            <kbd>Enter</kbd> opens one
          </li>
          <li>
            <kbd>+</kbd> <kbd>−</kbd> zoom, <kbd>0</kbd> shows everything, <kbd>Shift</kbd>+<kbd>←</kbd>/
            <kbd>→</kbd> pans
          </li>
          <li>
            <kbd>Esc</kbd> closes a panel or dialog
          </li>
        </ul>
      </Modal>
    </>
  );
}
