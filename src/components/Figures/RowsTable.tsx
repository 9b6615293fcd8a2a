import { useRef } from "react";
import { t as tr } from "../../i18n/i18n";
import { useRowWindow } from "../Table/useRowWindow";
import type { ValueRow } from "./ValueChart";

interface Props {
  caption: string;
  /** Number of rows; `rowAt` builds one on demand, so a long series formats only what is shown. */
  count: number;
  rowAt(i: number): ValueRow;
  valueHead: string;
  onOpen(id: string): void;
}

/**
 * A chart's "show as table": date, event (a link that opens it), value. Past the
 * Table view's threshold it is windowed as that table is: a scrolling box in which
 * only the rows in view exist, spacer rows standing in for the rest.
 */
export function RowsTable({ caption, count, rowAt, valueHead, onOpen }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const win = useRowWindow(scrollRef, bodyRef, count);
  const rows: ValueRow[] = [];
  for (let i = win.start; i < win.end; i++) rows.push(rowAt(i));
  return (
    <div
      ref={scrollRef}
      className={`fig-table-scroll${win.windowed ? " fig-table-scroll--window" : ""}`}
      {...(win.windowed ? { tabIndex: 0, role: "region", "aria-label": caption } : {})}
    >
      <table className="fig-table" aria-rowcount={count + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{tr("col.date")}</th>
            <th scope="col">{tr("col.event")}</th>
            <th scope="col" className="num">
              {valueHead}
            </th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {win.padTop > 0 && (
            <tr className="fig-spacer" aria-hidden="true">
              <td colSpan={3} style={{ height: win.padTop }} />
            </tr>
          )}
          {rows.map((r, i) => (
            <tr key={r.key} data-row="" aria-rowindex={win.start + i + 2}>
              <td className="nowrap">{r.when}</td>
              <td>
                <button
                  type="button"
                  className="btn--link fig-link"
                  data-event-id={r.eventId}
                  onClick={() => onOpen(r.eventId)}
                >
                  {r.label}
                </button>
              </td>
              <td className="num">{r.valueText}</td>
            </tr>
          ))}
          {win.padBottom > 0 && (
            <tr className="fig-spacer" aria-hidden="true">
              <td colSpan={3} style={{ height: win.padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
