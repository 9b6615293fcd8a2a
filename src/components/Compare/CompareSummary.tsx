import { formatDateRange } from "../../data/dates";
import { formatAmount } from "../../data/formatAmount";
import type { NormalizedDataset, NormalizedEvent } from "../../data/normalize";
import { formatTotals, type ActorDimensionCell, type CompareRow } from "../../chart/aggregate";
import { ActorGlyph } from "../Timeline/ActorGlyph";
import { useT } from "../../i18n/useT";
import { t as tr } from "../../i18n/i18n";
import { dimName } from "../../i18n/i18n";

interface Props {
  ds: NormalizedDataset;
  rows: readonly CompareRow[];
  pair: readonly [string, string];
  onOpen(id: string): void;
}

function Cell({ cell, onOpen }: { cell: ActorDimensionCell; onOpen(id: string): void }) {
  const { summed, multiYear, volumes } = cell.amounts;
  const n = cell.events.length;
  const t = useT();
  return (
    <td className={n === 0 ? "cmp-sum-cell is-empty" : "cmp-sum-cell"}>
      <span className="cmp-sum-count">{n === 0 ? "—" : t("count.events", { count: n })}</span>
      {summed.length > 0 && (
        <span className="cmp-sum-money">
          {formatTotals(summed)}
          <span className="cmp-sum-note">
            {" "}
            {t("compare.inAmounts", { count: summed.reduce((k, x) => k + x.count, 0) })}
          </span>
        </span>
      )}
      {multiYear.map((ev) => (
        <AmountLink key={ev.id} ev={ev} onOpen={onOpen} caption={t("compare.caption.total")} />
      ))}
      {volumes.map((ev) => (
        <AmountLink
          key={ev.id}
          ev={ev}
          onOpen={onOpen}
          caption={ev.amount!.kind === "trade" ? t("compare.caption.trade") : t("compare.caption.other")}
        />
      ))}
    </td>
  );
}

/**
 * Per dimension, per actor: how many events, and the money they cite, summed only
 * within one currency. Multi-year totals and trade figures are listed, not added.
 */
export function CompareSummary({ ds, rows, pair, onOpen }: Props) {
  const name = (id: string) => ds.actorById.get(id)?.name ?? id;
  const t = useT();
  const totals = pair.map((_, i) => new Set(rows.flatMap((r) => r.cells[i]!.events.map((e) => e.id))).size);
  const spans = pair.map((_, i) => {
    const evs = rows.flatMap((r) => r.cells[i]!.events);
    if (evs.length === 0) return null;
    const lo = Math.min(...evs.map((e) => e.start));
    const hi = Math.max(...evs.map((e) => e.stop - 1));
    return [new Date(lo).getUTCFullYear(), new Date(hi).getUTCFullYear()] as const;
  });
  return (
    <div className="cmp-summary">
      <table className="cmp-sum-table">
        <caption>{t("compare.summaryCaption", { a: name(pair[0]), b: name(pair[1]) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dimension")}</th>
            {pair.map((id) => (
              <th scope="col" key={id}>
                <ActorGlyph actorId={id} size={12} /> {name(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.dimension.id}>
              <th scope="row">{dimName(r.dimension.id)}</th>
              {r.cells.map((cell) => (
                <Cell key={cell.actorId} cell={cell} onOpen={onOpen} />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("compare.allDimensions")}</th>
            {pair.map((id, i) => (
              <td key={id}>
                <span className="cmp-sum-count">{t("count.events", { count: totals[i]! })}</span>
                {spans[i] && (
                  <span className="cmp-sum-note">
                    {spans[i]![0] === spans[i]![1] ? spans[i]![0] : `${spans[i]![0]}–${spans[i]![1]}`}
                  </span>
                )}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <p className="cmp-sum-foot">{t("compare.summaryFoot")}</p>
    </div>
  );
}

/** An amount that is listed, not summed (multi-year totals, trade volumes): a link to its event. */
function AmountLink({
  ev,
  onOpen,
  caption,
}: {
  ev: NormalizedEvent;
  onOpen(id: string): void;
  caption: string;
}) {
  return (
    <span className="cmp-sum-extra">
      <button
        type="button"
        className="btn--link cmp-sum-link"
        data-event-id={ev.id}
        aria-label={`${formatDateRange(ev.date, ev.end)} — ${ev.title}: ${formatAmount(ev.amount!)}`}
        onClick={() => onOpen(ev.id)}
      >
        {formatAmount(ev.amount!)}
      </button>{" "}
      {tr("compare.amountCaption", { caption, date: formatDateRange(ev.date, ev.end) })}
    </span>
  );
}
