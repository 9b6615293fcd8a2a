import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { eventsInRange, overlaps } from "../../src/data/derive";

describe("eventsInRange", () => {
  it("equals filtering every event with overlaps(), for sorted events and any range", () => {
    const ev = fc
      .record({ start: fc.integer({ min: 0, max: 1000 }), len: fc.integer({ min: 1, max: 300 }) })
      .map(({ start, len }) => ({ start, stop: start + len }));
    fc.assert(
      fc.property(
        fc.array(ev, { maxLength: 200 }),
        fc.integer({ min: -100, max: 1100 }),
        fc.integer({ min: 0, max: 600 }),
        (evs, from, width) => {
          const sorted = [...evs].sort((a, b) => a.start - b.start);
          const range = [from, from + width] as const;
          expect(eventsInRange(sorted, range)).toEqual(sorted.filter((e) => overlaps(e, range)));
        },
      ),
    );
  });

  it("keeps a long event that started well before the range", () => {
    const evs = [
      { start: 0, stop: 1000 },
      { start: 10, stop: 11 },
      { start: 500, stop: 501 },
      { start: 990, stop: 991 },
    ];
    expect(eventsInRange(evs, [600, 700])).toEqual([evs[0]]);
    expect(eventsInRange(evs, null)).toEqual(evs);
  });
});
