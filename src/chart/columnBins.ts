/**
 * Pre-binning for the layout (chart/place.ts): the screen is cut into columns
 * narrower than one mark, and each column offers the row packer at most
 * `perColumn` events, the most important first. Two marks anchored in the same
 * column overlap, so a lane with R rows can never draw more than about R of
 * them; the others go straight to the counted `+N` badges without being tried
 * row by row. The packer's work then follows the screen (columns × rows), not
 * the number of events in view: 100,000 events zoomed out cost what a few
 * thousand do. Below the cap nothing changes: every event is offered, in the
 * same order. Pure (`indexLanes` caches per events array).
 */

import type { NormalizedEvent } from "../data/normalize";

/** An event's state after binning (see `ColumnBins.state`). */
export const OUT_OF_VIEW = 0;
export const OFFERED = 1;
export const OVERFLOW = 2;

export interface ColumnBinOptions<E> {
  /**
   * The drawn box of an event in px (mark only, before padding), written into `out`:
   * called for every event, so it allocates nothing.
   */
  box: (e: E, out: { x0: number; x1: number }) => void;
  /** Lower ranks are offered first (pinned 0, then importance 1, 2, 3). */
  rank: (e: E) => number;
  /** Width of the chart in px; boxes entirely outside [0, width] are out of view. */
  width: number;
  /** Width of one column in px; keep it below a mark's width. */
  columnWidth: number;
  /** Most events a column offers to the packer. */
  perColumn: number;
}

export interface ColumnBins<E> {
  /** The events offered to the packer, in the input's order. */
  offered: E[];
  /** Per input index: OUT_OF_VIEW, OFFERED or OVERFLOW. */
  state: Uint8Array;
  /** Per input index: the box's left edge clamped to [0, width] (where a badge would gather it). */
  x: Float64Array;
  /** How many events went straight to the badges. */
  overflow: number;
}

/**
 * Bin `events` (any order; the output keeps it) into columns.
 *
 * @example
 * const bins = binByColumn(laneEvents, { box, rank, width: 1200, columnWidth: 16, perColumn: 8 });
 * bins.offered   // what the packer tries, row by row
 */
export function binByColumn<E>(events: readonly E[], o: ColumnBinOptions<E>): ColumnBins<E> {
  const n = events.length;
  const state = new Uint8Array(n);
  const x = new Float64Array(n);
  const cw = Math.max(1, o.columnWidth);
  const columns = Math.max(1, Math.ceil(o.width / cw) + 1);
  const column = new Int32Array(n).fill(-1);
  const count = new Int32Array(columns);
  const b = { x0: 0, x1: 0 };
  for (let i = 0; i < n; i++) {
    o.box(events[i]!, b);
    if (b.x1 < 0 || b.x0 > o.width) continue;
    const cx = Math.min(Math.max(b.x0, 0), o.width);
    x[i] = cx;
    const c = Math.min(columns - 1, Math.floor(cx / cw));
    column[i] = c;
    count[c]!++;
    state[i] = OFFERED;
  }
  let overflow = 0;
  const full: number[] = [];
  for (let c = 0; c < columns; c++) if (count[c]! > o.perColumn) full.push(c);
  if (full.length) {
    // Only crowded columns are ranked: their members, lowest rank first, then input order.
    const members = new Map<number, number[]>(full.map((c) => [c, []]));
    for (let i = 0; i < n; i++) members.get(column[i]!)?.push(i);
    for (const list of members.values()) {
      const ranked = list.map((i) => ({ i, r: o.rank(events[i]!) })).sort((a, b) => a.r - b.r || a.i - b.i);
      for (let k = o.perColumn; k < ranked.length; k++) {
        state[ranked[k]!.i] = OVERFLOW;
        overflow++;
      }
    }
  }
  const offered: E[] = [];
  for (let i = 0; i < n; i++) if (state[i] === OFFERED) offered.push(events[i]!);
  return { offered, state, x, overflow };
}

/**
 * A lane's events in time order with their numbers in typed arrays, built once per
 * filtered selection (not per zoom): binning then reads flat arrays instead of
 * event objects, and a binary search skips the events out of view.
 */
