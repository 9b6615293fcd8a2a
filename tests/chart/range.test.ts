// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { domainToRange, rangePrecision } from "../../src/chart/range";
import { parsePartialDate } from "../../src/data/dates";
import { DAY, YEAR, type Domain } from "../../src/chart/timeScale";

const U = Date.UTC;

describe("rangePrecision", () => {
  it("years for 40 years and more, months from 3 years, days below", () => {
    expect(rangePrecision(75 * YEAR)).toBe("year");
    expect(rangePrecision(40 * YEAR)).toBe("year");
    expect(rangePrecision(39 * YEAR)).toBe("month");
    expect(rangePrecision(3 * YEAR)).toBe("month");
    expect(rangePrecision(2.9 * YEAR)).toBe("day");
    expect(rangePrecision(30 * DAY)).toBe("day");
  });
});

describe("domainToRange", () => {
  it.each<[string, Domain, { from?: string; to?: string }]>([
    [
      "year-aligned short domains keep year form",
      [U(2003, 0, 1), U(2010, 0, 1)],
      { from: "2003", to: "2009" },
    ],
    ["one whole year", [U(2003, 0, 1), U(2004, 0, 1)], { from: "2003", to: "2003" }],
    ["year-aligned long domains", [U(1950, 0, 1), U(2024, 0, 1)], { from: "1950", to: "2023" }],
    [
      "month-aligned short domains keep month form",
      [U(2003, 3, 1), U(2003, 6, 1)],
      { from: "2003-04", to: "2003-06" },
    ],
    ["one whole month", [U(2003, 1, 1), U(2003, 2, 1)], { from: "2003-02", to: "2003-02" }],
    ["month-aligned but 45 years: years", [U(1977, 7, 1), U(2022, 9, 1)], { from: "1977", to: "2022" }],
    ["unaligned decades: years", [U(1960, 4, 9, 13), U(2020, 2, 1, 7)], { from: "1960", to: "2020" }],
    [
      "unaligned few years: months",
      [U(2001, 4, 9, 13), U(2008, 2, 1, 7)],
      { from: "2001-05", to: "2008-03" },
    ],
    [
      "unaligned months: days",
      [U(2003, 4, 9, 13), U(2003, 7, 1, 7)],
      { from: "2003-05-09", to: "2003-08-01" },
    ],
    [
      "day-aligned end is exclusive",
      [U(2003, 4, 9), U(2003, 7, 1)],
      { from: "2003-05-09", to: "2003-07-31" },
    ],
    ["open start", [-Infinity, U(2000, 0, 1)], { to: "1999" }],
    ["open end", [U(2003, 5, 1), Infinity], { from: "2003-06" }],
    ["fully open", [-Infinity, Infinity], {}],
    ["open end, day form", [U(2003, 5, 17), Infinity], { from: "2003-06-17" }],
    ["open start, month form", [-Infinity, U(2003, 6, 1)], { to: "2003-06" }],
    ["open end, unaligned: days", [U(2003, 5, 17, 13), Infinity], { from: "2003-06-17" }],
  ])("%s", (_, d, want) => {
    expect(domainToRange(d)).toEqual(want);
  });

  it("the range read back always covers the domain, and rounds by at most its precision (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: U(1900, 0, 1), max: U(2030, 0, 1) }),
        fc.integer({ min: 30 * 24, max: 100 * 366 * 24 }),
        (a, hours) => {
          const d: Domain = [a, a + hours * 36e5];
          const r = domainToRange(d);
          const from = parsePartialDate(r.from!)!;
          const to = parsePartialDate(r.to!)!;
          expect(from.start).toBeLessThanOrEqual(d[0]);
          expect(to.end).toBeGreaterThanOrEqual(d[1]);
          expect(from.precision).toBe(to.precision);
          // Never more than a period of slack at each end.
          expect(d[0] - from.start).toBeLessThan(from.end - from.start);
          expect(to.end - d[1]).toBeLessThan(to.end - to.start);
        },
      ),
    );
  });

  it("a partial date alone at either end keeps its precision (a URL with only from or to)", () => {
    for (const t of ["1977", "2003-06", "2003-06-17", "2024-02-29"]) {
      const d = parsePartialDate(t)!;
      expect(domainToRange([d.start, Infinity])).toEqual({ from: t });
      // The end keeps its instant (the last day of a month may come back as the month).
      expect(parsePartialDate(domainToRange([-Infinity, d.end]).to!)!.end).toBe(d.end);
    }
  });
});
