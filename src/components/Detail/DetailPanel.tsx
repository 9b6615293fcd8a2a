import { Suspense, lazy, useEffect, useRef, useState } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectDataset, selectSelectedEvent } from "../../store/selectors";
import { formatDateRange } from "../../data/dates";
import { formatAmount, formatFigure } from "../../data/formatAmount";
import { dateKindOf } from "../../data/dateKind";
import { isHttpUrl } from "../../data/safeUrl";
import { ActorGlyph } from "../Timeline/ActorGlyph";
import { categoryColorVar } from "../Timeline/palette";
import { focusEventElement } from "../Timeline/focusEvent";
import { useT } from "../../i18n/useT";
import { eventText, hasTranslation } from "../../i18n/contentText";
import type { MessageKey } from "../../i18n/i18n";
import { TranslationNote } from "../../i18n/TranslationNote";
import { describeDateKindText } from "../../i18n/dateKindText";
import { withMessages } from "../../i18n/i18n";
// Loaded only for an event that has an image: the first view stays small.
const EventImageView = lazy(() =>
  withMessages(import("./EventImageView").then((m) => ({ default: m.EventImageView }))),
);

/**
 * The selected event: what, when, how much, who, and where the fact comes from.
 * A non-modal panel: Escape or the close button dismisses it and focus returns
 * to the event's mark.
 */
function userHasActed(): boolean {
  const ua = (navigator as { userActivation?: { hasBeenActive: boolean } }).userActivation;
  return ua?.hasBeenActive ?? false;
}

export function DetailPanel() {
  const ev = useTimelineStore(selectSelectedEvent);
  const ds = useTimelineStore(selectDataset);
  const store = useTimelineStoreApi();
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  const lastId = useRef<string | null>(null);
  // Set by a related-event button: its own button is gone by the time the effect runs,
  // so focus is already on <body> and must still move to the new title.
  const focusTitle = useRef(false);
  const t = useT();
  const [showOriginal, setShowOriginal] = useState(false);

  useEffect(() => {
    // Move focus into the panel when the user opened it from inside the app (not on page load).
    // (Not from the editor, though: choosing an event there keeps the keyboard in the editor.)
    const active = document.activeElement;
    // The panel's code loads with the first selected event: by the time it mounts, the mark that
    // was activated may have been redrawn and focus fallen to <body>. If the user has pressed a
    // key or clicked in the page (sticky activation), they opened it; a deep link on load has not.
    const firstOpenByUser = lastId.current === null && active === document.body && userHasActed();
    const fromApp =
      active && (active !== document.body || firstOpenByUser) && !active.closest("[data-editor]");
    // Another event opens at the top of the panel: its date, title and close button in view.
    if (ev && lastId.current !== ev.id && panel.current) panel.current.scrollTop = 0;
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
  const text = (f: "title" | "summary" | "note" | "dateNote") => eventText(ev, f, showOriginal);
  const title = text("title")!;
  const summary = text("summary")!;
  const note = text("note");
  const dateKind = describeDateKindText(ev, text("dateNote")?.text);

  return (
    <aside
      ref={panel}
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
        <button type="button" className="btn btn--icon" aria-label={t("detail.close")} onClick={close}>
          ×
        </button>
      </div>
      <h2 id="detail-title" ref={heading} tabIndex={-1} className="detail-title" lang={title.lang}>
        {title.text}
      </h2>
      {hasTranslation(ev) && (
        <TranslationNote original={showOriginal} onToggle={() => setShowOriginal((o) => !o)} />
      )}
      {dateKind && (
        <p className="detail-datekind" data-date-kind={dateKindOf(ev)}>
          {dateKind}
        </p>
      )}
      <p className="detail-summary" lang={summary.lang}>
        {summary.text}
      </p>
      {ev.image && (
        <Suspense fallback={null}>
          <EventImageView image={ev.image} />
        </Suspense>
      )}
      {ev.amount && (
        <p className="detail-amount">
          <span className="detail-amount-value">{formatAmount(ev.amount)}</span>{" "}
          <span className="detail-amount-kind">{t(`amountKind.${ev.amount.kind}` as MessageKey)}</span>
          {ev.amount.text && (
            <span className="detail-printed">
              {" — "}
              {t("detail.printedAs", { text: ev.amount.text })}
            </span>
          )}
        </p>
      )}
      {ev.figures && ev.figures.length > 0 && (
        <ul className="detail-figures">
          {ev.figures.map((f, i) => (
            <li key={i}>
              {figureParts(f)}
              {f.year !== undefined && ` (${f.year})`}
            </li>
          ))}
        </ul>
      )}
      <dl className="detail-meta">
        <dt>{t("actors")}</dt>
        <dd>
          <ul className="inline-list">
            {ev.actors.map((a) => (
              <li key={a}>
                <ActorGlyph actorId={a} size={12} /> {ds.actorById.get(a)?.name ?? a}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t("category")}</dt>
        <dd>
          <span
            className="swatch"
            style={{ background: categoryColorVar(ds, ev.category) }}
            aria-hidden="true"
          />{" "}
          {category?.name ?? ev.category}
        </dd>
      </dl>
      {note && (
        <p className="detail-note">
          <strong>{t("detail.note")}</strong> <span lang={note.lang}>{note.text}</span>
        </p>
      )}
      <h3 className="detail-sub">{t("sources")}</h3>
      <ol className="detail-sources">
        {ev.sources.map((s, i) => {
          const src = ds.sourceById.get(s.source);
          const link = s.url ?? src?.url;
          return (
            <li key={i}>
              <cite>{src?.title ?? s.source}</cite>
              {src?.year !== undefined && ` (${src.year})`}
              {s.section && t("detail.section", { section: s.section })}
              {s.page !== undefined && t("detail.page", { page: String(s.page) })}
              {link && isHttpUrl(link) && (
                <>
                  {" "}
                  <a href={link} target="_blank" rel="noopener noreferrer">
                    {t("detail.link")}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {related.length > 0 && (
        <>
          <h3 className="detail-sub">{t("detail.related")}</h3>
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

/**
 * A figure as "11 rounds Rounds of negotiation" would double a word: when the label
 * already names the unit, it reads "Rounds of negotiation: 11".
 */
function figureParts(f: Parameters<typeof formatFigure>[0]) {
  const unit = f.unit.toLowerCase();
  const first = (f.label.split(/\s/)[0] ?? "").toLowerCase();
  const named = unit !== "percent" && (first === unit || first === `${unit}s` || `${first}s` === unit);
  if (!named) {
    return (
      <>
        <span className="detail-figure-value">{formatFigure(f)}</span> {f.label}
      </>
    );
  }
  return (
    <>
      {f.label}: <span className="detail-figure-value">{formatFigure({ ...f, unit: "" }).trim()}</span>
    </>
  );
}
