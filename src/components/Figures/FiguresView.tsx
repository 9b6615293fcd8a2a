import { useMemo, useRef } from "react";
import { useRowWindow } from "../Table/useRowWindow";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import {
  selectActorFilter,
  selectDataset,
  selectFilteredEvents,
  selectIsCustom,
} from "../../store/selectors";
import { actorsByEventCount, binLabel, type BinnedCounts } from "../../chart/aggregate";
import { actorCountsOf, amountSeriesOf, figureGroupsOf, otherAmountsOf } from "../../chart/figuresIndex";
import {
  chooseValueScale,
  type FigureItem,
  figureYear,
  MONEY,
  sourceTitles,
  TRADE,
  type CurrencySeries,
  type FigureGroup,
} from "../../chart/figureSeries";
import { formatDateRange } from "../../data/dates";
import { formatAmount, formatFigure } from "../../data/formatAmount";
import type { NormalizedDataset, NormalizedEvent } from "../../data/normalize";
import { ChartFrame } from "./ChartFrame";
import { ValueChart, type ValueRow } from "./ValueChart";
import { BinnedValueChart } from "./BinnedValueChart";
import { RowsTable } from "./RowsTable";
import { BIN_ABOVE } from "./valueBins";
import { BinHeatmap } from "./BinHeatmap";
import "./Figures.css";
import { t as tr } from "../../i18n/i18n";
import { currentFormatLocale } from "../../i18n/displayLocale";
import { formatNumberIn, intlLocale } from "../../i18n/format";
import { dimName } from "../../i18n/i18n";

const CURRENCY_NAME: Record<string, string> = {
  USD: "US dollars",
  JPY: "Japanese yen",
  CNY: "Chinese yuan",
  KRW: "South Korean won",
  EUR: "euros",
  GBP: "pounds sterling",
};
function currencyName(c: string): string {
  const l = currentFormatLocale();
  if (l === "en") return CURRENCY_NAME[c] ?? c;
  try {
    return new Intl.DisplayNames(intlLocale(l), { type: "currency" }).of(c) ?? c;
  } catch {
    return c;
  }
}

