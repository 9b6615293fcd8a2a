// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import raw from "../../data/events.json";
import { validateDataset } from "../../src/data/validate";
import { normalizeDataset, type NormalizedEvent } from "../../src/data/normalize";
import type { TimelineEvent } from "../../src/data/schema";
import { pairDataset } from "./pairFrame";
import { findPairs, lagText, pairEventIds, pairLabel, yearOf } from "../../src/chart/pairs";

type Ev = Partial<TimelineEvent> & Pick<TimelineEvent, "id" | "actors" | "category">;

/** A tiny normalized dataset: dates come from the ids' years unless given. */
function events(list: Ev[]): NormalizedEvent[] {
  return pairDataset(
    list.map((e) => ({
      date: e.id.slice(0, 4),
      title: e.id,
      summary: "x",
      sources: [{ source: "s" }],
      importance: 2,
      ...e,
    })) as TimelineEvent[],
  ).events;
}

const keys = (ps: ReturnType<typeof findPairs>) =>
  ps.map((p) => `${p.kind}:${p.first.id}>${p.second.id}:${p.lagYears}`);

describe("findPairs", () => {
  it("links related events across the sides, earlier first, with the lag in years", () => {
    const evs = events([
      { id: "2004-fta", actors: ["china", "asean"], category: "trade", related: ["2008-ajcep"] },
      { id: "2008-ajcep", actors: ["japan", "asean"], category: "aid" },
    ]);
    expect(keys(findPairs(evs, ["japan", "china"]))).toEqual(["related:2004-fta>2008-ajcep:4"]);
  });

  it("a respondsTo link is a response (answered event first), and outranks related", () => {
    const evs = events([
      { id: "2004-fta", actors: ["china"], category: "trade", related: ["2003-tokyo"] },
      {
        id: "2003-tokyo",
        actors: ["japan"],
        category: "aid",
        respondsTo: ["2004-fta"],
        related: ["2004-fta"],
      },
    ]);
    const [p] = findPairs(evs, ["japan", "china"]);
    expect(keys([p!])).toEqual(["response:2004-fta>2003-tokyo:-1"]);
    expect(lagText(p!)).toBe("in response, dated 1 year earlier");
  });

  it("same category within the window, closest first, each event in one category pair", () => {
    const evs = events([
      { id: "2000-j1", actors: ["japan"], category: "aid" },
      { id: "2001-c1", actors: ["china"], category: "aid" },
      { id: "2002-c2", actors: ["china"], category: "aid" },
      { id: "2009-j2", actors: ["japan"], category: "aid" },
      { id: "2001-c3", actors: ["china"], category: "trade" },
    ]);
    // j1–c1 (1 year) wins over j1–c2; c2 is left without a partner; j2 is too far from everything.
    expect(keys(findPairs(evs, ["japan", "china"]))).toEqual(["category:2000-j1>2001-c1:1"]);
    expect(keys(findPairs(evs, ["japan", "china"], 10))).toEqual([
      "category:2000-j1>2001-c1:1",
      "category:2002-c2>2009-j2:7",
    ]);
  });

  it("leaves out events of both sides, events of neither, and detail events from category pairs", () => {
    const evs = events([
      { id: "1997-both", actors: ["japan", "china"], category: "aid", related: ["1998-c"] },
      { id: "1998-c", actors: ["china"], category: "aid" },
      { id: "1998-asean", actors: ["asean"], category: "aid" },
      { id: "1999-j-detail", actors: ["japan"], category: "aid", importance: 3 },
    ]);
    expect(findPairs(evs, ["japan", "china"])).toEqual([]);
  });

  it("pairs only across sides, never within one side, whatever the input (property)", () => {
    const base = events([
      { id: "2000-a", actors: ["japan"], category: "aid" },
      { id: "2001-b", actors: ["china"], category: "aid" },
      { id: "2002-c", actors: ["japan", "asean"], category: "trade" },
      { id: "2003-d", actors: ["china", "asean"], category: "trade" },
      { id: "2004-e", actors: ["japan", "china"], category: "trade" },
      { id: "2005-f", actors: ["china"], category: "trade" },
    ]);
    fc.assert(
      fc.property(fc.subarray(base), fc.integer({ min: 0, max: 10 }), (subset, w) => {
        const ps = findPairs(subset, ["japan", "china"], w);
        const seen = new Set<string>();
        for (const p of ps) {
          const sideOf = (e: NormalizedEvent) => (e.actors.includes("japan") ? "j" : "c");
          expect(sideOf(p.first)).not.toBe(sideOf(p.second));
          expect(p.first.actors.includes("japan") && p.first.actors.includes("china")).toBe(false);
          expect(p.lagYears).toBe(yearOf(p.second) - yearOf(p.first));
          if (p.kind === "category") expect(Math.abs(p.lagYears)).toBeLessThanOrEqual(w);
          expect(seen.has(p.key)).toBe(false);
          seen.add(p.key);
        }
        // Swapping the sides finds the same pairs.
        expect(findPairs(subset, ["china", "japan"], w).map((p) => p.key)).toEqual(ps.map((p) => p.key));
      }),
    );
  });
});

