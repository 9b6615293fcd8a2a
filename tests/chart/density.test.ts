// @vitest-environment node
import { describe, expect, it } from "vitest";
import { densityBins } from "../../src/chart/density";
import { smallDataset } from "../fixtures/small";

const U = Date.UTC;

describe("densityBins", () => {
  it("one bin per calendar year covering the domain, counting events by their start year", () => {
    const ev = [{ start: U(2003, 0, 1) }, { start: U(2003, 11, 31, 23) }, { start: U(2005, 6, 1) }];
    const bins = densityBins(ev, [U(2003, 5, 1), U(2005, 2, 1)]);
    expect(bins.map((b) => new Date(b.start).getUTCFullYear())).toEqual([2003, 2004, 2005]);
    expect(bins.map((b) => b.count)).toEqual([2, 0, 1]);
    for (const b of bins) expect(b.stop).toBe(U(new Date(b.start).getUTCFullYear() + 1, 0, 1));
  });

  it("ignores events outside the domain's years", () => {
    const bins = densityBins(
      [{ start: U(1990, 0, 1) }, { start: U(2010, 0, 1) }],
      [U(2000, 0, 1), U(2010, 0, 1)],
    );
    expect(bins).toHaveLength(10);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(0);
  });

  it("counts every event of a dataset over its extent exactly once", () => {
    const ds = smallDataset();
    const bins = densityBins(ds.events, ds.extent);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(ds.events.length);
    expect(bins.find((b) => b.start === U(2003, 0, 1))!.count).toBe(1);
    expect(bins[0]!.start).toBe(U(1977, 0, 1));
  });

  it("an empty domain gives no bins", () => {
    expect(densityBins([{ start: 0 }], [U(2003, 0, 1), U(2003, 0, 1)])).toEqual([]);
  });
});