export interface LaneIndex {
  events: NormalizedEvent[];
  start: Float64Array;
  stop: Float64Array;
  importance: Uint8Array;
  /** 1 = span, 2 = has an amount (a point with an amount wears a wider ring). */
  flags: Uint8Array;
  /** Longest stop − start: how far before the view an event may start and still reach it. */
  maxLen: number;
}

const byStart = (a: NormalizedEvent, b: NormalizedEvent) =>
  a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const laneIndexCache = new WeakMap<readonly NormalizedEvent[], { key: string; lanes: LaneIndex[] }>();

/** Split `events` into lanes (an event once per lane, in time order) and index each; cached per array. */
export function indexLanes(
  events: readonly NormalizedEvent[],
  lanes: readonly { actorIds: readonly string[] }[],
): LaneIndex[] {
  const key = lanes.map((l) => l.actorIds.join(",")).join("|");
  const hit = laneIndexCache.get(events);
  if (hit && hit.key === key) return hit.lanes;
  const lanesOf = new Map<string, number[]>();
  lanes.forEach((lane, li) => lane.actorIds.forEach((a) => lanesOf.set(a, [...(lanesOf.get(a) ?? []), li])));
  const byLane: NormalizedEvent[][] = lanes.map(() => []);
  for (const e of events) {
    if (e.actors.length === 1) {
      for (const li of lanesOf.get(e.actors[0]!) ?? []) byLane[li]!.push(e);
      continue;
    }
    const in_ = new Set<number>();
    for (const a of e.actors) for (const li of lanesOf.get(a) ?? []) in_.add(li);
    for (const li of in_) byLane[li]!.push(e);
  }
  const out = byLane.map((list): LaneIndex => {
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i++) if (byStart(list[i - 1]!, list[i]!) > 0) sorted = false;
    const evs = sorted ? list : [...list].sort(byStart);
    const n = evs.length;
    const idx: LaneIndex = {
      events: evs,
      start: new Float64Array(n),
      stop: new Float64Array(n),
      importance: new Uint8Array(n),
      flags: new Uint8Array(n),
      maxLen: 0,
    };
    evs.forEach((e, i) => {
      idx.start[i] = e.start;
      idx.stop[i] = e.stop;
      idx.importance[i] = e.importance;
      idx.flags[i] = (e.isSpan ? 1 : 0) | (e.amount ? 2 : 0);
      if (e.stop - e.start > idx.maxLen) idx.maxLen = e.stop - e.start;
    });
    return idx;
  });
  laneIndexCache.set(events, { key, lanes: out });
  return out;
}

