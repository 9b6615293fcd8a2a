/**
 * Time scale and domain arithmetic for zoom and pan. Pure, UTC throughout:
 * the data are calendar dates, not instants in a local timezone.
 */
import { scaleUtc, type ScaleTime } from "d3-scale";

export type Domain = readonly [number, number];

export const DAY = 864e5;
export const YEAR = 365.25 * DAY;
/** Zoom-in limit: about a month across the chart. */
export const MIN_SPAN = 30 * DAY;

export function createTimeScale(domain: Domain, range: readonly [number, number]): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([range[0], range[1]]);
}

/**
 * The zoom-out limit: the dataset's extent with a little air on each side so the
 * first and last marks are not cut by the chart's edges.
 */
export function paddedExtent(extent: Domain): Domain {
  const span = Math.max(extent[1] - extent[0], YEAR);
  const pad = span * 0.03;
  return [extent[0] - pad, extent[1] + pad];
}

/** Keep a domain inside `limits`, at least MIN_SPAN and at most the limits' span. */
export function clampDomain(d: Domain, limits: Domain, minSpan = MIN_SPAN): Domain {
  const maxSpan = limits[1] - limits[0];
  let span = Math.min(Math.max(d[1] - d[0], minSpan), maxSpan);
  if (!Number.isFinite(span)) span = maxSpan;
  const mid =
    Number.isFinite(d[0]) && Number.isFinite(d[1]) ? (d[0] + d[1]) / 2 : (limits[0] + limits[1]) / 2;
  let a = mid - span / 2;
  if (a < limits[0]) a = limits[0];
  if (a + span > limits[1]) a = limits[1] - span;
  return [a, a + span];
}

/** Resolve a possibly open-ended domain (±Infinity from a URL with only `from`). */
export function resolveDomain(d: Domain | null, extent: Domain): Domain {
  if (!d) return paddedExtent(extent);
  const limits = paddedExtent(extent);
  const a = Number.isFinite(d[0]) ? d[0] : limits[0];
  const b = Number.isFinite(d[1]) ? d[1] : limits[1];
  return [a, b];
}

/** Zoom by `factor` (>1 zooms in) keeping the time at `anchor` fixed on screen. */
export function zoomDomain(d: Domain, factor: number, anchor = (d[0] + d[1]) / 2): Domain {
  return [anchor - (anchor - d[0]) / factor, anchor + (d[1] - anchor) / factor];
}

export function panDomain(d: Domain, dt: number): Domain {
  return [d[0] + dt, d[1] + dt];
}
