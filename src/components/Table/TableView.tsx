import { useMemo, useState } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectDataset, selectFilteredEvents, selectSelectedId } from "../../store/selectors";
import { formatDateRange } from "../../data/dates";
import { formatAmount } from "../../data/formatAmount";
import { sortEvents, type SortKey, type SortDir } from "../../data/sortEvents";
import "./Table.css";

const COLUMNS: { key: SortKey; name: string }[] = [
  { key: "date", name: "Date" },
  { key: "title", name: "Event" },
  { key: "actors", name: "Actors" },
  { key: "category", name: "Category" },
  { key: "amount", name: "Amount" },
];

/** The accessible twin of the chart: the same filtered events as a sortable table. */
export function TableView() {
  const ds = useTimelineStore(selectDataset)!;
  const events = useTimelineStore(selectFilteredEvents);
  const selectedId = useTimelineStore(selectSelectedId);
  const store = useTimelineStoreApi();
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: "date", dir: "asc" });
  const rows = useMemo(() => sortEvents(events, ds, sort.key, sort.dir), [events, ds, sort]);

  return (
    <div className="table-wrap">
      <table className="events-table">
        <caption>
          {rows.length} of {ds.events.length} events, sorted by {COLUMNS.find((c) => c.key === sort.key)!.name.toLowerCase()}{" "}
          ({sort.dir === "asc" ? "ascending" : "descending"})
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
              >
                <button
                  type="button"
                  className="th-sort"
                  onClick={() =>
                    setSort((s) => ({ key: c.key, dir: s.key === c.key && s.dir === "asc" ? "desc" : "asc" }))
                  }
                >
                  {c.name}
                  <span aria-hidden="true" className="th-arrow">
                    {sort.key === c.key ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((ev) => {
            const src = ev.sources[0];
            const source = src ? ds.sourceById.get(src.source) : undefined;
            return (
              <tr key={ev.id} className={ev.id === selectedId ? "is-selected" : undefined}>
                <td className="td-date">{formatDateRange(ev.date, ev.end)}</td>
                <td>
                  <button
                    type="button"
                    className="row-open"
                    data-event-id={ev.id}
                    aria-label={`${formatDateRange(ev.date, ev.end)} — ${ev.title}`}
                    onClick={() => store.getState().select(ev.id)}
                  >
                    {ev.title}
                  </button>
                </td>
                <td>{ev.actors.map((a) => ds.actorById.get(a)?.name ?? a).join(", ")}</td>
                <td>{ds.categoryById.get(ev.category)?.name ?? ev.category}</td>
                <td className="td-amount">{ev.amount ? formatAmount(ev.amount) : ""}</td>
                <td className="td-source">
                  {source?.title ?? src?.source}
                  {src?.section && `, “${src.section}”`}
                  {src?.page !== undefined && `, p. ${src.page}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="table-empty">No events match the filters.</p>}
    </div>
  );
}