/** The first implementation's greedy matching over every A × B (quadratic): the reference. */
function categoryPairsReference(evs: readonly NormalizedEvent[], w: number): string[] {
  const A = evs.filter((e) => e.actors.includes("japan") && !e.actors.includes("china"));
  const B = evs.filter((e) => e.actors.includes("china") && !e.actors.includes("japan"));
  const byStart = (a: NormalizedEvent, b: NormalizedEvent) =>
    a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const cands: { a: NormalizedEvent; b: NormalizedEvent; gap: number }[] = [];
  for (const a of A)
    for (const b of B) {
      if (a.category !== b.category || a.importance > 2 || b.importance > 2) continue;
      const gap = Math.abs(yearOf(a) - yearOf(b));
      if (gap <= w) cands.push({ a, b, gap });
    }
  cands.sort(
    (x, y) =>
      x.gap - y.gap ||
      Math.abs(x.a.start - x.b.start) - Math.abs(y.a.start - y.b.start) ||
      byStart(x.a, y.a) ||
      byStart(x.b, y.b),
  );
  const used = new Set<string>();
  const keys: string[] = [];
  for (const { a, b } of cands) {
    if (used.has(a.id) || used.has(b.id)) continue;
    used.add(a.id);
    used.add(b.id);
    const [f, s] = byStart(a, b) <= 0 ? [a, b] : [b, a];
    keys.push(`${f.id}|${s.id}`);
  }
  return keys.sort();
}

describe("findPairs at scale", () => {
  it("pairs by year buckets exactly as the all-pairs greedy does (property)", () => {
    const day = fc.record({
      y: fc.integer({ min: 1990, max: 1999 }),
      m: fc.integer({ min: 1, max: 12 }),
      side: fc.constantFrom(["japan"], ["china"], ["japan", "china"]),
      cat: fc.constantFrom("trade", "aid"),
      imp: fc.constantFrom(1, 2, 3),
    });
    fc.assert(
      fc.property(fc.array(day, { maxLength: 40 }), fc.integer({ min: 0, max: 4 }), (rows, w) => {
        const evs = events(
          rows.map((r, i) => ({
            id: `${r.y}-e${i}`,
            date: `${r.y}-${String(r.m).padStart(2, "0")}`,
            actors: [...r.side],
            category: r.cat,
            importance: r.imp as 1 | 2 | 3,
          })),
        );
        const got = findPairs(evs, ["japan", "china"], w)
          .filter((p) => p.kind === "category")
          .map((p) => p.key)
          .sort();
        expect(got).toEqual(categoryPairsReference(evs, w));
      }),
      { numRuns: 200 },
    );
  });

  it("ends with an unbounded window", () => {
    const evs = events([
      { id: "1990-a", actors: ["japan"], category: "aid" },
      { id: "2020-b", actors: ["china"], category: "aid" },
    ]);
    expect(findPairs(evs, ["japan", "china"], Infinity).map((p) => p.key)).toEqual(["1990-a|2020-b"]);
  });
});

describe("the built-in data: Japan and China", () => {
  const v = validateDataset(raw);
  const ds = normalizeDataset(v.dataset!);
  const pairs = findPairs(ds.events, ["japan", "china"]);
  const byKey = new Map(pairs.map((p) => [p.key, p]));

  it("the FTA and AJCEP: 4 years later (related in the data)", () => {
    const p = byKey.get("2004-asean-china-fta|2008-ajcep")!;
    expect(p.kind).toBe("related");
    expect(pairLabel(p)).toBe(
      "ASEAN-China free trade agreement concluded 2004 → ASEAN-Japan Comprehensive Economic Partnership 2008: 4 years later",
    );
  });

  it("the Tokyo Declaration answers the steps toward the FTA: the only 'in response' pair", () => {
    const responses = pairs.filter((p) => p.kind === "response");
    expect(responses.map((p) => p.key)).toEqual(["2004-asean-china-fta|2003-tokyo-declaration"]);
    expect(responses[0]!.second.note).toMatch(/prompted Tokyo’s comprehensive strategic engagement/);
    // Every other pair reads "later" or "the same year".
    for (const p of pairs.filter((x) => x.kind !== "response"))
      expect(lagText(p)).toMatch(/later$|same year$/);
  });

  it("lists each event's ids once for the Table's filter", () => {
    const ids = pairEventIds(pairs);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(["2004-asean-china-fta", "2008-ajcep", "2003-tokyo-declaration"]),
    );
  });
});
