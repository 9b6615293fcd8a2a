import { useRef, useState } from "react";
import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset, selectIsBuiltInData } from "../../store/selectors";
import { Modal } from "../Modal/Modal";
import { datasetFacts } from "../Header/datasetFacts";
import { BUILT_IN_METHOD, BUILT_IN_SOURCE_ABOUT } from "./builtInAbout";

const isHttp = (u: string | undefined): u is string => !!u && /^https?:\/\//i.test(u);

/**
 * About, for readers: the loaded dataset's own title and description, the documents
 * its events come from (what they are, who wrote them) and, for the built-in data,
 * how the events were chosen. Notes meant for the dataset's editors are left out.
 */
export function AboutDialog() {
  const ds = useTimelineStore(selectDataset);
  const builtIn = useTimelineStore(selectIsBuiltInData);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="btn" onClick={() => setOpen(true)} aria-haspopup="dialog">
        About &amp; sources
      </button>
      <Modal open={open} onClose={() => setOpen(false)} title="About this timeline" returnFocus={button}>
        {ds ? (
          <>
            <p className="about-title">
              <strong>{ds.title}</strong>
              <span className="about-facts">
                {" "}
                — {datasetFacts(ds)}, from {ds.sources.length}{" "}
                {ds.sources.length === 1 ? "document" : "documents"}.
              </span>
            </p>
            {ds.description && <p>{ds.description}</p>}
            <h3>{ds.sources.length === 1 ? "The document" : "The documents"}</h3>
            <ol className="about-sources">
              {ds.sources.map((s) => {
                const about = builtIn ? BUILT_IN_SOURCE_ABOUT[s.id] : undefined;
                const by = [s.author, s.publisher].filter(Boolean).join(", ");
                return (
                  <li key={s.id}>
                    {isHttp(s.url) ? (
                      <a href={s.url} target="_blank" rel="noopener noreferrer">
                        <cite>{s.title}</cite>
                      </a>
                    ) : (
                      <cite>{s.title}</cite>
                    )}
                    {by && `, ${by}`}
                    {s.year !== undefined && ` (${s.year})`}
                    {about && <p className="about-note">{about}</p>}
                  </li>
                );
              })}
            </ol>
            {builtIn && (
              <>
                <h3>How the events were chosen</h3>
                <ul className="about-method">
                  {BUILT_IN_METHOD.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
            <p className="about-note">
              Open any event for its source, section and page; the Table lists every event with its citation.
            </p>
          </>
        ) : (
          <p>No dataset is loaded.</p>
        )}
        <h3>Keyboard</h3>
        <ul className="about-keys">
          <li>
            <kbd>Tab</kbd> from the top of the page first offers “Skip to the chart”
          </li>
          <li>
            <kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd> move between events in the chart;{" "}
            <kbd>Enter</kbd> opens one
          </li>
          <li>
            <kbd>+</kbd> <kbd>−</kbd> zoom, <kbd>0</kbd> shows everything, <kbd>Shift</kbd>+<kbd>←</kbd>/
            <kbd>→</kbd> pans
          </li>
          <li>
            In the story: <kbd>→</kbd>, <kbd>Space</kbd> or <kbd>PageDown</kbd> next; <kbd>←</kbd> or{" "}
            <kbd>PageUp</kbd> back; <kbd>F</kbd> presents full screen
          </li>
          <li>
            <kbd>Esc</kbd> closes a panel or dialog
          </li>
        </ul>
      </Modal>
    </>
  );
}