/** First index whose start is ≥ t. */
function firstAtOrAfter(start: Float64Array, t: number): number {
  let lo = 0;
  let hi = start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface MarkGeometry {
  /** Half the width of a point's mark. */
  pointHalf: number;
  /** Half the width of a point with an amount (its ring). */
  amountHalf: number;
  /** How far a span's mark reaches left of its start. */
  spanLead: number;
}

export interface LaneBins {
  idx: LaneIndex;
  /** Per lane index: OUT_OF_VIEW, OFFERED or OVERFLOW (after `capLane`). */
  state: Uint8Array;
  /** Per lane index: the box's left edge clamped to [0, width]. */
  x: Float64Array;
  /** Indexes [lo, hi) hold every event that may be in view; `state` is OUT_OF_VIEW elsewhere. */
  lo: number;
  hi: number;
  /** Events in view. */
  inView: number;
  column: Int32Array;
  count: Int32Array;
}

/**
 * `binByColumn` over a lane index, for a linear time scale `x(t) = a·t + b`: the
 * events out of view are skipped by binary search, the rest read from typed arrays.
 * Boxes are those of chart/place.ts (`MarkGeometry`).
 */
export function binLane(
  idx: LaneIndex,
  o: {
    a: number;
    b: number;
    width: number;
    columnWidth: number;
    geometry: MarkGeometry;
  },
): LaneBins {
  const n = idx.events.length;
  const state = new Uint8Array(n);
  const x = new Float64Array(n);
  const W = o.width;
  const g = o.geometry;
  const reach = Math.max(g.pointHalf, g.amountHalf, g.spanLead) + 2;
  // Times at x = −reach and x = W + reach (the scale may run either way; take both ends).
  const ta = (-reach - o.b) / o.a;
  const tb = (W + reach - o.b) / o.a;
  const t0 = Math.min(ta, tb);
  const t1 = Math.max(ta, tb);
  const lo = firstAtOrAfter(idx.start, t0 - idx.maxLen);
  const hi = firstAtOrAfter(idx.start, t1);
  const cw = Math.max(1, o.columnWidth);
  const columns = Math.max(1, Math.ceil(W / cw) + 1);
  const count = new Int32Array(columns);
  const column = new Int32Array(Math.max(0, hi - lo));
  let inView = 0;
  for (let i = lo; i < hi; i++) {
    const xs = o.a * idx.start[i]! + o.b;
    let x0: number;
    let x1: number;
    if (idx.flags[i]! & 1) {
      x0 = Math.max(xs, 0) - g.spanLead;
      x1 = Math.min(o.a * idx.stop[i]! + o.b, W) + 1;
    } else {
      const half = idx.flags[i]! & 2 ? g.amountHalf : g.pointHalf;
      x0 = xs - half;
      x1 = xs + half;
    }
    if (x1 < 0 || x0 > W) continue;
    const cx = Math.min(Math.max(x0, 0), W);
    x[i] = cx;
    const c = Math.min(columns - 1, Math.floor(cx / cw));
    column[i - lo] = c;
    count[c]!++;
    state[i] = OFFERED;
    inView++;
  }
  return { idx, state, x, lo, hi, inView, column, count };
}

/**
 * Cap each column at `perColumn` offered events, the lowest rank first (pinned 0, then
 * importance), ties in time order; the rest become OVERFLOW. Returns the offered events.
 */
export function capLane(bins: LaneBins, perColumn: number, pinned: ReadonlySet<string>): NormalizedEvent[] {
  const { idx, state, lo, hi, column, count } = bins;
  let crowded = false;
  for (let c = 0; c < count.length && !crowded; c++) if (count[c]! > perColumn) crowded = true;
  if (crowded) {
    // Ranks are 0 (pinned) to 3 (importance), so no sort: count each column's members per
    // rank, find the rank where the column fills up and how many of that rank still fit,
    // then keep members in time order (index order) by that rule. O(events), no allocation
    // per event: at 100,000 events nearly all of them sit in crowded columns.
    const rank = (i: number) => (pinned.size && pinned.has(idx.events[i]!.id) ? 0 : idx.importance[i]!);
    const R = 4;
    const perRank = new Int32Array(count.length * R);
    for (let i = lo; i < hi; i++) {
      if (state[i] !== OFFERED) continue;
      const c = column[i - lo]!;
      if (count[c]! > perColumn) perRank[c * R + Math.min(R - 1, rank(i))]!++;
    }
    // Per column: ranks below `cutRank` are all kept; of `cutRank`, the first `room` are.
    const cutRank = new Int8Array(count.length).fill(R);
    const room = new Int32Array(count.length);
    for (let c = 0; c < count.length; c++) {
      if (count[c]! <= perColumn) continue;
      let left = perColumn;
      for (let r = 0; r < R; r++) {
        const n = perRank[c * R + r]!;
        if (n > left) {
          cutRank[c] = r;
          room[c] = left;
          break;
        }
        left -= n;
      }
    }
    for (let i = lo; i < hi; i++) {
      if (state[i] !== OFFERED) continue;
      const c = column[i - lo]!;
      const cut = cutRank[c]!;
      if (cut === R) continue;
      const r = Math.min(R - 1, rank(i));
      if (r < cut) continue;
      if (r === cut && room[c]! > 0) room[c]!--;
      else state[i] = OVERFLOW;
    }
  }
  const offered: NormalizedEvent[] = [];
  for (let i = lo; i < hi; i++) if (state[i] === OFFERED) offered.push(idx.events[i]!);
  return offered;
}
