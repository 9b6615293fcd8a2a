// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import raw from "../../data/events.json";
import { validateDataset } from "../../src/data/validate";
import { normalizeDataset, type NormalizedDataset } from "../../src/data/normalize";
import type { TimelineEvent } from "../../src/data/schema";
import { pairDataset } from "./pairFrame";
import { findPairs } from "../../src/chart/pairs";
import { buildPairIndex, pairIndexOf, sortCandidates } from "../../src/chart/pairIndex";

const row = fc.record({
  y: fc.integer({ min: 1990, max: 1999 }),
  m: fc.integer({ min: 1, max: 12 }),
  side: fc.constantFrom(["japan"], ["china"], ["japan", "china"], ["asean"], ["china", "asean"]),
  cat: fc.constantFrom("trade", "aid"),
  imp: fc.constantFrom(1, 2, 3),
  related: fc.array(fc.nat(29), { maxLength: 2 }),
  respondsTo: fc.array(fc.nat(29), { maxLength: 1 }),
});
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

/** A normalized dataset from generated rows; links point at other rows by index. */
function dataset(rows: Row[]): NormalizedDataset {
  const id = (i: number) => `e${i}`;
  return pairDataset(
    rows.map((r, i) => {
      const links = (l: number[]) => [...new Set(l.filter((j) => j < rows.length && j !== i).map(id))];
      const related = links(r.related);
      const respondsTo = links(r.respondsTo);
      return {
        id: id(i),
        date: `${r.y}-${String(r.m).padStart(2, "0")}`,
        title: id(i),
        summary: "x",
        sources: [{ source: "s" }],
        actors: [...r.side],
        category: r.cat,
        importance: r.imp as 1 | 2 | 3,
        ...(related.length ? { related } : {}),
        ...(respondsTo.length ? { respondsTo } : {}),
      } as TimelineEvent;
    }),
  );
}

describe("pair index: filtered pairs equal findPairs on the filtered events", () => {
  it("for any dataset, subset, window and sides (property)", () => {
    fc.assert(
      fc.property(
        fc
          .array(row, { maxLength: 30 })
          .chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.subarray([...rows.keys()]),
              fc.integer({ min: 0, max: 4 }),
              fc.boolean(),
            ),
          ),
        ([rows, keep, w, swap]) => {
          const ds = dataset(rows);
          const sides: [string, string] = swap ? ["china", "japan"] : ["japan", "china"];
          const kept = new Set(keep.map((i) => `e${i}`));
          const subset = ds.events.filter((e) => kept.has(e.id));
          const index = buildPairIndex(ds.events, sides, w);
          expect(index.pairsAmong(subset)).toEqual(findPairs(subset, sides, w));
          // The same index answers the next filter too, and the whole set.
          expect(index.pairsAmong(ds.events)).toEqual(findPairs(ds.events, sides, w));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the built-in data, filtered by time range and by category", () => {
    const ds = normalizeDataset(validateDataset(raw).dataset!);
    const index = buildPairIndex(ds.events, ["japan", "china"]);
    const filters = [
      () => true,
      (e: (typeof ds.events)[number]) => e.start >= Date.UTC(1990, 0, 1) && e.start < Date.UTC(2010, 0, 1),
      (e: (typeof ds.events)[number]) => e.category === ds.events[0]!.category,
      (e: (typeof ds.events)[number]) => e.id.charCodeAt(e.id.length - 1) % 2 === 0,
    ];
    for (const f of filters) {
      const evs = ds.events.filter(f);
      expect(index.pairsAmong(evs)).toEqual(findPairs(evs, ["japan", "china"]));
    }
    expect(index.pairsAmong(ds.events).length).toBeGreaterThan(0);
  });

  it("is kept per dataset and sides: the same index for the same dataset, another for another", () => {
    const a = normalizeDataset(validateDataset(raw).dataset!);
    const b = normalizeDataset(validateDataset(raw).dataset!);
    expect(pairIndexOf(a, ["japan", "china"])).toBe(pairIndexOf(a, ["japan", "china"]));
    expect(pairIndexOf(a, ["japan", "china"])).not.toBe(pairIndexOf(b, ["japan", "china"]));
    expect(pairIndexOf(a, ["japan", "china"])).not.toBe(pairIndexOf(a, ["china", "japan"]));
  });
});

describe("sortCandidates", () => {
  it("packed keys and the comparator give the same order (property)", () => {
    const cand = fc.record({
      a: fc.nat(40),
      b: fc.nat(40),
      g: fc.nat(3),
      d: fc.constantFrom(0, 86_400_000, 5.5, 3e10, 1),
    });
    fc.assert(
      fc.property(fc.uniqueArray(cand, { selector: (c) => `${c.a}|${c.b}`, maxLength: 60 }), (cs) => {
        const n = cs.length;
        const ca = Int32Array.from(cs.map((c) => c.a));
        const cb = Int32Array.from(cs.map((c) => c.b));
        const cg = Int32Array.from(cs.map((c) => c.g));
        const cd = Float64Array.from(cs.map((c) => c.d));
        const packed = sortCandidates(n, ca, cb, cg, cd, 41);
        const compared = sortCandidates(n, ca, cb, cg, cd, 41, 0);
        expect([...packed[0]]).toEqual([...compared[0]]);
        expect([...packed[1]]).toEqual([...compared[1]]);
      }),
    );
  });
});
