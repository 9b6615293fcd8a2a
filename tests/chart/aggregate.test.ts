import { describe, expect, it } from "vitest";
import rawDataset from "../../data/events.json";
import { validateDataset } from "../../src/data/validate";
import { normalizeDataset, type NormalizedDataset } from "../../src/data/normalize";
import type { Dataset } from "../../src/data/schema";
import {
  actorsByEventCount,
  binLabel,
  binRange,
  binStart,
  compareByDimension,
  countByDimensionAndBin,
  defaultPair,
  dimensionsInUse,
  formatMoney,
  formatTotals,
  groupByDimension,
  sumByCurrency,
  summarizeAmounts,
} from "../../src/chart/aggregate";
import {
  amountsByCurrency,
  chooseValueScale,
  figureGroups,
  MONEY,
  sourceTitles,
  TRADE,
} from "../../src/chart/figureSeries";

const real = normalizeDataset(validateDataset(rawDataset).dataset!);

const src = [{ source: "s" }];
function tiny(events: Partial<Dataset["events"][number]>[]): NormalizedDataset {
  return normalizeDataset({
    schemaVersion: 1,
    title: "t",
    actors: [
      { id: "japan", name: "Japan" },
      { id: "china", name: "China" },
      { id: "asean", name: "ASEAN" },
    ],
    categories: [
      { id: "aid", name: "Aid", dimension: "aid" },
      { id: "trade", name: "Trade", dimension: "economy" },
      { id: "infra", name: "Infra", dimension: "economy" },
      { id: "school", name: "School", dimension: "culture" },
    ],
    sources: [{ id: "s", title: "Source S" }],
    eras: [],
    events: events.map((e, i) => ({
      id: `2000-e${i}`,
      date: "2000",
      title: `Event ${i}`,
      summary: "x",
      actors: ["japan"],
      category: "aid",
      sources: src,
      importance: 2,
      ...e,
    })),
  });
}

describe("dimensions", () => {
  it("lists the dimensions the categories use, in the article's order", () => {
    const ds = tiny([]);
    expect(dimensionsInUse(ds).map((d) => d.id)).toEqual(["aid", "economy", "culture"]);
    expect(dimensionsInUse(real).map((d) => d.id)).toEqual([
      "aid",
      "economy",
      "culture",
      "tourism",
      "health",
      "disaster",
      "diplomacy",
      "institutions",
    ]);
  });

  it("groups categories into their dimension, every dimension present even when empty", () => {
    const ds = tiny([{ category: "trade" }, { category: "infra" }, { category: "aid" }]);
    const g = groupByDimension(ds.events, ds);
    expect(g.get("economy")!.length).toBe(2);
    expect(g.get("aid")!.length).toBe(1);
    expect(g.get("culture")).toEqual([]);
  });

  it("counts the real data per dimension per country (Japan and China)", () => {
    const rows = compareByDimension(real.events, real, ["japan", "china"]);
    const count = (dim: string, i: number) =>
      rows.find((r) => r.dimension.id === dim)!.cells[i]!.events.length;
    // Japan leads on aid, health and diplomacy; China on tourism; economy is close.
    expect(count("aid", 0)).toBeGreaterThan(count("aid", 1));
    expect(count("health", 0)).toBeGreaterThan(count("health", 1));
    expect(count("tourism", 1)).toBeGreaterThan(count("tourism", 0));
    // every event of an actor lands in exactly one dimension
    const total = (i: number) => rows.reduce((n, r) => n + r.cells[i]!.events.length, 0);
    expect(total(0)).toBe(real.events.filter((e) => e.actors.includes("japan")).length);
    expect(total(1)).toBe(real.events.filter((e) => e.actors.includes("china")).length);
  });

  it("picks Japan and China by default, and ranks actors by event count", () => {
    expect(defaultPair(real)).toEqual(["japan", "china"]);
    const ranked = actorsByEventCount(real);
    expect(ranked[0]!.count).toBeGreaterThanOrEqual(ranked[1]!.count);
    expect(ranked.some((a) => a.id === "south-korea")).toBe(true);
  });
});

