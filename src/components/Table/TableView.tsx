import { useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import {
  selectDataset,
  selectFilteredEvents,
  selectQuery,
  selectSelectedId,
  selectTableOnly,
} from "../../store/selectors";
import { formatDateRange } from "../../data/dates";
import { formatAmount } from "../../data/formatAmount";
import { searchTerms } from "../../data/derive";
import type { NormalizedDataset, NormalizedEvent } from "../../data/normalize";
import { sortEvents, type SortKey, type SortDir } from "../../data/sortEvents";
import { highlightParts, hasMatch, snippet } from "./highlight";
import { useRowWindow } from "./useRowWindow";
import { shortCitations } from "./shortCitation";
import "./Table.css";
import { t as tr } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/i18n";
import { dateKindTagText, describeDateKindText } from "../../i18n/dateKindText";
import { Rich } from "../../i18n/Rich";

const COLUMNS: { key: SortKey; name: MessageKey }[] = [
  { key: "date", name: "col.date" },
  { key: "title", name: "col.event" },
  { key: "actors", name: "col.actors" },
  { key: "category", name: "col.category" },
  { key: "amount", name: "col.amount" },
];
const COL_COUNT = COLUMNS.length + 1;

const dirWord = (d: SortDir) => (d === "asc" ? "ascending" : "descending");
const dirText = (d: SortDir) => tr(d === "asc" ? "table.asc" : "table.desc");

/** Text with the search terms wrapped in <mark>. */
function Hl({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return <>{highlightParts(text, terms).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}

/**
 * The accessible twin of the chart: the same filtered events as a sortable
 * <table>. Sorting is announced (aria-sort and a live region), search matches are
 * highlighted, the header sticks, and long tables render only the rows in view.
 */
export function TableView() {
  const ds = useTimelineStore(selectDataset)!;
  const filtered = useTimelineStore(selectFilteredEvents);
  const only = useTimelineStore(selectTableOnly);
  const events = useMemo(
    () => (only ? filtered.filter((ev) => only.ids.includes(ev.id)) : filtered),
    [filtered, only],
  );
  const selectedId = useTimelineStore(selectSelectedId);
  const q = useTimelineStore(selectQuery);
  const store = useTimelineStoreApi();
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: "date", dir: "asc" });
  const [announcement, setAnnouncement] = useState("");
  const rows = useMemo(() => sortEvents(events, ds, sort.key, sort.dir), [events, ds, sort]);
  const terms = useMemo(() => searchTerms(q), [q]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const win = useRowWindow(scrollRef, bodyRef, rows.length);

  // On arrival, bring the selected event's row into view (e.g. after opening it on the timeline).
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current) return;
    arrived.current = true;
    if (!selectedId) return;
    const i = rows.findIndex((r) => r.id === selectedId);
    if (i < 0) return;
    if (win.windowed) win.scrollToIndex(i);
    else {
      const el = bodyRef.current?.querySelector(`[data-event-id="${CSS.escape(selectedId)}"]`);
      el?.scrollIntoView?.({ block: "nearest" });
    }
  }, [rows, selectedId, win]);

  const sortBy = (key: SortKey) => {
    const dir: SortDir = sort.key === key && sort.dir === "asc" ? "desc" : "asc";
    setSort({ key, dir });
    setAnnouncement(
      tr("table.sorted", {
        column: tr(COLUMNS.find((c) => c.key === key)!.name).toLocaleLowerCase(),
        dir: dirText(dir),
      }),
    );
  };

  const sortName = tr(COLUMNS.find((c) => c.key === sort.key)!.name).toLocaleLowerCase();
  const visible = rows.slice(win.start, win.end);

  return (
    <div className="table-wrap" ref={scrollRef}>
      {only && (
        <p className="table-only" role="status">
          {tr("table.only", { label: only.label, count: events.length, total: filtered.length })}{" "}
          <button type="button" className="btn" onClick={() => store.getState().setTableOnly(null)}>
            {tr("table.showAll")}
          </button>
        </p>
      )}
      <table className="events-table" aria-rowcount={rows.length + 1}>
        <caption>
          {tr("table.caption", {
            count: rows.length,
            total: ds.events.length,
            column: sortName,
            dir: dirText(sort.dir),
          })}
          {terms.length > 0 && (
            <>
              {" "}
              <Rich id="table.matches" parts={{ q: <mark>{q.trim()}</mark> }} />
            </>
          )}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`th-${c.key}`}
                aria-sort={sort.key === c.key ? dirWord(sort.dir) : undefined}
              >
                <button type="button" className="th-sort" onClick={() => sortBy(c.key)}>
                  {tr(c.name)}
                  <span aria-hidden="true" className="th-arrow">
                    {sort.key === c.key ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col" className="th-source">
              {tr("col.source")}
            </th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {win.padTop > 0 && (
            <tr className="spacer" aria-hidden="true">
              <td colSpan={COL_COUNT} style={{ height: win.padTop }} />
            </tr>
          )}
          {visible.map((ev, i) => (
            <Row
              key={ev.id}
              ds={ds}
              ev={ev}
              index={win.start + i}
              selected={ev.id === selectedId}
              terms={terms}
              onOpen={(id) => store.getState().select(id)}
            />
          ))}
          {win.padBottom > 0 && (
            <tr className="spacer" aria-hidden="true">
              <td colSpan={COL_COUNT} style={{ height: win.padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
      {rows.length === 0 && <p className="table-empty">{tr("noMatch")}</p>}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

interface RowProps {
  ds: NormalizedDataset;
  ev: NormalizedEvent;
  index: number;
  selected: boolean;
  terms: readonly string[];
  onOpen(id: string): void;
}

function Row({ ds, ev, index, selected, terms, onOpen }: RowProps) {
  const when = formatDateRange(ev.date, ev.end);
  const actors = ev.actors.map((a) => ds.actorById.get(a)?.name ?? a).join(", ");
  const category = ds.categoryById.get(ev.category)?.name ?? ev.category;
  // When the search matched only the summary, show where, so the row's presence makes sense.
  const excerpt =
    terms.length > 0 && !hasMatch(`${ev.title} ${actors} ${category}`, terms)
      ? snippet(ev.summary, terms)
      : null;
  // A click anywhere on the row opens it too (the title button is the keyboard path).
  const onRowClick = (e: MouseEvent) => {
    if ((e.target as Element).closest("button, a")) return;
    if (window.getSelection?.()?.toString()) return;
    onOpen(ev.id);
  };
  return (
    <tr
      data-row=""
      aria-rowindex={index + 2}
      className={selected ? "is-selected" : undefined}
      onClick={onRowClick}
    >
      <td className="td-date">
        {when}
        <DateKindTag ev={ev} />
      </td>
      <td className="td-title">
        <button
          type="button"
          className="row-open"
          data-event-id={ev.id}
          aria-label={`${when} — ${ev.title}`}
          aria-pressed={selected}
          onClick={() => onOpen(ev.id)}
        >
          <span lang={ev.translated?.original.title !== undefined ? ev.translated.lang : "en"}>
            <Hl text={ev.title} terms={terms} />
          </span>
        </button>
        {excerpt && (
          <span className="td-excerpt">
            <Hl text={excerpt} terms={terms} />
          </span>
        )}
      </td>
      <td className="td-actors">
        <Hl text={actors} terms={terms} />
      </td>
      <td className="td-category">
        <Hl text={category} terms={terms} />
      </td>
      <td className="td-amount">
        {ev.amount && (
          <>
            {formatAmount(ev.amount)}
            <span className="td-kind">{tr(`amountKind.${ev.amount.kind}` as MessageKey)}</span>
          </>
        )}
      </td>
      <td className="td-source">
        {/* Short ("2009, p. 6"): the full citation is in the tooltip, the detail panel and About. */}
        {shortCitations(ev.sources, (id) => ds.sourceById.get(id)).map((c, i) => (
          <span key={i} className="cite" title={c.full}>
            {i > 0 && "; "}
            {c.text}
          </span>
        ))}
      </td>
    </tr>
  );
}

/** "placed" / "inferred" under the date, its reason on hover and for screen readers. */
function DateKindTag({ ev }: { ev: NormalizedEvent }) {
  const tag = dateKindTagText(ev);
  if (!tag) return null;
  const why = describeDateKindText(ev)!;
  return (
    <span className="td-datekind" title={why}>
      <span aria-hidden="true">{tag}</span>
      <span className="visually-hidden">{why}</span>
    </span>
  );
}
