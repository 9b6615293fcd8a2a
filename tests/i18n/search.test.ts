/**
 * Search matches in the shown language and in English (issue 15), through the filters
 * every view reads: a translated event by its translated and its English words, an
 * untranslated one by its actors' names in the shown language too.
 */
import { describe, expect, it } from "vitest";
import { filterEvents, NO_FILTER } from "../../src/data/derive";
import { normalizeDataset } from "../../src/data/normalize";
import type { Dataset } from "../../src/data/schema";
import { applyTranslation } from "../../src/i18n/applyTranslation";

const raw = {
  schemaVersion: 1,
  title: "Test",
  actors: [
    { id: "japan", name: "Japan" },
    { id: "china", name: "China" },
  ],
  categories: [{ id: "culture", name: "Culture", dimension: "culture" }],
  sources: [{ id: "s1", title: "A document" }],
  eras: [],
  events: [
    {
      id: "2004-ci",
      date: "2004",
      title: "First Confucius Institute",
      summary: "Opened in Seoul.",
      actors: ["china"],
      category: "culture",
      sources: [{ source: "s1" }],
      importance: 2,
    },
    {
      id: "2008-jenesys",
      date: "2008",
      title: "JENESYS exchanges",
      summary: "Youth exchange programme.",
      actors: ["japan"],
      category: "culture",
      sources: [{ source: "s1" }],
      importance: 2,
    },
  ],
} as Dataset;

const base = normalizeDataset(raw);
const th = applyTranslation(
  base,
  {
    actors: { china: { name: "จีน" }, japan: { name: "ญี่ปุ่น" } },
    categories: { culture: { name: "วัฒนธรรม" } },
    events: { "2004-ci": { title: "สถาบันขงจื่อแห่งแรก", summary: "เปิดที่กรุงโซล" } },
  },
  "th",
);
const ids = (q: string) => filterEvents(th.events, { ...NO_FILTER, q }).map((e) => e.id);

describe("search in the shown language and in English", () => {
  it("finds a translated event by its words in the shown language (no spaces in Thai)", () => {
    expect(ids("ขงจื่อ")).toEqual(["2004-ci"]);
    expect(ids("กรุงโซล")).toEqual(["2004-ci"]);
  });

  it("finds it by its English words too, in any case", () => {
    expect(ids("confucius")).toEqual(["2004-ci"]);
    expect(ids("SEOUL")).toEqual(["2004-ci"]);
  });

  it("finds an untranslated event by its actor's and category's names in either language", () => {
    expect(ids("ญี่ปุ่น")).toEqual(["2008-jenesys"]);
    expect(ids("japan")).toEqual(["2008-jenesys"]);
    expect(ids("วัฒนธรรม")).toEqual(["2004-ci", "2008-jenesys"]);
  });

  it("every word must match, whichever language each is in", () => {
    expect(ids("ขงจื่อ seoul")).toEqual(["2004-ci"]);
    expect(ids("ขงจื่อ jenesys")).toEqual([]);
  });
});
