import { describe, expect, it } from "vitest";
import { binValues, cellPaths, periodYears } from "../../src/components/Figures/valueBins";
import { shadeLevel } from "../../src/components/Figures/BinHeatmap";

const at = (year: number) => Date.UTC(year, 5, 1);

describe("binning a long value series", () => {
  it("picks the shortest period that keeps the rows within the limit", () => {
    expect(periodYears(2000, 2010)).toBe(1);
    expect(periodYears(1945, 2030)).toBe(5);
    expect(periodYears(1945, 2030, 100)).toBe(1);
    expect(periodYears(-500, 2030)).toBe(100);
  });

  it("counts every value once, per period and per cell, keeping real extremes", () => {
    const points = [
      { start: at(2001), value: 5 },
      { start: at(2001), value: 50 },
      { start: at(2003), value: 7 },
      { start: at(2001), value: 5.5 },
    ];
    // 1 px per unit of value, 10 px cells: 5 and 5.5 share a cell, 50 and 7 have their own.
    const bins = binValues(points, (v) => v, 10, 10);
    expect(bins.size).toBe(1);
    expect(bins.rows.map((r) => r.from)).toEqual([2001, 2002, 2003]);
    expect(bins.rows.map((r) => r.count)).toEqual([3, 0, 1]);
    expect([...bins.rows[0]!.cells]).toEqual([2, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(bins.maxCell).toBe(2);
    expect(bins.rows[0]!.minIndex).toBe(0);
    expect(bins.rows[0]!.maxIndex).toBe(1);
    expect(bins.rows[1]!.minIndex).toBe(-1);
    const total = bins.rows.reduce((n, r) => n + r.cells.reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(points.length);
  });

  it("puts values off the axis in the end cells", () => {
    const bins = binValues(
      [
        { start: at(2000), value: -3 },
        { start: at(2000), value: 1e9 },
      ],
      (v) => v,
      4,
      1,
    );
    expect([...bins.rows[0]!.cells]).toEqual([1, 0, 0, 1]);
  });

  it("draws a row as at most four paths, one per shade", () => {
    const cells = Uint32Array.from([1, 0, 8, 8, 3]);
    const paths = cellPaths(cells, 8, shadeLevel, 4, 7, 12);
    expect(paths).toHaveLength(4);
    expect(paths[3]).toBe("M8,7h3v12h-3ZM12,7h3v12h-3Z");
    expect(paths[0]).toBe("M0,7h3v12h-3Z");
    expect(paths[1]).toBe("M16,7h3v12h-3Z");
    expect(paths[2]).toBe("");
  });

  it("costs the same whatever the number of values", () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({
      start: at(1945 + (i % 86)),
      value: 1 + (i % 997),
    }));
    const bins = binValues(many, (v) => v / 2, 125);
    expect(bins.rows.length).toBeLessThanOrEqual(40);
    expect(bins.rows.reduce((n, r) => n + r.count, 0)).toBe(50_000);
  });
});
