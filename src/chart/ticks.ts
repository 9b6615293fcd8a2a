/**
 * Axis ticks that adapt from decades to months. `timeTicks(scale, width)` picks
 * the finest calendar step whose labels keep a readable distance apart.
 */
import { timeInterval, utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from "d3-time";
import { utcFormat } from "d3-time-format";
import type { ScaleTime } from "d3-scale";
import { DAY } from "./timeScale";
import { estimateTextWidth } from "./textWidth";
import { formatYear } from "../data/dates";
import { currentFormatLocale } from "../i18n/displayLocale";
import { intlLocale } from "../i18n/format";

export interface Tick {
  value: number;
  x: number;
  label: string;
  /** Major ticks start a decade (year steps) or a year (month steps). */
  major: boolean;
  /**
   * Shift of the label from its tick (px), so the first and last labels stay whole
   * inside the chart instead of being cut at its edge.
   */
  labelDx: number;
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

// Years through formatYear, so that BC years read "500 BC" (d3's %Y would print "-0499").
const fmtYear = (d: Date) => formatYear(d.getUTCFullYear());

/**
 * Months and days in the chosen language: "Apr" as d3 writes it in English, "4月", "เม.ย.",
 * "thg 4", "មេសា" elsewhere (an English month on a Thai axis was the one word left untranslated).
 */
function inLanguage(opts: Intl.DateTimeFormatOptions, english: (d: Date) => string): (d: Date) => string {
  const byLocale = new Map<string, Intl.DateTimeFormat>();
  return (d) => {
    const locale = currentFormatLocale();
    if (locale === "en") return english(d);
    let f = byLocale.get(locale);
    if (!f)
      byLocale.set(locale, (f = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: "UTC", ...opts })));
    return f.format(d);
  };
}
const fmtMonth = inLanguage({ month: "short" }, utcFormat("%b"));
const fmtMonthAndYear = inLanguage(
  { month: "short", year: "numeric" },
  (d) => `${fmtMonth(d)} ${fmtYear(d)}`,
);
// BC years keep formatYear's "500 BC" form.
const fmtMonthYear = (d: Date) =>
  d.getUTCFullYear() > 0 ? fmtMonthAndYear(d) : `${fmtMonth(d)} ${fmtYear(d)}`;
const fmtDayMonth = inLanguage({ day: "numeric", month: "short" }, utcFormat("%-d %b"));
const fmtDay = inLanguage({ day: "numeric" }, utcFormat("%-d"));

/**
 * Every n years as historians count them: AD ticks at multiples of n (as d3's utcYear.every),
 * BC ticks at n BC, 2n BC… (astronomical years 1 − n, 1 − 2n…), so that labels read
 * "500 BC", not "501 BC". Across the era boundary the step from n BC to n AD has no year 0.
 */
function yearEvery(n: number): TimeInterval {
  const index = (y: number) => (y >= n ? Math.floor(y / n) : y >= 1 ? 0 : 1 - Math.ceil((1 - y) / n));
  const yearOf = (i: number) => (i >= 1 ? i * n : 1 - (1 - i) * n);
  return timeInterval(
    (date) => {
      date.setUTCFullYear(yearOf(index(date.getUTCFullYear())), 0, 1);
      date.setUTCHours(0, 0, 0, 0);
    },
    (date, step) => {
      date.setUTCFullYear(yearOf(index(date.getUTCFullYear()) + step));
    },
    (start, end) => index(end.getUTCFullYear()) - index(start.getUTCFullYear()),
  );
}
/** The year as written (BC years counted back from 1), for "starts a decade". */
const writtenYear = (d: Date) => {
  const y = d.getUTCFullYear();
  return y <= 0 ? 1 - y : y;
};
const monthEvery = (n: number) => utcMonth.every(n)!;

const STEPS: Step[] = [
  // Centuries and millennia, for timelines that reach back before the common era ("500 BC" is wider).
  { interval: yearEvery(1000), shortest: 1000 * 365 * DAY, minPx: 60, label: fmtYear, major: () => true },
  { interval: yearEvery(500), shortest: 500 * 365 * DAY, minPx: 60, label: fmtYear, major: () => true },
  { interval: yearEvery(200), shortest: 200 * 365 * DAY, minPx: 60, label: fmtYear, major: () => true },
  { interval: yearEvery(100), shortest: 100 * 365 * DAY, minPx: 60, label: fmtYear, major: () => true },
  { interval: yearEvery(50), shortest: 50 * 365 * DAY, minPx: 44, label: fmtYear, major: () => true },
  { interval: yearEvery(20), shortest: 20 * 365 * DAY, minPx: 44, label: fmtYear, major: () => true },
  { interval: yearEvery(10), shortest: 10 * 365 * DAY, minPx: 44, label: fmtYear, major: () => true },
  {
    interval: yearEvery(5),
    shortest: 5 * 365 * DAY,
    minPx: 44,
    label: fmtYear,
    major: (d) => writtenYear(d) % 10 === 0,
  },
  {
    interval: yearEvery(2),
    shortest: 2 * 365 * DAY,
    minPx: 44,
    label: fmtYear,
    major: (d) => writtenYear(d) % 10 === 0,
  },
  {
    interval: utcYear,
    shortest: 365 * DAY,
    minPx: 44,
    label: fmtYear,
    major: (d) => writtenYear(d) % 10 === 0,
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

/**
 * Ticks for the scale's domain. Labels (centred on their tick) that would reach
 * past `[-margin, widthPx + margin]` are shifted inward; one that would then
 * crowd its neighbour is left out (its tick stays).
 */
export function timeTicks(
  scale: ScaleTime<number, number>,
  widthPx: number,
  { margin = 0, fontSize = 12 }: { margin?: number; fontSize?: number } = {},
): Tick[] {
  const [d0, d1] = scale.domain() as [Date, Date];
  const step = chooseStep(d1.getTime() - d0.getTime(), widthPx);
  const ticks = step.interval.range(step.interval.ceil(d0), d1).map((d) => ({
    value: d.getTime(),
    x: scale(d),
    label: step.label(d),
    major: step.major(d),
    labelDx: 0,
  }));
  // Bold major labels are a little wider than the estimate's regular weight.
  const half = (t: Tick) => (estimateTextWidth(t.label, fontSize) * (t.major ? 1.08 : 1)) / 2 + 1;
  const lo = -margin;
  const hi = widthPx + margin;
  ticks.forEach((t, i) => {
    const h = half(t);
    if (t.x - h < lo) t.labelDx = lo - (t.x - h);
    else if (t.x + h > hi) t.labelDx = hi - (t.x + h);
    if (t.labelDx === 0) return;
    const nb = ticks[t.labelDx > 0 ? i + 1 : i - 1];
    const gap = 6;
    if (nb && Math.abs(nb.x - (t.x + t.labelDx)) < h + half(nb) + gap) t.label = "";
  });
  return ticks;
}
