// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bracketText, placeBrackets } from "../../src/components/Compare/PairBrackets";
import type { EventPair } from "../../src/chart/pairs";
import type { NormalizedEvent } from "../../src/data/normalize";

const ev = (id: string, start: number) => ({ id, start }) as NormalizedEvent;
const pair = (a: number, b: number, i: number, kind: EventPair["kind"] = "related"): EventPair => ({
  key: `p${i}`,
  first: ev(`a${i}`, a),
  second: ev(`b${i}`, b),
  kind,
  lagYears: Math.round((b - a) / 10),
});
const tw = (s: string) => s.length * 7;

describe("bracketText", () => {
  it("says the lag in words, or 'in response'", () => {
    expect(bracketText({ kind: "related", lagYears: 4 })).toBe("4 years later");
    expect(bracketText({ kind: "category", lagYears: 1 })).toBe("1 year later");
    expect(bracketText({ kind: "category", lagYears: 0 })).toBe("same year");
    expect(bracketText({ kind: "response", lagYears: -1 })).toBe("in response");
  });
});

describe("placeBrackets", () => {
  it("puts a wide bracket's label above it, a narrow one's beside it", () => {
    const { placed } = placeBrackets([pair(0, 300, 0), pair(400, 410, 1)], (t) => t, 1000, tw);
    expect(placed.find((p) => p.pair.key === "p0")).toMatchObject({ anchor: "middle", labelX: 150 });
    expect(placed.find((p) => p.pair.key === "p1")).toMatchObject({ anchor: "start", labelX: 418 });
  });

  it("never lets two brackets of one row overlap, labels included, and stays inside the track (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 900 })), {
          maxLength: 20,
        }),
        (xs) => {
          const { placed, rows } = placeBrackets(
            xs.map(([a, b], i) => pair(a, b, i)),
            (t) => t,
            900,
            tw,
          );
          expect(placed).toHaveLength(xs.length);
          for (let r = 0; r < rows; r++) {
            const row = placed.filter((p) => p.row === r).sort((a, b) => a.left - b.left);
            for (let i = 1; i < row.length; i++)
              expect(row[i]!.left).toBeGreaterThanOrEqual(row[i - 1]!.right);
          }
          for (const p of placed) if (p.anchor === "start") expect(p.right).toBeLessThanOrEqual(900 + 6);
        },
      ),
    );
  });

  it("draws at most maxRows rows and counts the rest; with room, the same placement (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 900 })), {
          maxLength: 30,
        }),
        fc.integer({ min: 1, max: 4 }),
        (xs, maxRows) => {
          const pairs = xs.map(([a, b], i) => pair(a, b, i));
          const capped = placeBrackets(pairs, (t) => t, 900, tw, maxRows);
          const free = placeBrackets(pairs, (t) => t, 900, tw);
          expect(capped.rows).toBeLessThanOrEqual(maxRows);
          expect(capped.placed.length + capped.hidden).toBe(xs.length);
          expect(free.hidden).toBe(0);
          if (free.rows <= maxRows) expect(capped).toEqual(free);
          for (const p of capped.placed) expect(p.row).toBeLessThan(maxRows);
        },
      ),
    );
  });
});
