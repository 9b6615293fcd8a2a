/**
 * Pre-binning for the layout (chart/place.ts): the screen is cut into columns
 * narrower than one mark, and each column offers the row packer at most
 * `perColumn` events, the most important first. Two marks anchored in the same
 * column overlap, so a lane with R rows can never draw more than about R of
 * them; the others go straight to the counted `+N` badges without being tried
 * row by row. The packer's work then follows the screen (columns × rows), not
 * the number of events in view: 100,000 events zoomed out cost what a few
 * thousand do. Below the cap nothing changes: every event is offered, in the
 * same order. Pure.
 */

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
