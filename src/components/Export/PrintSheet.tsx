import { useDeferredValue, useEffect } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectDataset, selectFilteredEvents, selectHighlight } from "../../store/selectors";
import { formatDateRange } from "../../data/dates";
import { formatAmount } from "../../data/formatAmount";
import { CHART_SELECTOR } from "./chartSelector";
import { accessDate, describeView, viewLine } from "./viewSummary";
import "./PrintSheet.css";
import { useT } from "../../i18n/useT";
import { describeDateKindText } from "../../i18n/dateKindText";
import { EventImageView } from "../Detail/EventImageView";

/** Give the live chart a viewBox while printing, so print CSS can scale it to the page width. */
function fitChartForPrint(on: boolean): void {
  const svg = document.querySelector<SVGSVGElement>(CHART_SELECTOR);
  if (!svg) return;
  if (on) {
    const w = svg.getAttribute("width");
    const h = svg.getAttribute("height");
    if (w && h) {
      svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
      svg.setAttribute("preserveAspectRatio", "xMinYMin meet");
    }
  } else {
    svg.removeAttribute("viewBox");
    svg.removeAttribute("preserveAspectRatio");
  }
}

/**
 * The handout's list of events: rendered hidden on screen, shown by print.css
 * after the chart. Reads the same filtered selection as every view. Loaded when
 * printing is asked for; it stays mounted afterwards, so later prints from the
 * browser's own menu have it too.
 */
export default function PrintSheet({ printRequest }: { printRequest: number }) {
  const store = useTimelineStoreApi();
  const ds = useTimelineStore(selectDataset);
  const events = useDeferredValue(useTimelineStore(selectFilteredEvents));
  const highlight = useTimelineStore(selectHighlight);
  const t = useT();

  useEffect(() => {
    const before = () => fitChartForPrint(true);
    const after = () => fitChartForPrint(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);

  // Each request opens the print dialog once the list is on the page.
  useEffect(() => {
    if (printRequest <= 0) return;
    const timer = setTimeout(() => {
      try {
        window.print();
      } catch {
        // Printing is refused here (a sandboxed frame); the page itself still prints from the browser's menu.
      }
    }, 50);
    return () => clearTimeout(timer);
  }, [printRequest]);

  if (!ds) return null;
  const view = describeView(store.getState(), events);
  const url = window.location.href;
  const sourceTitle = (id: string) => ds.sourceById.get(id)?.title ?? id;

  return (
    <section className="print-sheet" aria-label={t("print.label")}>
      <h2>{t("print.heading", { count: events.length })}</h2>
      <p className="print-meta">
        {t(url ? "print.metaFrom" : "print.meta", { view: viewLine(view), date: accessDate(), url })}
        {highlight ? ` ${t("print.star")}` : ""}
      </p>
      <ol className="print-events">
        {events.map((e) => (
          <li key={e.id} className={highlight?.has(e.id) ? "print-highlight" : undefined}>
            <span className="print-date">{formatDateRange(e.date, e.end)}</span>
            <span
              className="print-title"
              lang={e.translated?.original.title !== undefined ? e.translated.lang : "en"}
            >
              {e.title}
            </span>
            <span className="print-sub">
              {e.actors.map((a) => ds.actorById.get(a)?.name ?? a).join(t("list.separator"))} ·{" "}
              {ds.categoryById.get(e.category)?.name ?? e.category}
              {e.amount ? ` · ${formatAmount(e.amount)}` : ""}
            </span>
            <p
              className="print-summary"
              lang={e.translated?.original.summary !== undefined ? e.translated.lang : "en"}
            >
              {e.summary}
            </p>
            {e.image && <EventImageView image={e.image} className="event-image event-image--print" eager />}
            {/* A handout must not present a placed date as printed. */}
            {describeDateKindText(e) && (
              <p className="print-sources print-datekind">{describeDateKindText(e)}</p>
            )}
            <p className="print-sources">
              {t("print.sourcesLabel", {
                count: e.sources.length,
                list: e.sources
                  .map(
                    (s) =>
                      `${sourceTitle(s.source)}${s.section ? t("detail.section", { section: s.section }) : ""}${s.page !== undefined ? t("detail.page", { page: String(s.page) }) : ""}`,
                  )
                  .join("; "),
              })}
            </p>
          </li>
        ))}
      </ol>
      <p className="print-meta">
        {t("print.allSources", {
          list: ds.sources.map((s) => `${s.title}${s.year ? ` (${s.year})` : ""}`).join("; "),
        })}
      </p>
    </section>
  );
}
