/**
 * The Figures view's aggregations for a dataset whose filters change. What does not
 * depend on the filter (each event's year and dimension, the amount series sorted,
 * which events have figures) is prepared once per dataset; a filter change then marks
 * the selected events and walks the prepared lists. Every function returns exactly
 * what the plain function of figureSeries.ts / aggregate.ts returns for the filtered
 * events (unit tests compare them).
 *
 * The selection is found by position (subsetMask): fastest when it is in the
 * dataset's order, as the store's filtered events are.
 * Caches live in a WeakMap keyed by the dataset: each store's dataset has its own and
 * they are freed with it.
 */
import type { Amount } from "../data/schema";
import type { NormalizedDataset, NormalizedEvent } from "../data/normalize";
import { binStart, dimensionsInUse, yearOf, type BinnedCounts } from "./aggregate";
import { subsetMask } from "./subsetMask";
import { amountsByCurrency, figureGroups, MONEY, TRADE, type CurrencySeries } from "./figureSeries";

interface Prepared {
  /** Each event's start year and row in `dimensionsInUse` (-1: unknown category), by position. */
  year: Int32Array;
  dim: Int8Array;
  /** Positions of the events with figures, and with an amount that is neither money nor trade. */
  withFigures: Int32Array;
  otherAmounts: Int32Array;
  /** Full amount series per kinds and shown actors, with each point's position. */
  series: Map<string, { series: CurrencySeries[]; pos: Int32Array[] }>;
  /** The last selection's mask (one render asks several times for the same events). */
  last: { events: readonly NormalizedEvent[]; mask: Uint8Array | null } | null;
}

const prepared = new WeakMap<NormalizedDataset, Prepared>();

function prepare(ds: NormalizedDataset): Prepared {
  let p = prepared.get(ds);
  if (p) return p;
  const n = ds.events.length;
  const rowOf = new Map(dimensionsInUse(ds).map((d, i) => [d.id, i]));
  const year = new Int32Array(n);
  const dim = new Int8Array(n);
  const withFigures: number[] = [];
  const other: number[] = [];
  ds.events.forEach((ev, i) => {
    year[i] = yearOf(ev.start);
    const d = ds.categoryById.get(ev.category)?.dimension;
    dim[i] = d === undefined ? -1 : (rowOf.get(d) ?? -1);
    if (ev.figures?.length) withFigures.push(i);
    if (ev.amount && !MONEY.has(ev.amount.kind) && !TRADE.has(ev.amount.kind)) other.push(i);
  });
  p = {
    year,
    dim,
    withFigures: Int32Array.from(withFigures),
    otherAmounts: Int32Array.from(other),
    series: new Map(),
    last: null,
  };
  prepared.set(ds, p);
  return p;
}

/** The selection's mask over `ds.events` (null: all of them), kept for the next call with the same events. */
function maskOf(ds: NormalizedDataset, p: Prepared, events: readonly NormalizedEvent[]): Uint8Array | null {
  if (p.last?.events === events) return p.last.mask;
  const mask = subsetMask(ds.events, events);
  p.last = { events, mask };
  return mask;
}

const keyOf = (kinds: ReadonlySet<string>, shown: readonly string[] | null) =>
  `${[...kinds].sort().join(",")}\u0000${shown === null ? "*" : shown.join(",")}`;

/** `amountsByCurrency(events, kinds, shown)`; the series are the same objects while nothing is filtered out. */
export function amountSeriesOf(
  ds: NormalizedDataset,
  events: readonly NormalizedEvent[],
  kinds: ReadonlySet<Amount["kind"]>,
  shown: readonly string[] | null,
): CurrencySeries[] {
  const p = prepare(ds);
  const key = keyOf(kinds, shown);
  let full = p.series.get(key);
  if (!full) {
    const series = amountsByCurrency(ds.events, kinds, shown);
    const at = new Map(ds.events.map((e, i) => [e, i]));
    full = { series, pos: series.map((s) => Int32Array.from(s.points, (pt) => at.get(pt.event)!)) };
    p.series.set(key, full);
  }
  const mask = maskOf(ds, p, events);
  if (!mask) return full.series;
  const out: CurrencySeries[] = [];
  full.series.forEach((s, k) => {
    const pos = full.pos[k]!;
    const points = s.points.filter((_, i) => mask[pos[i]!] === 1);
    if (points.length) out.push(points.length === s.points.length ? s : { currency: s.currency, points });
  });
  return out;
}

/** `figureGroups(events, ds)`, looking only at the selected events that have figures. */
export function figureGroupsOf(ds: NormalizedDataset, events: readonly NormalizedEvent[]) {
  const p = prepare(ds);
  const mask = maskOf(ds, p, events);
  const evs: NormalizedEvent[] = [];
  for (const i of p.withFigures) if (!mask || mask[i]) evs.push(ds.events[i]!);
  return figureGroups(evs, ds);
}

/** The selected events whose amount is neither money nor trade, in order. */
export function otherAmountsOf(ds: NormalizedDataset, events: readonly NormalizedEvent[]): NormalizedEvent[] {
  const p = prepare(ds);
  const mask = maskOf(ds, p, events);
  const out: NormalizedEvent[] = [];
  for (const i of p.otherAmounts) if (!mask || mask[i]) out.push(ds.events[i]!);
  return out;
}

export interface ActorCounts {
  /** The selected events of any of the actors, in order. */
  mine: NormalizedEvent[];
  /** Bin start years from the first to the last of `mine` (see binRange). */
  range: number[];
  /** Per actor: `countByDimensionAndBin(its events among mine, ds, size, range)`. */
  perActor: { id: string; counts: BinnedCounts }[];
  /** Largest cell over every actor. */
  max: number;
}

/** Events per dimension per `size`-year bin for each of `actors`, over one shared range of bins. */
export function actorCountsOf(
  ds: NormalizedDataset,
  events: readonly NormalizedEvent[],
  actors: readonly string[],
  size = 5,
): ActorCounts {
  const p = prepare(ds);
  const mask = maskOf(ds, p, events);
  const all = ds.events;
  const minePos: number[] = [];
  const mine: NormalizedEvent[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < all.length; i++) {
    if (mask && !mask[i]) continue;
    const ev = all[i]!;
    if (!ev.actors.some((a) => actors.includes(a))) continue;
    minePos.push(i);
    mine.push(ev);
    if (p.year[i]! < lo) lo = p.year[i]!;
    if (p.year[i]! > hi) hi = p.year[i]!;
  }
  const range: number[] = [];
  if (mine.length) for (let b = binStart(lo, size); b <= binStart(hi, size); b += size) range.push(b);
  const dims = dimensionsInUse(ds);
  const first = range[0] ?? 0;
  let max = 0;
  const perActor = actors.map((id) => {
    let cellMax = 0;
    const rows = dims.map((dimension) => ({
      dimension,
      counts: range.map(() => 0),
      eventIds: range.map((): string[] => []),
    }));
    for (const i of minePos) {
      const ev = all[i]!;
      const d = p.dim[i]!;
      if (d < 0 || !ev.actors.includes(id)) continue;
      const b = (binStart(p.year[i]!, size) - first) / size;
      const row = rows[d]!;
      const c = ++row.counts[b]!;
      row.eventIds[b]!.push(ev.id);
      if (c > cellMax) cellMax = c;
    }
    if (cellMax > max) max = cellMax;
    return { id, counts: { bins: [...range], size, rows, max: cellMax } };
  });
  return { mine, range, perActor, max };
}