/** Short axis tick in a currency: 1e9 → "1bn". The axis title names the currency. */
function shortNumber(v: number): string {
  if (currentFormatLocale() !== "en") return formatNumberIn(v, currentFormatLocale(), "short");
  const steps: [number, string][] = [
    [1e12, "tn"],
    [1e9, "bn"],
    [1e6, "m"],
    [1e3, "k"],
  ];
  for (const [m, w] of steps)
    if (Math.abs(v) >= m) return `${(v / m).toLocaleString("en-US", { maximumFractionDigits: 1 })}${w}`;
  return v.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** Which actors the per-actor charts show: the actor filter's (main) actors, else Japan and China, else the two busiest. */
function shownActors(ds: NormalizedDataset, filter: readonly string[] | null): string[] {
  const ranked = actorsByEventCount(ds);
  if (filter && filter.length > 0) {
    const main = filter.filter((id) => !ds.actorById.get(id)?.group);
    return (main.length ? main : filter).slice(0, 4);
  }
  const has = (id: string) => ranked.some((a) => a.id === id);
  if (has("japan") && has("china")) return ["japan", "china"];
  return ranked.slice(0, 2).map((a) => a.id);
}

/** Names of the actors a series' points belong to, in the dataset's order. */
function seriesActors(ds: NormalizedDataset, series: CurrencySeries): string {
  const ids = new Set(series.points.map((p) => p.actorId));
  const names = ds.actors.filter((a) => ids.has(a.id)).map((a) => a.name);
  return names.length === 2
    ? tr("list.pair", { a: names[0]!, b: names[1]! })
    : names.join(tr("list.separator"));
}

/** Row `i` of an amount series, built on demand (a long series formats only the rows shown). */
function amountRow(ds: NormalizedDataset, s: CurrencySeries, i: number, withActor: boolean): ValueRow {
  const p = s.points[i]!;
  const actor = ds.actorById.get(p.actorId);
  return {
    key: p.event.id,
    eventId: p.event.id,
    when: formatDateRange(p.event.date, p.event.end),
    label: withActor ? `${p.event.title} (${actor?.short ?? actor?.name ?? p.actorId})` : p.event.title,
    actorId: p.actorId,
    categoryId: p.event.category,
    value: p.value,
    valueText: formatAmount(p.event.amount!),
  };
}

interface SeriesCardProps {
  ds: NormalizedDataset;
  series: CurrencySeries;
  trade: boolean;
  builtIn: boolean;
  onOpen(id: string): void;
}

/**
 * One currency's amounts (or trade figures): one row per value, or, past
 * `BIN_ABOVE` values, rows per period with the values binned per cell of the axis.
 * The table lists every value either way, windowed when long.
 */
function SeriesCard({ ds, series: s, trade, builtIn, onOpen }: SeriesCardProps) {
  const model = useMemo(() => {
    // Money names the actor when several share the chart; trade figures are the pair's, so never.
    const withActor = !trade && new Set(s.points.map((p) => p.actorId)).size > 1;
    const rowAt = (i: number) => amountRow(ds, s, i, withActor);
    const big = s.points.length > BIN_ABOVE;
    const rows = big ? null : s.points.map((_, i) => rowAt(i));
    const points = s.points.map((p) => ({ start: p.event.start, value: p.value }));
    const scaleType = chooseValueScale(points.map((p) => p.value));
    const sources = sourceTitles(
      ds,
      s.points.map((p) => p.event),
    );
    return { rowAt, rows, points, scaleType, sources, actors: seriesActors(ds, s) };
  }, [ds, s, trade]);
  const { rowAt, rows, points, scaleType, sources, actors } = model;
  const currency = currencyName(s.currency);
  const count = s.points.length;
  const log = scaleType === "log";
  const note = trade
    ? tr(builtIn ? "fig.tradeNote" : "fig.tradeNoteSources")
    : `${tr("fig.amountsNote", { count })}${log ? ` ${tr("fig.logNote")}` : ""}`;
  const rowsLabel = tr(trade ? "fig.rowsTrade" : "fig.rowsEvent");
  const axisLabel = trade
    ? tr(log ? "fig.axisTradeLog" : "fig.axisTrade", { currency })
    : tr(log ? "fig.axisAmountLog" : "fig.axisAmount", { currency });
  return (
    <ChartFrame
      title={tr(trade ? "fig.tradeTitle" : "fig.amountsTitle", { actors, currency })}
      note={rows ? note : `${note} ${tr("fig.binnedNote", { count })}`}
      sources={sources}
      table={
        <RowsTable
          caption={tr(trade ? "fig.tradeIn" : "fig.amountsIn", { currency })}
          count={count}
          rowAt={rowAt}
          valueHead={tr(trade ? "col.trade" : "col.amount")}
          onOpen={onOpen}
        />
      }
    >
      {rows ? (
        <ValueChart
          ds={ds}
          rows={rows}
          scaleType={scaleType}
          rowsLabel={rowsLabel}
          axisLabel={axisLabel}
          formatTick={shortNumber}
          onOpen={onOpen}
        />
      ) : (
        <BinnedValueChart
          points={points}
          scaleType={scaleType}
          rowsLabel={tr("fig.rowsPeriod")}
          axisLabel={axisLabel}
          formatTick={shortNumber}
          valueText={(i) => formatAmount(s.points[i]!.event.amount!)}
        />
      )}
    </ChartFrame>
  );
}

/**
 * Figures: the documents' quantities as charts. Money per currency (never two
 * currencies on one axis), trade, event counts per dimension in five-year periods,
 * and the other figures where a fair comparison exists. Every value is one the
 * data holds; every mark opens its event.
 */
export function FiguresView() {
  const ds = useTimelineStore(selectDataset)!;
  const events = useTimelineStore(selectFilteredEvents);
  const actorFilter = useTimelineStore(selectActorFilter);
  const store = useTimelineStoreApi();
  const open = (id: string) => store.getState().select(id);
  // "The two documents" are the built-in data's sources; a teacher's own data has its own.
  const builtIn = !useTimelineStore(selectIsCustom);

  const actors = useMemo(() => shownActors(ds, actorFilter), [ds, actorFilter]);
  // Aggregations prepared once per dataset (chart/figuresIndex.ts): a filter change or a
  // zoom only marks the selected events and walks the prepared lists.
  const money = useMemo(() => amountSeriesOf(ds, events, MONEY, actors), [ds, events, actors]);
  const trade = useMemo(() => amountSeriesOf(ds, events, TRADE, null), [ds, events]);
  const { groups, others } = useMemo(() => figureGroupsOf(ds, events), [events, ds]);
  const otherAmounts = useMemo(() => otherAmountsOf(ds, events), [ds, events]);
  const bins = useMemo(() => actorCountsOf(ds, events, actors, 5), [events, actors, ds]);
  const name = (id: string) => ds.actorById.get(id)?.name ?? id;
  const actorList =
    actors.length === 2
      ? tr("list.pair", { a: name(actors[0]!), b: name(actors[1]!) })
      : actors.map(name).join(tr("list.separator"));

  return (
    <div className="figures">
      <p className="fig-intro">{tr(builtIn ? "fig.intro" : "fig.introSources", { count: events.length })}</p>

      <section className="fig-section" aria-labelledby="fig-money">
        <h2 id="fig-money" className="fig-h2">
          {tr("fig.money")}
        </h2>
        {money.length === 0 ? (
          <p className="fig-empty">{tr("fig.noMoney", { actors: actorList })}</p>
        ) : (
          <div className="fig-grid">
            {money.map((s) => (
              <SeriesCard key={s.currency} ds={ds} series={s} trade={false} builtIn={builtIn} onOpen={open} />
            ))}
          </div>
        )}
      </section>

      {trade.length > 0 && (
        <section className="fig-section" aria-labelledby="fig-trade">
          <h2 id="fig-trade" className="fig-h2">
            {tr("fig.trade")}
          </h2>
          <div className="fig-grid">
            {trade.map((s) => (
              <SeriesCard key={s.currency} ds={ds} series={s} trade builtIn={builtIn} onOpen={open} />
            ))}
          </div>
        </section>
      )}

      <section className="fig-section" aria-labelledby="fig-counts">
        <h2 id="fig-counts" className="fig-h2">
          {tr("fig.counts")}
        </h2>
        {bins.range.length === 0 ? (
          <p className="fig-empty">{tr("fig.noEvents", { actors: actorList })}</p>
        ) : (
          <ChartFrame
            title={tr("fig.countsTitle", { actors: actorList })}
            note={tr("fig.countsNote")}
            sources={sourceTitles(ds, bins.mine)}
            table={<CountsTable ds={ds} actors={actors} perActor={bins.perActor} />}
          >
            <div className="hm-wrap">
              {bins.perActor.map((p) => (
                <BinHeatmap key={p.id} actorName={name(p.id)} counts={p.counts} max={bins.max} />
              ))}
              <p className="hm-axis" aria-hidden="true">
                {tr("fig.heatAxis")}
              </p>
            </div>
          </ChartFrame>
        )}
      </section>

      {(groups.length > 0 || others.length > 0 || otherAmounts.length > 0) && (
        <section className="fig-section" aria-labelledby="fig-other">
          <h2 id="fig-other" className="fig-h2">
            {tr(builtIn ? "fig.other" : "fig.otherSources")}
          </h2>
          {groups.length > 0 && (
            <div className="fig-grid">
              {groups.map((g) => (
                <FigureGroupChart key={g.key} ds={ds} group={g} onOpen={open} />
              ))}
            </div>
          )}
          {(others.length > 0 || otherAmounts.length > 0) && (
            <StandAlone ds={ds} others={others} otherAmounts={otherAmounts} onOpen={open} />
          )}
        </section>
      )}
    </div>
  );
}

function FigureGroupChart({
  ds,
  group,
  onOpen,
}: {
  ds: NormalizedDataset;
  group: FigureGroup;
  onOpen(id: string): void;
}) {
  const rows: ValueRow[] = group.items.map((it, i) => ({
    key: `${it.event.id}-${i}`,
    eventId: it.event.id,
    when: String(figureYear(it)),
    label: it.short,
    actorId: it.event.actors[0] ?? "",
    categoryId: it.event.category,
    value: it.value,
    valueText: formatFigure(it.figure),
  }));
  const scaleType = chooseValueScale(rows.map((r) => r.value));
  const unit = group.unit === "percent" ? tr("fig.percent") : group.unit;
  return (
    <ChartFrame
      title={group.title}
      note={`${tr("fig.groupNote", { count: rows.length, unit })}${scaleType === "log" ? ` ${tr("fig.logShort")}` : ""}`}
      sources={sourceTitles(
        ds,
        group.items.map((i) => i.event),
      )}
      table={
        <RowsTable
          caption={group.title}
          count={rows.length}
          rowAt={(i) => rows[i]!}
          valueHead={unit.charAt(0).toUpperCase() + unit.slice(1)}
          onOpen={onOpen}
        />
      }
    >
      <ValueChart
        ds={ds}
        rows={rows}
        scaleType={scaleType}
        rowsLabel={tr("fig.rowsFigure")}
        axisLabel={`${unit.charAt(0).toUpperCase() + unit.slice(1)}${scaleType === "log" ? ` ${tr("fig.logScale")}` : ""}`}
        formatTick={(v) => (group.unit === "percent" ? `${v}%` : shortNumber(v))}
        onOpen={onOpen}
      />
    </ChartFrame>
  );
}

function CountsTable({
  ds,
  actors,
  perActor,
}: {
  ds: NormalizedDataset;
  actors: readonly string[];
  perActor: { id: string; counts: BinnedCounts }[];
}) {
  const bins = perActor[0]?.counts.bins ?? [];
  return (
    <div className="fig-table-scroll" tabIndex={0} role="region" aria-label={tr("fig.countsTable")}>
      <table className="fig-table">
        <caption className="visually-hidden">{tr("fig.countsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{tr("col.actor")}</th>
            <th scope="col">{tr("dimension")}</th>
            {bins.map((b) => (
              <th scope="col" key={b} className="num">
                {binLabel(b)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {perActor.flatMap((p, ai) =>
            p.counts.rows.map((r) => (
              <tr key={`${p.id}-${r.dimension.id}`}>
                <th scope="row">{ds.actorById.get(actors[ai]!)?.name ?? p.id}</th>
                <th scope="row">{dimName(r.dimension.id)}</th>
                {r.counts.map((n, i) => (
                  <td key={i} className="num">
                    {n}
                  </td>
                ))}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

function StandAlone({
  ds,
  others,
  otherAmounts,
  onOpen,
}: {
  ds: NormalizedDataset;
  others: FigureItem[];
  otherAmounts: NormalizedEvent[];
  onOpen(id: string): void;
}) {
  // Sorted once; each row's words are formatted only when it is shown (windowed past 200 rows).
  const items = useMemo(
    () =>
      [
        ...others.map((o, i) => ({ key: `f-${o.event.id}-${i}`, ev: o.event, figure: o.figure })),
        ...otherAmounts.map((ev) => ({ key: `a-${ev.id}`, ev, figure: null })),
      ].sort((a, b) => a.ev.start - b.ev.start),
    [others, otherAmounts],
  );
  const titles = useMemo(
    () =>
      sourceTitles(
        ds,
        items.map((i) => i.ev),
      ),
    [ds, items],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const win = useRowWindow(scrollRef, bodyRef, items.length);
  const shown = items.slice(win.start, win.end).map(({ key, ev, figure }) => ({
    key,
    ev,
    when: figure?.year !== undefined ? String(figure.year) : formatDateRange(ev.date, ev.end),
    label: figure ? figure.label : ev.title,
    value: figure ? formatFigure(figure) : formatAmount(ev.amount!),
  }));
  return (
    <figure className="fig-card fig-card--wide" aria-labelledby="fig-standalone">
      <div className="fig-head">
        <h3 id="fig-standalone" className="fig-title">
          {tr("fig.standalone")}
        </h3>
      </div>
      <p className="fig-note">{tr("fig.standaloneNote")}</p>
      <div
        ref={scrollRef}
        className={`fig-table-scroll${win.windowed ? " fig-table-scroll--window" : ""}`}
        tabIndex={0}
        role="region"
        aria-label={tr("fig.standaloneTable")}
      >
        <table className="fig-table" aria-rowcount={items.length + 1}>
          <caption className="visually-hidden">{tr("fig.standalone")}</caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">{tr("col.year")}</th>
              <th scope="col">{tr("col.figure")}</th>
              <th scope="col" className="num">
                {tr("col.value")}
              </th>
              <th scope="col">{tr("col.event")}</th>
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {win.padTop > 0 && (
              <tr className="fig-spacer" aria-hidden="true">
                <td colSpan={4} style={{ height: win.padTop }} />
              </tr>
            )}
            {shown.map((it, i) => (
              <tr key={it.key} data-row="" aria-rowindex={win.start + i + 2}>
                <td className="nowrap">{it.when}</td>
                <td>{it.label}</td>
                <td className="num nowrap">{it.value}</td>
                <td>
                  <button
                    type="button"
                    className="btn--link fig-link"
                    data-event-id={it.ev.id}
                    aria-label={`${formatDateRange(it.ev.date, it.ev.end)} — ${it.ev.title}`}
                    onClick={() => onOpen(it.ev.id)}
                  >
                    {it.ev.title}
                  </button>
                </td>
              </tr>
            ))}
            {win.padBottom > 0 && (
              <tr className="fig-spacer" aria-hidden="true">
                <td colSpan={4} style={{ height: win.padBottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {titles.length > 0 && (
        <figcaption className="fig-source">
          {tr("print.sourcesLabel", {
            count: titles.length,
            list: titles.map((s) => tr("quote", { text: s })).join("; "),
          })}
        </figcaption>
      )}
    </figure>
  );
}
