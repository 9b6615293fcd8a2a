// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { packRows, RowOccupancy, type Candidate } from "../../src/chart/declutter";

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
              // As packRows does: only add what fits.
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

const rows = (n: number) => Array.from({ length: n }, () => new RowOccupancy());
const cand = (id: string, ...opts: [number, number][]): Candidate => ({
  id,
  options: opts.map(([x0, x1]) => ({ x0, x1 })),
});

describe("packRows", () => {
  it("earlier candidates (higher priority) win the space", () => {
    const { placed, left } = packRows([cand("important", [0, 100]), cand("minor", [50, 150])], rows(1), 0);
    expect(placed).toEqual([{ id: "important", row: 0, option: 0 }]);
    expect(left).toEqual(["minor"]);
    // In the other order the minor one wins: order is the priority.
    expect(packRows([cand("minor", [50, 150]), cand("important", [0, 100])], rows(1), 0).left).toEqual([
      "important",
    ]);
  });

  it("tries the next row, then the next option, before giving up", () => {
    const r = rows(2);
    const { placed, left } = packRows(
      [cand("a", [0, 100]), cand("b", [50, 150]), cand("c", [60, 160], [200, 260]), cand("d", [70, 80])],
      r,
      0,
    );
    expect(placed).toEqual([
      { id: "a", row: 0, option: 0 },
      { id: "b", row: 1, option: 0 },
      { id: "c", row: 0, option: 1 },
    ]);
    expect(left).toEqual(["d"]);
  });

  it("prefers an earlier option in a later row over a later option in the first row", () => {
    const { placed } = packRows([cand("a", [0, 100]), cand("b", [50, 150], [300, 400])], rows(2), 0);
    expect(placed[1]).toEqual({ id: "b", row: 1, option: 0 });
  });

  it("keeps `gap` pixels between neighbours", () => {
    expect(packRows([cand("a", [0, 100]), cand("b", [105, 200])], rows(1), 10).left).toEqual(["b"]);
    expect(packRows([cand("a", [0, 100]), cand("b", [111, 200])], rows(1), 10).left).toEqual([]);
  });

  it("continues filling rows that already hold items", () => {
    const r = rows(1);
    r[0]!.add(0, 100);
    expect(packRows([cand("a", [50, 60]), cand("b", [120, 130])], r, 0)).toEqual({
      placed: [{ id: "b", row: 0, option: 0 }],
      left: ["a"],
    });
  });

  it("with no rows, everything is left out", () => {
    expect(packRows([cand("a", [0, 1])], [], 0)).toEqual({ placed: [], left: ["a"] });
  });

  it("never places two overlapping boxes in one row, and accounts for every candidate (property)", () => {
    const c = fc
      .array(
        fc.array(
          fc
            .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 120 }))
            .map(([x, w]) => [x, x + w] as [number, number]),
          { minLength: 1, maxLength: 3 },
        ),
        { maxLength: 40 },
      )
      .map((list) => list.map((opts, i) => cand(`c${i}`, ...opts)));
    fc.assert(
      fc.property(c, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 8 }), (cands, n, gap) => {
        const { placed, left } = packRows(cands, rows(n), gap);
        expect(placed.length + left.length).toBe(cands.length);
        const boxes = placed.map((p) => {
          const o = cands.find((x) => x.id === p.id)!.options[p.option]!;
          return { row: p.row, x0: o.x0, x1: o.x1 };
        });
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (a.row === b.row) expect(a.x1 + gap <= b.x0 || b.x1 + gap <= a.x0).toBe(true);
          }
        // A candidate left out had nowhere to go: each of its options hits a placed box in every row.
        for (const id of left) {
          for (const o of cands.find((x) => x.id === id)!.options)
            for (let r = 0; r < n; r++)
              expect(boxes.some((b) => b.row === r && !(b.x1 + gap < o.x0 || o.x1 + gap < b.x0))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
