// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { RowOccupancy } from "../../src/chart/declutter";

describe("RowOccupancy", () => {
  it("an empty row fits anything", () => {
    const r = new RowOccupancy();
    expect(r.fits(-1e9, 1e9)).toBe(true);
    expect(r.size).toBe(0);
  });

  it("rejects overlaps, including touching ends (closed intervals), and accepts gaps", () => {
    const r = new RowOccupancy();
    r.add(10, 20);
    r.add(40, 50);
    expect(r.size).toBe(2);
    expect(r.fits(0, 9.99)).toBe(true);
    expect(r.fits(0, 10)).toBe(false);
    expect(r.fits(20, 30)).toBe(false);
    expect(r.fits(20.01, 39.99)).toBe(true);
    expect(r.fits(15, 16)).toBe(false); // inside
    expect(r.fits(5, 60)).toBe(false); // around both
    expect(r.fits(25, 45)).toBe(false);
    expect(r.fits(50.01, 70)).toBe(true);
  });

  it("keeps intervals sorted whatever the order they were added in", () => {
    const r = new RowOccupancy();
    r.add(40, 50);
    r.add(0, 5);
    r.add(20, 30);
    expect(r.fits(6, 19)).toBe(true);
    expect(r.fits(31, 39)).toBe(true);
    expect(r.fits(29, 31)).toBe(false);
  });

  it("remove frees exactly the interval given", () => {
    const r = new RowOccupancy();
    r.add(10, 20);
    r.add(30, 40);
    r.remove(10, 20);
    expect(r.size).toBe(1);
    expect(r.fits(10, 20)).toBe(true);
    expect(r.fits(30, 40)).toBe(false);
    r.remove(99, 100); // unknown: no-op
    expect(r.size).toBe(1);
  });

  it("agrees with a brute-force check for any sequence of fits/add/remove (property)", () => {
    const iv = fc
      .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 30 }))
      .map(([x0, w]) => [x0, x0 + w] as const);
    const op = fc.oneof(
      iv.map((v) => ({ kind: "add" as const, v })),
      fc.nat(50).map((i) => ({ kind: "remove" as const, i })),
    );
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 60 }),
        fc.array(iv, { minLength: 1, maxLength: 20 }),
        (ops, probes) => {
          const r = new RowOccupancy();
          const model: (readonly [number, number])[] = [];
          const fitsModel = (x0: number, x1: number) => model.every(([a, b]) => b < x0 || a > x1);
          for (const o of ops) {
            if (o.kind === "add") {
              // As the layout does: only add what fits.
              expect(r.fits(o.v[0], o.v[1])).toBe(fitsModel(o.v[0], o.v[1]));
              if (fitsModel(o.v[0], o.v[1])) {
                r.add(o.v[0], o.v[1]);
                model.push(o.v);
              }
            } else if (model.length) {
              const [a, b] = model.splice(o.i % model.length, 1)[0]!;
              r.remove(a, b);
            }
            expect(r.size).toBe(model.length);
          }
          for (const [x0, x1] of probes) expect(r.fits(x0, x1)).toBe(fitsModel(x0, x1));
        },
      ),
      { numRuns: 300 },
    );
  });
});
