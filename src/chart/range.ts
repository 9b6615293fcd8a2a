/**
 * A visible domain as partial dates at a precision that suits its length: whole
 * years for long ranges, months for a few years, days when zoomed in far. Used
 * for the URL's `from`/`to` and for the range shown beside the zoom control. Pure.
 */
import { toPartialDate, type Precision } from "../data/dates";
import type { Domain } from "./timeScale";

const YEAR = 365.25 * 864e5;

/** Coarsest precision whose rounding stays within ~2% of the span. */
export function rangePrecision(span: number): Precision {
  if (span >= 40 * YEAR) return "year";
  if (span >= 3 * YEAR) return "month";
  return "day";
}

/** True when `t` is the first instant of its year ("year") or month ("month"). */
function aligned(t: number, p: Precision): boolean {
  if (!Number.isFinite(t)) return true;
  const d = new Date(t);
  const day =
    d.getUTCHours() === 0 &&
    d.getUTCMinutes() === 0 &&
    d.getUTCSeconds() === 0 &&
    d.getUTCMilliseconds() === 0;
  return day && d.getUTCDate() === 1 && (p === "month" || d.getUTCMonth() === 0);
}

export function domainToRange(domain: Domain): { from?: string; to?: string } {
  const [a, b] = domain;
  // A range that starts and ends on year (or month) boundaries keeps that form: 2003–2009 stays "2003", "2009".
  // An open range (a URL with only `from=2003-06`) has no span to judge by: its finite end keeps its own form.
  const open = !Number.isFinite(a) || !Number.isFinite(b);
  const p: Precision =
    aligned(a, "year") && aligned(b, "year")
      ? "year"
      : aligned(a, "month") && aligned(b, "month") && (open || rangePrecision(b - a) !== "year")
        ? "month"
        : open
          ? "day"
          : rangePrecision(b - a);
  return {
    ...(Number.isFinite(a) ? { from: toPartialDate(a, p) } : {}),
    // `to` names the last period shown: the one containing the last millisecond.
    ...(Number.isFinite(b) ? { to: toPartialDate(b - 1, p) } : {}),
  };
}
