/**
 * Axis ticks that adapt from decades to months. `timeTicks(scale, width)` picks
 * the finest calendar step whose labels keep a readable distance apart.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from "d3-time";
import { utcFormat } from "d3-time-format";
import type { ScaleTime } from "d3-scale";
import { DAY } from "./timeScale";

export interface Tick {
  value: number;
  x: number;
  label: string;
  /** Major ticks start a decade (year steps) or a year (month steps). */
  major: boolean;
}

interface Step {
  interval: TimeInterval;
  /** The shortest real gap between two ticks in ms (February, non-leap years), so
   *  ticks are never closer than `minPx`, not just on average. */
  shortest: number;
  /** Minimum pixels between two ticks for their labels to read well. */
  minPx: number;
  label: (d: Date) => string;
  major: (d: Date) => boolean;
}

const fmtYear = utcFormat("%Y");
const fmtMonth = utcFormat("%b");
const fmtMonthYear = utcFormat("%b %Y");
const fmtDayMonth = utcFormat("%-d %b");
const fmtDay = utcFormat("%-d");

const yearEvery = (n: number) => utcYear.every(n)!;
const monthEvery = (n: number) => utcMonth.every(n)!;

const STEPS: Step[] = [
  { interval: yearEvery(50), shortest: 50 * 365 * DAY, minPx: 44, label: fmtYear, major: () => true },
  { interval: yearEvery(20), shortest: 20 * 365 * DAY, minPx: 44, label: fmtYear, major: () => true },
  { interval: yearEvery(10), shortest: 10 * 365 * DAY, minPx: 44, label: fmtYear, major: () => true },
  {
    interval: yearEvery(5),
    shortest: 5 * 365 * DAY,
    minPx: 44,
    label: fmtYear,
    major: (d) => d.getUTCFullYear() % 10 === 0,
  },
  {
    interval: yearEvery(2),
    shortest: 2 * 365 * DAY,
    minPx: 44,
    label: fmtYear,
    major: (d) => d.getUTCFullYear() % 10 === 0,
  },
  {
    interval: utcYear,
    shortest: 365 * DAY,
    minPx: 44,
    label: fmtYear,
    major: (d) => d.getUTCFullYear() % 10 === 0,
  },
  {
    interval: monthEvery(6),
    shortest: 181 * DAY, // January–June
    minPx: 72,
    label: (d) => (d.getUTCMonth() === 0 ? fmtYear(d) : fmtMonthYear(d)),
    major: (d) => d.getUTCMonth() === 0,
  },
  {
    interval: monthEvery(3),
    shortest: 90 * DAY, // January–March
    minPx: 44,
    label: (d) => (d.getUTCMonth() === 0 ? fmtYear(d) : fmtMonth(d)),
    major: (d) => d.getUTCMonth() === 0,
  },
  {
    interval: utcMonth,
    shortest: 28 * DAY,
    minPx: 38,
    label: (d) => (d.getUTCMonth() === 0 ? fmtYear(d) : fmtMonth(d)),
    major: (d) => d.getUTCMonth() === 0,
  },
  // Zoomed in to a few months or weeks: Mondays, then days (weeks are always 7 days, so the spacing holds).
  {
    interval: utcMonday,
    shortest: 7 * DAY,
    minPx: 64,
    label: (d) => fmtDayMonth(d),
    major: (d) => d.getUTCDate() <= 7,
  },
  {
    interval: utcDay,
    shortest: DAY,
    minPx: 50,
    label: (d) => (d.getUTCDate() === 1 ? fmtDayMonth(d) : fmtDay(d)),
    major: (d) => d.getUTCDate() === 1,
  },
];

/** Choose the finest step whose ticks are at least its `minPx` apart. */
export function chooseStep(spanMs: number, widthPx: number): Step {
  const pxPerMs = widthPx / Math.max(spanMs, 1);
  let chosen = STEPS[0]!;
  for (const step of STEPS) {
    if (step.shortest * pxPerMs >= step.minPx) chosen = step;
    else break;
  }
  return chosen;
}

export function timeTicks(scale: ScaleTime<number, number>, widthPx: number): Tick[] {
  const [d0, d1] = scale.domain() as [Date, Date];
  const step = chooseStep(d1.getTime() - d0.getTime(), widthPx);
  return step.interval.range(step.interval.ceil(d0), d1).map((d) => ({
    value: d.getTime(),
    x: scale(d),
    label: step.label(d),
    major: step.major(d),
  }));
}
