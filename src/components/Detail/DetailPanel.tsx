import { Suspense, lazy, useEffect, useRef } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectDataset, selectSelectedEvent } from "../../store/selectors";
import { formatDateRange } from "../../data/dates";
import { formatAmount, formatFigure } from "../../data/formatAmount";
import { dateKindOf, describeDateKind } from "../../data/dateKind";
import { isHttpUrl } from "../../data/safeUrl";
import { ActorGlyph } from "../Timeline/ActorGlyph";
import { categoryColorVar } from "../Timeline/palette";
import { focusEventElement } from "../Timeline/focusEvent";
// Loaded only for an event that has an image: the first view stays small.
const EventImageView = lazy(() => import("./EventImageView").then((m) => ({ default: m.EventImageView })));

/**
 * The selected event: what, when, how much, who, and where the fact comes from.
 * A non-modal panel: Escape or the close button dismisses it and focus returns
 * to the event's mark.
 */
export function DetailPanel() {
  const ev = useTimelineStore(selectSelectedEvent);
  const ds = useTimelineStore(selectDataset);
  const store = useTimelineStoreApi();
  const heading = useRef<HTMLHeadingElement>(null);
  const lastId = useRef<string | null>(null);
  // Set by a related-event button: its own button is gone by the time the effect runs,
  // so focus is already on <body> and must still move to the new title.
  const focusTitle = useRef(false);

  useEffect(() => {
    // Move focus into the panel when the user opened it from inside the app (not on page load).
    // (Not from the editor, though: choosing an event there keeps the keyboard in the editor.)
    const fromApp =
      document.activeElement &&
      document.activeElement !== document.body &&
      !document.activeElement.closest("[data-editor]");
    if (ev && lastId.current !== ev.id && (fromApp || focusTitle.current)) {
      heading.current?.focus({ preventScroll: true });
    }
    focusTitle.current = false;
    lastId.current = ev?.id ?? null;
  }, [ev]);

  if (!ev || !ds) return null;
  const close = () => {
    const id = ev.id;
    store.getState().select(null);
    requestAnimationFrame(() => focusEventElement(id));
  };
  const category = ds.categoryById.get(ev.category);
  const related = (ev.related ?? []).map((id) => ds.eventById.get(id)).filter((e) => e !== undefined);
  const dateKind = describeDateKind(ev);

  return (
    <aside
      className="detail"
      aria-labelledby="detail-title"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          close();
        }
      }}
    >
      <div className="detail-head">
        <p className="detail-date">{formatDateRange(ev.date, ev.end)}</p>
        <button type="button" className="btn btn--icon" aria-label="Close details" onClick={close}>
          ×
        </button>
      </div>
      <h2 id="detail-title" ref={heading} tabIndex={-1} className="detail-title">
        {ev.title}
      </h2>
      {dateKind && (
        <p className="detail-datekind" data-date-kind={dateKindOf(ev)}>
          {dateKind}
        </p>
      )}
      <p className="detail-summary">{ev.summary}</p>
      {ev.image && (
        <Suspense fallback={null}>
          <EventImageView image={ev.image} />
        </Suspense>
      )}
      {ev.amount && (
        <p className="detail-amount">
          <span className="detail-amount-value">{formatAmount(ev.amount)}</span>{" "}
          <span className="detail-amount-kind">{ev.amount.kind}</span>
          {ev.amount.text && <span className="detail-printed"> — printed as “{ev.amount.text}”</span>}
        </p>
      )}
      {ev.figures && ev.figures.length > 0 && (
        <ul className="detail-figures">
          {ev.figures.map((f, i) => (
            <li key={i}>
              <span className="detail-figure-value">{formatFigure(f)}</span> {f.label}
              {f.year !== undefined && ` (${f.year})`}
            </li>
          ))}
        </ul>
      )}
      <dl className="detail-meta">
        <dt>Actors</dt>
        <dd>
          <ul className="inline-list">
            {ev.actors.map((a) => (
              <li key={a}>
                <ActorGlyph actorId={a} size={12} /> {ds.actorById.get(a)?.name ?? a}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Category</dt>
        <dd>
          <span
            className="swatch"
            style={{ background: categoryColorVar(ds, ev.category) }}
            aria-hidden="true"
          />{" "}
          {category?.name ?? ev.category}
        </dd>
      </dl>
      {ev.note && (
        <p className="detail-note">
          <strong>Note:</strong> {ev.note}
        </p>
      )}
      <h3 className="detail-sub">Sources</h3>
      <ol className="detail-sources">
        {ev.sources.map((s, i) => {
          const src = ds.sourceById.get(s.source);
          const link = s.url ?? src?.url;
          return (
            <li key={i}>
              <cite>{src?.title ?? s.source}</cite>
              {src?.year !== undefined && ` (${src.year})`}
              {s.section && <>, section “{s.section}”</>}
              {s.page !== undefined && <>, p. {s.page}</>}
              {link && isHttpUrl(link) && (
                <>
                  {" "}
                  <a href={link} target="_blank" rel="noopener noreferrer">
                    link
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {related.length > 0 && (
        <>
          <h3 className="detail-sub">Related events</h3>
          <ul className="detail-related">
            {related.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className="btn btn--link"
                  onClick={() => {
                    focusTitle.current = true;
                    store.getState().select(r.id);
                  }}
                >
                  {formatDateRange(r.date, r.end)} — {r.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
