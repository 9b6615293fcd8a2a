import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  binByColumn,
  binLane,
  capLane,
  indexLanes,
  OFFERED,
  OUT_OF_VIEW,
  OVERFLOW,
} from "../../src/chart/columnBins";
import type { NormalizedEvent } from "../../src/data/normalize";

interface Ev {
  x: number;
  w: number;
  rank: number;
}
const opts = (width: number, columnWidth: number, perColumn: number) => ({
  box: (e: Ev, out: { x0: number; x1: number }) => {
    out.x0 = e.x;
    out.x1 = e.x + e.w;
  },
  rank: (e: Ev) => e.rank,
  width,
  columnWidth,
  perColumn,
});

describe("binByColumn", () => {
  it("offers every event in view, in order, while no column is crowded", () => {
    const evs: Ev[] = [
      { x: -50, w: 10, rank: 1 }, // out of view, left
      { x: -5, w: 10, rank: 2 }, // straddles the left edge: in view, gathered at 0
      { x: 40, w: 10, rank: 3 },
      { x: 41, w: 10, rank: 1 },
      { x: 120, w: 10, rank: 2 }, // out of view, right
    ];
    const b = binByColumn(evs, opts(100, 16, 2));
    expect(b.offered).toEqual([evs[1], evs[2], evs[3]]);
    expect([...b.state]).toEqual([OUT_OF_VIEW, OFFERED, OFFERED, OFFERED, OUT_OF_VIEW]);
    expect(b.x[1]).toBe(0);
    expect(b.x[2]).toBe(40);
    expect(b.overflow).toBe(0);
  });

  it("holds back the least important events of a crowded column, ties in input order", () => {
    const evs: Ev[] = [3, 1, 2, 3, 1, 0, 2].map((rank, i) => ({ x: 32 + i, w: 4, rank }));
    const b = binByColumn(evs, opts(100, 16, 3));
    // Ranks 0, 1, 1 are kept (indices 5, 1, 4); the rest wait in a badge.
    expect(b.offered).toEqual([evs[1], evs[4], evs[5]]);
    expect([...b.state]).toEqual([OVERFLOW, OFFERED, OVERFLOW, OVERFLOW, OFFERED, OFFERED, OVERFLOW]);
    expect(b.overflow).toBe(4);
  });

  it("offers at most columns × perColumn events, however many there are", () => {
    const evs: Ev[] = Array.from({ length: 100_000 }, (_, i) => ({
      x: (i * 7919) % 1200,
      w: 12,
      rank: 1 + (i % 3),
    }));
    const b = binByColumn(evs, opts(1200, 16, 8));
    expect(b.offered.length).toBeLessThanOrEqual(Math.ceil(1200 / 16 + 1) * 8);
    expect(b.offered.length + b.overflow).toBe(100_000);
  });

  it("never holds back an event while a less important one of its column is offered", () => {
    const ev = fc.record({
      x: fc.double({ min: -200, max: 1400, noNaN: true }),
      w: fc.double({ min: 0, max: 100, noNaN: true }),
      rank: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(ev, { maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 6 }),
        (evs, cw, per) => {
          const width = 1000;
          const b = binByColumn(evs, opts(width, cw, per));
          const col = (i: number) => Math.min(Math.ceil(width / cw), Math.floor(b.x[i]! / cw));
          const byCol = new Map<number, number[]>();
          evs.forEach((e, i) => {
            const inView = !(e.x + e.w < 0 || e.x > width);
            expect(b.state[i] !== OUT_OF_VIEW).toBe(inView);
            if (inView) byCol.set(col(i), [...(byCol.get(col(i)) ?? []), i]);
          });
          for (const members of byCol.values()) {
            const offered = members.filter((i) => b.state[i] === OFFERED);
            const held = members.filter((i) => b.state[i] === OVERFLOW);
            expect(offered.length).toBe(Math.min(per, members.length));
            for (const h of held)
              for (const o of offered) expect(evs[h]!.rank).toBeGreaterThanOrEqual(evs[o]!.rank);
          }
          expect(b.offered).toEqual(evs.filter((_, i) => b.state[i] === OFFERED));
        },
      ),
    );
  });
});

describe("binLane and capLane", () => {
  /** A lane of point events on a 1:1 scale (x = t): start, importance and whether pinned. */
  const lane = (rows: { t: number; imp: 1 | 2 | 3; pin: boolean }[]) => {
    const sorted = rows
      .map((r, i) => ({ ...r, id: `e${String(i).padStart(3, "0")}` }))
      .sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : 1));
    const events = sorted.map(
      (r) =>
        ({
          id: r.id,
          start: r.t,
          stop: r.t,
          importance: r.imp,
          isSpan: false,
          actors: ["a"],
        }) as unknown as NormalizedEvent,
    );
    const [idx] = indexLanes(events, [{ actorIds: ["a"] }]);
    return { idx: idx!, pinned: new Set(sorted.filter((r) => r.pin).map((r) => r.id)) };
  };
  const geometry = { pointHalf: 4, amountHalf: 6, spanLead: 4 };

  it("keeps each crowded column's lowest ranks, ties in time order, as a sort would (property)", () => {
    const row = fc.record({
      t: fc.integer({ min: -10, max: 210 }),
      imp: fc.constantFrom(1 as const, 2 as const, 3 as const),
      pin: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 120 }), fc.integer({ min: 0, max: 5 }), (rows, perColumn) => {
        const { idx, pinned } = lane(rows);
        const bins = binLane(idx, { a: 1, b: 0, width: 200, columnWidth: 10, geometry });
        const before = Uint8Array.from(bins.state);
        const offered = capLane(bins, perColumn, pinned);
        // Reference: per column, members ranked (pinned 0, else importance), then index; first perColumn stay.
        const expected = Uint8Array.from(before);
        const byColumn = new Map<number, number[]>();
        for (let i = bins.lo; i < bins.hi; i++)
          if (before[i] === OFFERED) {
            const c = bins.column[i - bins.lo]!;
            byColumn.set(c, [...(byColumn.get(c) ?? []), i]);
          }
        const rank = (i: number) => (pinned.has(idx.events[i]!.id) ? 0 : idx.importance[i]!);
        for (const list of byColumn.values())
          [...list]
            .sort((p, q) => rank(p) - rank(q) || p - q)
            .slice(perColumn)
            .forEach((i) => (expected[i] = OVERFLOW));
        expect([...bins.state]).toEqual([...expected]);
        expect(offered.map((e) => e.id)).toEqual(
          idx.events.filter((_, i) => expected[i] === OFFERED).map((e) => e.id),
        );
      }),
      { numRuns: 300 },
    );
  });
});
