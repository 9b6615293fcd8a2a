import { useRef } from "react";
import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset } from "../../store/selectors";
import { Modal } from "../Modal/Modal";
import { useState } from "react";
import { useT } from "../../i18n/useT";
import { Rich } from "../../i18n/Rich";

/** About and sources: what this is and the documents every event cites. */
export function AboutDialog() {
  const ds = useTimelineStore(selectDataset);
  const [open, setOpen] = useState(false);
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="btn" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t("about.button")}
      </button>
      <Modal open={open} onClose={() => setOpen(false)} title={t("about.title")} returnFocus={button}>
        <p>{t("about.intro")}</p>
        {ds && (
          <>
            <h3>{t("about.sources", { count: ds.sources.length })}</h3>
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
              {t("about.counts", {
                events: ds.events.length,
                actors: ds.actors.length,
                categories: ds.categories.length,
              })}
            </p>
          </>
        )}
        <h3>{t("about.keyboard")}</h3>
        <ul className="about-keys">
          <li>
            <Rich
              id="about.keys.move"
              parts={{
                arrows: (
                  <>
                    <kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd>
                  </>
                ),
                enter: <kbd>Enter</kbd>,
              }}
            />
          </li>
          <li>
            <Rich
              id="about.keys.zoom"
              parts={{
                plusMinus: (
                  <>
                    <kbd>+</kbd> <kbd>−</kbd>
                  </>
                ),
                zero: <kbd>0</kbd>,
                shiftArrows: (
                  <>
                    <kbd>Shift</kbd>+<kbd>←</kbd>/<kbd>→</kbd>
                  </>
                ),
              }}
            />
          </li>
          <li>
            <Rich id="about.keys.esc" parts={{ esc: <kbd>Esc</kbd> }} />
          </li>
        </ul>
      </Modal>
    </>
  );
}