describe("sums per currency", () => {
  it("adds only within one currency and never converts", () => {
    const ds = tiny([
      { amount: { value: 1, scale: "billion", currency: "USD", kind: "grant" } },
      { amount: { value: 250, scale: "million", currency: "USD", kind: "loan" } },
      { amount: { value: 3.7, scale: "billion", currency: "JPY", kind: "loan" } },
      {},
    ]);
    const totals = sumByCurrency(ds.events);
    expect(totals).toEqual([
      { currency: "USD", total: 1.25e9, count: 2, eventIds: expect.any(Array) },
      { currency: "JPY", total: 3.7e9, count: 1, eventIds: ["2000-e2"] },
    ]);
    expect(formatTotals(totals)).toBe("US$1.25 billion + ¥3.7 billion");
  });

  it("lists multi-year totals and trade volumes instead of adding them", () => {
    const ds = tiny([
      { amount: { value: 70, scale: "million", currency: "USD", kind: "fund" } },
      {
        date: "2006",
        end: "2023",
        amount: { value: 243.6, scale: "million", currency: "USD", kind: "contribution" },
      },
      { category: "trade", amount: { value: 200, scale: "billion", currency: "USD", kind: "trade" } },
      { amount: { value: 2, scale: "trillion", currency: "USD", kind: "other" } },
    ]);
    const s = summarizeAmounts(ds.events);
    expect(s.summed).toEqual([{ currency: "USD", total: 70e6, count: 1, eventIds: ["2000-e0"] }]);
    expect(s.multiYear.map((e) => e.id)).toEqual(["2000-e1"]);
    expect(s.volumes.map((e) => e.id).sort()).toEqual(["2000-e2", "2000-e3"]);
  });

  it("never sums the real JAIF launch with its cumulative total", () => {
    const rows = compareByDimension(real.events, real, ["japan"]);
    const aid = rows.find((r) => r.dimension.id === "aid")!.cells[0]!.amounts;
    expect(aid.multiYear.map((e) => e.id)).toContain("2006-jaif-cumulative-243-6-million");
    const usd = aid.summed.find((t) => t.currency === "USD")!;
    expect(usd.eventIds).toContain("2006-jaif-launch");
    expect(usd.eventIds).not.toContain("2006-jaif-cumulative-243-6-million");
  });

  it("formats totals in words, keeping the sum's decimals", () => {
    expect(formatMoney(232.5e6, "USD")).toBe("US$232.5 million");
    expect(formatMoney(32.67e9, "JPY")).toBe("¥32.67 billion");
    expect(formatMoney(1.8e12, "JPY")).toBe("¥1.8 trillion");
    expect(formatMoney(5000, "THB")).toBe("THB 5,000");
  });
});

describe("five-year bins", () => {
  it("bins by start year", () => {
    expect(binStart(1997)).toBe(1995);
    expect(binStart(2000)).toBe(2000);
    expect(binStart(2004)).toBe(2000);
    expect(binStart(1969, 10)).toBe(1960);
    expect(binLabel(1995)).toBe("1995–1999");
  });

  it("covers first to last event without gaps and counts a span once, at its start", () => {
    const ds = tiny([
      { date: "1997" },
      { date: "1999", end: "2003" },
      { date: "2008", category: "trade" },
      { date: "2009", category: "infra" },
    ]);
    expect(binRange(ds.events)).toEqual([1995, 2000, 2005]);
    const c = countByDimensionAndBin(ds.events, ds);
    expect(c.bins).toEqual([1995, 2000, 2005]);
    expect(c.rows.find((r) => r.dimension.id === "aid")!.counts).toEqual([2, 0, 0]);
    expect(c.rows.find((r) => r.dimension.id === "economy")!.counts).toEqual([0, 0, 2]);
    expect(c.max).toBe(2);
    const total = c.rows.reduce((n, r) => n + r.counts.reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(ds.events.length);
  });

  it("shares columns across actors when bins are given", () => {
    const ds = tiny([{ date: "2001" }]);
    const c = countByDimensionAndBin(ds.events, ds, 5, [1990, 1995, 2000]);
    expect(c.rows[0]!.counts).toEqual([0, 0, 1]);
  });

  it("is empty for no events", () => {
    expect(binRange([])).toEqual([]);
  });
});

describe("figure series", () => {
  it("keeps one series per currency, in time order", () => {
    const s = amountsByCurrency(real.events, MONEY, ["japan", "china"]);
    expect(s.map((x) => x.currency)).toEqual(["USD", "JPY"]);
    for (const series of s) {
      const starts = series.points.map((p) => p.event.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(series.points.every((p) => p.event.amount!.currency === series.currency)).toBe(true);
    }
    const trade = amountsByCurrency(real.events, TRADE, null);
    expect(trade.flatMap((x) => x.points).every((p) => p.event.amount!.kind === "trade")).toBe(true);
  });

  it("draws each amount for the first shown actor that takes part", () => {
    const s = amountsByCurrency(real.events, MONEY, ["china"]);
    expect(s.flatMap((x) => x.points).every((p) => p.actorId === "china")).toBe(true);
  });

  it("chooses a log scale only when values span more than 20 times", () => {
    expect(chooseValueScale([10, 100])).toBe("linear");
    expect(chooseValueScale([10e6, 44.7e9])).toBe("log");
    expect(chooseValueScale([5])).toBe("linear");
  });

  it("groups figures of one unit within one category, and lists the rest", () => {
    const { groups, others } = figureGroups(real.events, real);
    const institutes = groups.find((g) => g.unit === "institutes")!;
    expect(institutes.items.map((i) => i.value).sort((a, b) => a - b)).toEqual([13, 21, 295, 500]);
    expect(institutes.title).toBe("Confucius Institutes");
    const poll = groups.find((g) => g.unit === "percent")!;
    expect(poll.items).toHaveLength(3);
    expect(poll.items.every((i) => i.event.id === "2008-japan-image-poll")).toBe(true);
    // No chart mixes volunteers with tourists or a population, nor charts ranks.
    expect(groups.some((g) => g.unit === "people" || g.unit === "rank")).toBe(false);
    expect(others.some((o) => o.figure.unit === "rank")).toBe(true);
    // Every figure is either charted or listed, once.
    const n = real.events.reduce((k, e) => k + (e.figures?.length ?? 0), 0);
    expect(groups.reduce((k, g) => k + g.items.length, 0) + others.length).toBe(n);
  });

  it("names the sources the events cite", () => {
    const ev = real.eventById.get("2023-jaif-100-million")!;
    expect(sourceTitles(real, [ev])).toEqual([real.sourceById.get("courteous-charmer")!.title]);
  });
});
