/**
 * Binning for the Figures value charts when a series has too many values to draw
 * one row each (a dataset of 100,000 events holds tens of thousands of amounts).
 * Rows become periods of whole years and, inside a row, values are counted per
 * cell a few pixels wide on the value axis: the drawing then costs at most
 * periods × cells, however many values there are. Pure; no value is computed from
 * another (each row keeps the index of its smallest and largest value, so what is
 * written is a figure the data holds).
 */
import { binStart, yearOf } from "../../chart/aggregate";

/** More values than this in one series are binned; fewer are drawn one row each. */
export const BIN_ABOVE = 150;
/** Width of a value cell (px). */
export const CELL_PX = 4;
/** Period lengths tried, shortest first, until the rows fit `MAX_ROWS`. */
const PERIODS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
const MAX_ROWS = 40;

export interface BinPoint {
  /** Start of the value's date, ms since epoch (UTC). */
  start: number;
  value: number;
}

export interface ValueBinRow {
  /** First year of the period. */
  from: number;
  /** Values in the period. */
  count: number;
  /** Index (into the points) of the period's smallest and largest value, or -1 when empty. */
  minIndex: number;
  maxIndex: number;
  /** Values per cell of the value axis. */
  cells: Uint32Array;
}

export interface ValueBins {
  /** Years per row. */
  size: number;
  rows: ValueBinRow[];
  /** Largest count in any cell, so shades compare across rows. */
  maxCell: number;
}

/** The shortest period (years) that keeps the rows from `lo` to `hi` within `maxRows`. */
export function periodYears(lo: number, hi: number, maxRows = MAX_ROWS): number {
  for (const p of PERIODS) if ((binStart(hi, p) - binStart(lo, p)) / p + 1 <= maxRows) return p;
  return PERIODS[PERIODS.length - 1]!;
}

/**
 * Count `points` per period (rows, every period from the first to the last, empty
 * ones included so gaps show) and per cell of `cellPx` pixels of `x(value)`, over
 * `cells` cells. A value outside the axis is counted in the nearest end cell.
 */
export function binValues(
  points: readonly BinPoint[],
  x: (v: number) => number,
  cells: number,
  cellPx = CELL_PX,
): ValueBins {
  if (points.length === 0 || cells <= 0) return { size: 1, rows: [], maxCell: 0 };
  let lo = Infinity;
  let hi = -Infinity;
  const years = new Int32Array(points.length);
  for (let i = 0; i < points.length; i++) {
    const y = yearOf(points[i]!.start);
    years[i] = y;
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  const size = periodYears(lo, hi);
  const first = binStart(lo, size);
  const rows: ValueBinRow[] = [];
  for (let b = first; b <= binStart(hi, size); b += size)
    rows.push({ from: b, count: 0, minIndex: -1, maxIndex: -1, cells: new Uint32Array(cells) });
  let maxCell = 0;
  for (let i = 0; i < points.length; i++) {
    const row = rows[(binStart(years[i]!, size) - first) / size]!;
    const v = points[i]!.value;
    const px = x(v);
    const c = Number.isFinite(px) ? Math.min(cells - 1, Math.max(0, Math.floor(px / cellPx))) : 0;
    const n = ++row.cells[c]!;
    if (n > maxCell) maxCell = n;
    row.count++;
    if (row.minIndex < 0 || v < points[row.minIndex]!.value) row.minIndex = i;
    if (row.maxIndex < 0 || v > points[row.maxIndex]!.value) row.maxIndex = i;
  }
  return { size, rows, maxCell };
}

/**
 * SVG path data for the cells of one row whose shade is `level` (1–4), as one
 * path per level so a row is at most four elements, however many cells it has.
 */
export function cellPaths(
  cells: Uint32Array,
  maxCell: number,
  shade: (n: number, max: number) => number,
  cellPx: number,
  y: number,
  h: number,
): string[] {
  const out = ["", "", "", ""];
  for (let c = 0; c < cells.length; c++) {
    const n = cells[c]!;
    if (n === 0) continue;
    const level = shade(n, maxCell);
    out[level - 1] += `M${c * cellPx},${y}h${cellPx - 1}v${h}h${1 - cellPx}Z`;
  }
  return out;
}
