/**
 * The built-in data in two parts (src/data/builtInParts.ts): the parts the build serves join
 * back into the files exactly, the chart part carries nothing a reader opens, and the app's
 * skeleton becomes the whole dataset once its details arrive (src/app/builtInDetails.ts).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import rawDataset from "../../data/events.json";
import chartPart from "../../data/events.json?part=chart";
import detailsPart from "../../data/events.json?part=details";
import {
  DETAIL_FIELDS,
  joinDataset,
  joinTranslation,
  splitDataset,
  splitTranslation,
  type ChartDataset,
  type ChartTranslation,
  type DatasetDetails,
  type TranslationDetails,
} from "../../src/data/builtInParts";
import type { ContentTranslation, Dataset } from "../../src/data/schema";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import { ensureDetails, loadBuiltInChart, withDefaults } from "../../src/app/builtInDetails";
import { normalizeDataset } from "../../src/data/normalize";

const dataset = rawDataset as unknown as Dataset;
const translations = import.meta.glob<{ default: ContentTranslation }>("../../data/translations/*.json", {
  eager: true,
});
const trChart = import.meta.glob<{ default: ChartTranslation }>("../../data/translations/*.json", {
  eager: true,
  query: "?part=chart",
});
const trDetails = import.meta.glob<{ default: TranslationDetails }>("../../data/translations/*.json", {
  eager: true,
  query: "?part=details",
});

describe("the built-in dataset's two parts", () => {
  it("join back into data/events.json exactly, as the build serves them", () => {
    expect(joinDataset(chartPart as ChartDataset, detailsPart as DatasetDetails)).toEqual(dataset);
  });

  it("the chart part has no summary, note, citation, related event, date note, figure or image", () => {
    for (const ev of (chartPart as ChartDataset).events)
      for (const f of DETAIL_FIELDS) expect(Object.keys(ev), `${ev.id}`).not.toContain(f);
    // …and is the smaller part by far: that is the point.
    expect(JSON.stringify(chartPart).length).toBeLessThan(JSON.stringify(dataset).length / 2);
  });

  it("every translation file splits and joins back exactly", () => {
    const files = Object.keys(translations);
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const whole = translations[file]!.default;
      expect(joinTranslation(trChart[file]!.default, trDetails[file]!.default), file).toEqual(whole);
      expect(JSON.stringify(trChart[file]!.default), file).not.toContain('"summary"');
      expect(trChart[file]!.default, file).not.toHaveProperty("story");
    }
  });

  it("any event's fields survive a split and a join (fast-check)", () => {
    const text = fc.string({ maxLength: 8 });
    const event = fc.record(
      {
        id: fc.uuid(),
        date: fc.constant("1990"),
        title: text,
        summary: text,
        actors: fc.array(text, { maxLength: 2 }),
        category: text,
        sources: fc.array(fc.record({ source: text, page: fc.nat() }), { maxLength: 2 }),
        note: text,
        related: fc.array(text, { maxLength: 2 }),
        importance: fc.constantFrom(1, 2, 3),
      },
      { requiredKeys: ["id", "date", "title", "summary", "actors", "category", "sources"] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(event, { selector: (e) => e.id, maxLength: 6 }), (events) => {
        const ds = { ...dataset, events } as unknown as Dataset;
        const { chart, details } = splitDataset(ds);
        expect(joinDataset(chart, details)).toEqual(ds);
      }),
    );
  });

  it("a translation without events or story splits into parts that join back", () => {
    const tr: ContentTranslation = { lang: "xx", actors: { japan: { name: "J" } } };
    const { chart, details } = splitTranslation(tr);
    expect(joinTranslation(chart, details)).toEqual(tr);
    expect(joinTranslation(chart, null)).toEqual(tr);
  });
});

describe("the app's built-in dataset before and after its details", () => {
  it("draws the chart part first, then holds exactly the whole dataset", async () => {
    const store = createTimelineStore({});
    const first = await loadBuiltInChart();
    expect(first.detailsPending).toBe(true);
    expect(first.events.every((e) => e.summary === "" && e.sources.length === 0)).toBe(true);
    store.getState().setDataset(first, { dataUrl: null });
    store.getState().select(first.events[3]!.id);

    await ensureDetails(store);
    const ds = store.getState().dataset!;
    expect(ds.detailsPending).toBeUndefined();
    const whole = normalizeDataset(withDefaults(dataset));
    expect(ds.events).toEqual(whole.events);
    // The views stay as they were: same selection, same dataset version (no remount).
    expect(store.getState().selectedId).toBe(first.events[3]!.id);
    await ensureDetails(store); // a second call is free
    expect(store.getState().dataset).toBe(ds);
  });

  it("in another language the details come translated too, with the story", async () => {
    const store = createTimelineStore({ lang: "ja" });
    store.getState().setDataset(await loadBuiltInChart(), { dataUrl: null });
    await ensureDetails(store);
    const ds = store.getState().dataset!;
    expect(ds.shown?.lang).toBe("ja");
    expect(ds.shown?.translation.story?.steps?.length).toBeGreaterThan(0);
    const translated = ds.events.filter((e) => e.translated?.original.summary);
    expect(translated.length).toBeGreaterThan(ds.events.length / 2);
  });
});
