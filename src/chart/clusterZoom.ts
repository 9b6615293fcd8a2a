/**
 * Where a "+N" badge zooms: to the time its events start in, wide enough that
 * their marks (and, in the rows the layout then gives them first, their labels)
 * separate. Never narrower than about a year, so events dated to the same year
 * stack in rows with room for their labels instead of asking for another zoom.
 * Pure.
 */
import { clampDomain, DAY, type Domain } from "./timeScale";

/** Share of the width the events' starts take after the zoom. */
const FILL = 0.6;
/** Narrowest window a badge zooms to. */
const MIN_WINDOW = 400 * DAY;

export function clusterZoomDomain(
  events: readonly { start: number; stop: number }[],
  _width: number,
  limits: Domain,
): Domain {
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const e of events) {
    if (e.start < t0) t0 = e.start;
    if (e.start > t1) t1 = e.start;
  }
  if (!Number.isFinite(t0)) return limits;
  const span = Math.max((t1 - t0) / FILL, MIN_WINDOW);
  const mid = (t0 + t1) / 2;
  return clampDomain([mid - span / 2, mid + span / 2], limits);
}
