// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import raw from "../../data/events.json";
import { validateDataset } from "../../src/data/validate";
import { normalizeDataset, type NormalizedDataset, type NormalizedEvent } from "../../src/data/normalize";
import type { Dataset, TimelineEvent } from "../../src/data/schema";
import { binRange, countByDimensionAndBin, eventsOfActor } from "../../src/chart/aggregate";
import { amountsByCurrency, figureGroups, MONEY, TRADE } from "../../src/chart/figureSeries";
import { actorCountsOf, amountSeriesOf, figureGroupsOf, otherAmountsOf } from "../../src/chart/figuresIndex";

const ACTORS = ["japan", "china", "asean", "korea"];

const row = fc.record({
  y: fc.integer({ min: 1985, max: 2004 }),
  m: fc.integer({ min: 1, max: 12 }),
  actors: fc.subarray(ACTORS, { minLength: 1 }),
  cat: fc.constantFrom("trade", "aid", "school", "mystery"),
  amount: fc.option(
    fc.record({
      value: fc.constantFrom(0, 1, 2.5, 70, 100, 100),
      scale: fc.constantFrom(undefined, "million", "billion"),
      currency: fc.constantFrom("USD", "JPY", "CNY"),
      kind: fc.constantFrom("grant", "loan", "trade", "gdp", "aid"),
    }),
    { nil: undefined },
  ),
  figures: fc.array(
    fc.record({
      label: fc.constantFrom("Institutes in Thailand", "Institutes in Laos", "Share of trade", "Rank"),
      value: fc.integer({ min: 0, max: 50 }),
      unit: fc.constantFrom("institutes", "percent", "rank"),
    }),
    { maxLength: 2 },
  ),
});
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

function dataset(rows: Row[]): NormalizedDataset {
  const ds: Dataset = {
    schemaVersion: 1,
    title: "t",
    actors: ACTORS.map((id) => ({ id, name: id.toUpperCase() })),
    categories: [
      { id: "trade", name: "Trade", dimension: "economy" },
      { id: "aid", name: "Aid", dimension: "aid" },
      { id: "school", name: "Schools", dimension: "culture" },
    ],
    sources: [{ id: "s", title: "S" }],
    eras: [],
    events: rows.map((r, i) => {
      const amount = r.amount && {
        value: r.amount.value,
        currency: r.amount.currency,
        kind: r.amount.kind,
        ...(r.amount.scale ? { scale: r.amount.scale } : {}),
      };
      return {
        id: `e${i}`,
        date: `${r.y}-${String(r.m).padStart(2, "0")}`,
        title: `e${i}`,
        summary: "x",
        sources: [{ source: "s" }],
        actors: r.actors,
        category: r.cat,
        ...(amount ? { amount } : {}),
        ...(r.figures.length ? { figures: r.figures } : {}),
      } as TimelineEvent;
    }),
  };
  const v = validateDataset(ds);
  return normalizeDataset(v.dataset!);
}

/** What FiguresView computed per filter change before the index. */
function plain(ds: NormalizedDataset, events: readonly NormalizedEvent[], actors: string[]) {
  const mine = events.filter((e) => e.actors.some((a) => actors.includes(a)));
  const range = binRange(mine, 5);
  const perActor = actors.map((id) => ({
    id,
    counts: countByDimensionAndBin(eventsOfActor(mine, id), ds, 5, range),
  }));
  return {
    money: amountsByCurrency(events, MONEY, actors),
    trade: amountsByCurrency(events, TRADE, null),
    groups: figureGroups(events, ds),
    other: events.filter((e) => e.amount && !MONEY.has(e.amount.kind) && !TRADE.has(e.amount.kind)),
    bins: { mine, range, perActor, max: Math.max(0, ...perActor.map((p) => p.counts.max)) },
  };
}

function indexed(ds: NormalizedDataset, events: readonly NormalizedEvent[], actors: string[]) {
  return {
    money: amountSeriesOf(ds, events, MONEY, actors),
    trade: amountSeriesOf(ds, events, TRADE, null),
    groups: figureGroupsOf(ds, events),
    other: otherAmountsOf(ds, events),
    bins: actorCountsOf(ds, events, actors),
  };
}

describe("Figures' aggregations per dataset equal the plain ones on the filtered events", () => {
  it("for any dataset, filter and shown actors (property)", () => {
    fc.assert(
      fc.property(
        fc
          .array(row, { maxLength: 40 })
          .chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.array(fc.subarray([...rows.keys()]), { minLength: 1, maxLength: 3 }),
              fc.subarray(ACTORS, { minLength: 1, maxLength: 3 }),
            ),
          ),
        ([rows, filters, actors]) => {
          const ds = dataset(rows);
          // Several filters in turn on one dataset (the caches carry over), then none.
          for (const keep of [...filters, [...rows.keys()]]) {
            const kept = new Set(keep.map((i) => `e${i}`));
            const events = ds.events.filter((e) => kept.has(e.id));
            expect(indexed(ds, events, actors)).toEqual(plain(ds, events, actors));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the built-in data by period, and the unfiltered series keep their identity", () => {
    const ds = normalizeDataset(validateDataset(raw).dataset!);
    const actors = ["japan", "china"];
    for (const [from, to] of [
      [1970, 2030],
      [1990, 2000],
      [2010, 2011],
    ] as const) {
      const events = ds.events.filter((e) => e.start >= Date.UTC(from, 0, 1) && e.start < Date.UTC(to, 0, 1));
      expect(indexed(ds, events, actors)).toEqual(plain(ds, events, actors));
    }
    const all = ds.events.slice();
    expect(amountSeriesOf(ds, all, MONEY, actors)).toBe(amountSeriesOf(ds, ds.events.slice(), MONEY, actors));
  });
});
