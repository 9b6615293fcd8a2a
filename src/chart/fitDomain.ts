/**
 * The range that fits a filter's or a search's results: their whole extent with
 * a margin, at least two years wide (one event is shown with its neighbourhood),
 * or null ("whole period") when the results span nearly all of it anyway or
 * there are none. Pure.
 */
import { clampDomain, DAY, YEAR, type Domain } from "./timeScale";

const MIN_FIT = 2 * YEAR;
/** Results spanning more than this share of the whole period show the whole period. */
const NEARLY_ALL = 0.85;

export function fitDomain(events: readonly { start: number; stop: number }[], limits: Domain): Domain | null {
  if (!events.length) return null;
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const e of events) {
    if (e.start < t0) t0 = e.start;
    if (e.stop > t1) t1 = e.stop;
  }
  const whole = limits[1] - limits[0];
  if (t1 - t0 >= whole * NEARLY_ALL) return null;
  const span = Math.max((t1 - t0) * 1.12, MIN_FIT);
  const mid = (t0 + t1) / 2;
  // Whole days, so the range reads cleanly in the URL and beside the zoom buttons.
  const a = Math.floor((mid - span / 2) / DAY) * DAY;
  const b = Math.ceil((mid + span / 2) / DAY) * DAY;
  return clampDomain([a, b], limits);
}
