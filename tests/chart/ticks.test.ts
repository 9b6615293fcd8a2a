// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chooseStep, timeTicks } from "../../src/chart/ticks";
import { createTimeScale, DAY, MIN_SPAN, YEAR, type Domain } from "../../src/chart/timeScale";
import { estimateTextWidth } from "../../src/chart/textWidth";
import { setFormatLocale } from "../../src/i18n/displayLocale";
import type { Locale } from "../../src/i18n/locales";

const U = Date.UTC;
const ticksFor = (domain: Domain, width: number) => timeTicks(createTimeScale(domain, [0, width]), width);
/** The distance in years (or months) between consecutive ticks. */
const yearGaps = (ts: { value: number }[]) =>
  ts.slice(1).map((t, i) => new Date(t.value).getUTCFullYear() - new Date(ts[i]!.value).getUTCFullYear());
const monthGaps = (ts: { value: number }[]) =>
  ts.slice(1).map((t, i) => {
    const a = new Date(ts[i]!.value);
    const b = new Date(t.value);
    return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  });

describe("chooseStep / timeTicks", () => {
  it("75 years: year labels every 5 years at 1000 px (decades in bold), every decade at 600 px", () => {
    const d: Domain = [U(1950, 0, 1), U(2025, 0, 1)];
    const wide = ticksFor(d, 1000);
    expect(new Set(yearGaps(wide))).toEqual(new Set([5]));
    expect(wide.map((t) => t.label)).toContain("1975");
    expect(wide.filter((t) => t.major).map((t) => t.label)).toEqual([
      "1950",
      "1960",
      "1970",
      "1980",
      "1990",
      "2000",
      "2010",
      "2020",
    ]);
    const mid = ticksFor(d, 600);
    expect(mid.map((t) => t.label)).toEqual(["1950", "1960", "1970", "1980", "1990", "2000", "2010", "2020"]);
    expect(mid.every((t) => t.major)).toBe(true);
  });

  it("about 7 years at 1000 px: one label a year", () => {
    const ts = ticksFor([U(2003, 0, 1), U(2010, 0, 1)], 1000);
    expect(ts.map((t) => t.label)).toEqual(["2003", "2004", "2005", "2006", "2007", "2008", "2009"]);
    expect(ts.filter((t) => t.major).map((t) => t.label)).toEqual([]);
  });

  it("one year at 1000 px: months, the year itself as the January label", () => {
    const ts = ticksFor([U(2003, 0, 1), U(2004, 0, 1)], 1000);
    expect(ts.map((t) => t.label)).toEqual([
      "2003",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
    ]);
    expect(ts.filter((t) => t.major).map((t) => t.label)).toEqual(["2003"]);
  });

  it("two years: months at 1000 px, quarters at 700 px, half years labelled with their year at 320 px", () => {
    const d: Domain = [U(2003, 0, 1), U(2005, 0, 1)];
    expect(new Set(monthGaps(ticksFor(d, 1000)))).toEqual(new Set([1]));
    expect(new Set(monthGaps(ticksFor(d, 700)))).toEqual(new Set([3]));
    expect(ticksFor(d, 320).map((t) => t.label)).toEqual(["2003", "Jul 2003", "2004", "Jul 2004"]);
  });

  it("gets coarser as the chart narrows and finer as it widens (monotone)", () => {
    const span = 20 * YEAR;
    let last = Infinity;
    for (let w = 200; w <= 4000; w += 50) {
      const ts = ticksFor([U(1990, 0, 1), U(1990, 0, 1) + span], w);
      expect(ts.length).toBeGreaterThan(0);
      expect(ts.length).toBeGreaterThanOrEqual(Math.min(last, ts.length));
      last = ts.length;
    }
    expect(ticksFor([U(1990, 0, 1), U(2010, 0, 1)], 4000).length).toBeGreaterThan(
      ticksFor([U(1990, 0, 1), U(2010, 0, 1)], 320).length,
    );
  });

  it("a span of zero or less does not throw", () => {
    expect(() => chooseStep(0, 1000)).not.toThrow();
    expect(() => chooseStep(-5, 1000)).not.toThrow();
  });

  // Spans from the zoom-in limit to a century, widths from a phone to 4K.
  const spanArb = fc.double({ min: MIN_SPAN, max: 120 * YEAR, noNaN: true });
  const startArb = fc.integer({ min: U(1900, 0, 1), max: U(2030, 0, 1) });
  const widthArb = fc.integer({ min: 320, max: 3840 });

  it("ticks are never closer than their step's minPx, not even around February (property)", () => {
    fc.assert(
      fc.property(startArb, spanArb, widthArb, (a, span, w) => {
        const step = chooseStep(span, w);
        const ts = ticksFor([a, a + span], w);
        for (let i = 1; i < ts.length; i++)
          expect(ts[i]!.x - ts[i - 1]!.x).toBeGreaterThanOrEqual(step.minPx - 1e-6);
        for (const t of ts) {
          expect(t.x).toBeGreaterThanOrEqual(-1e-6);
          expect(t.x).toBeLessThanOrEqual(w + 1e-6);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("labels never overlap, even at the presentation size (15 px, bold), at any width from 320 px (property)", () => {
    fc.assert(
      fc.property(startArb, spanArb, widthArb, (a, span, w) => {
        const ts = ticksFor([a, a + span], w);
        const half = (label: string) => estimateTextWidth(label, 15) / 2;
        for (let i = 1; i < ts.length; i++) {
          const gap = ts[i]!.x - ts[i - 1]!.x - half(ts[i]!.label) - half(ts[i - 1]!.label);
          expect(gap).toBeGreaterThanOrEqual(4);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("at 320 px, a long span still gets several labels, and a year gets at least a few", () => {
    const long = ticksFor([U(1950, 0, 1), U(2025, 0, 1)], 320);
    expect(long.length).toBeGreaterThanOrEqual(3);
    expect(long.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    const year = ticksFor([U(2003, 0, 1), U(2004, 0, 1)], 320);
    expect(year.length).toBeGreaterThanOrEqual(3);
    // Month steps with 28-day months: at 320 px a year shows quarters, not months.
    expect(new Set(monthGaps(year))).toEqual(new Set([3]));
  });

  it("a tick's x is the scale's position of its date", () => {
    const d: Domain = [U(2003, 0, 1), U(2004, 0, 1)];
    const s = createTimeScale(d, [0, 1000]);
    for (const t of timeTicks(s, 1000)) expect(t.x).toBeCloseTo(s(t.value), 6);
    expect(timeTicks(s, 1000)[6]!.x).toBeCloseTo((181 * DAY * 1000) / (365 * DAY), 6);
  });
});

describe("zoomed in to the limit", () => {
  it("a 30-day window always shows labelled ticks (weeks or days), at phone and desktop widths", () => {
    for (const width of [320, 1000]) {
      for (const start of [Date.UTC(2003, 0, 1, 12), Date.UTC(2008, 1, 10), Date.UTC(2020, 11, 20)]) {
        const scale = createTimeScale([start, start + MIN_SPAN], [0, width]);
        const ticks = timeTicks(scale, width);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.every((t) => t.label.length > 0)).toBe(true);
      }
    }
  });
});

describe("month and day labels in the chosen language", () => {
  const months: Domain = [U(1976, 0, 1), U(1979, 0, 1)];
  const labels = (locale: Locale, d: Domain, w: number) => {
    setFormatLocale(locale);
    try {
      return ticksFor(d, w).map((t) => t.label);
    } finally {
      setFormatLocale("en");
    }
  };

  it("names months as each language does, years unchanged", () => {
    expect(labels("en", months, 1000)).toContain("Apr");
    const ja = labels("ja", months, 1000);
    expect(ja).toContain("4月");
    expect(ja).toContain("1977");
    const th = labels("th", months, 1000);
    expect(th).toContain("เม.ย.");
    expect(th.join(" ")).not.toMatch(/Apr|Jul|Oct/);
    expect(labels("vi", months, 1000).join(" ")).not.toMatch(/Apr|Jul|Oct/);
  });

  it("days too, zoomed in to weeks", () => {
    const weeks: Domain = [U(2003, 2, 1), U(2003, 3, 15)];
    expect(labels("ja", weeks, 1000).some((l) => /月\d+日|\d+日/.test(l))).toBe(true);
    expect(labels("en", weeks, 1000).some((l) => / Mar$/.test(l))).toBe(true);
  });
});
