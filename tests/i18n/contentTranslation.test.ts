import { describe, expect, it } from "vitest";
import { normalizeDataset } from "../../src/data/normalize";
import type { Dataset } from "../../src/data/schema";
import { Dataset as DatasetSchema } from "../../src/data/schema";
import { applyTranslation, baseDataset, nameLang } from "../../src/i18n/applyTranslation";
import { eventText, hasTranslation } from "../../src/i18n/contentText";
import { ownTranslation } from "../../src/i18n/contentLoader";
import { matchesTerms as matchesSearch, searchTerms } from "../../src/data/derive";

const raw: Dataset = {
  schemaVersion: 1,
  title: "Test",
  actors: [
    { id: "japan", name: "Japan" },
    { id: "china", name: "China" },
  ],
  categories: [{ id: "aid", name: "Aid", dimension: "aid" }],
  sources: [{ id: "s1", title: "A document" }],
  eras: [],
  events: [
    {
      id: "2003-one",
      date: "2003",
      title: "Tokyo Declaration",
      summary: "Japan and ASEAN sign.",
      note: "A note.",
      actors: ["japan"],
      category: "aid",
      sources: [{ source: "s1" }],
      importance: 2,
    },
    {
      id: "2004-two",
      date: "2004",
      title: "Untranslated event",
      summary: "Only in English.",
      actors: ["china"],
      category: "aid",
      sources: [{ source: "s1" }],
      importance: 2,
    },
  ],
  translations: {
    ja: {
      actors: { japan: { name: "日本" } },
      events: { "2003-one": { title: "東京宣言", summary: "日本とASEANが署名。", note: "" } },
    },
  },
} as Dataset;

describe("content translations", () => {
  const base = normalizeDataset(raw);
  const ja = applyTranslation(base, ownTranslation(base.translations, "ja"), "ja");

  it("the schema accepts a dataset's translations", () => {
    expect(DatasetSchema.safeParse(raw).success).toBe(true);
  });

  it("shows the translation, marked with its language, and keeps the English for Show original", () => {
    const ev = ja.eventById.get("2003-one")!;
    expect(eventText(ev, "title")).toEqual({ text: "東京宣言", lang: "ja", translated: true });
    expect(eventText(ev, "title", true)).toEqual({
      text: "Tokyo Declaration",
      lang: "en",
      translated: false,
    });
    expect(hasTranslation(ev)).toBe(true);
  });

  it("an empty or missing translation falls back to the English with lang=en, never blank", () => {
    const ev = ja.eventById.get("2003-one")!;
    expect(eventText(ev, "note")).toEqual({ text: "A note.", lang: "en", translated: false });
    const other = ja.eventById.get("2004-two")!;
    expect(eventText(other, "title")).toEqual({ text: "Untranslated event", lang: "en", translated: false });
    expect(hasTranslation(other)).toBe(false);
    expect(eventText(other, "dateNote")).toBeNull();
  });

  it("translates names and says which language each is in", () => {
    expect(ja.actorById.get("japan")!.name).toBe("日本");
    expect(nameLang(ja, "actors", "japan")).toBe("ja");
    expect(ja.actorById.get("china")!.name).toBe("China");
    expect(nameLang(ja, "actors", "china")).toBe("en");
  });

  it("search matches the shown language and the English", () => {
    const ev = ja.eventById.get("2003-one")!;
    expect(matchesSearch(ev, searchTerms("東京"))).toBe(true);
    expect(matchesSearch(ev, searchTerms("tokyo"))).toBe(true);
    expect(matchesSearch(ev, searchTerms("日本"))).toBe(true);
  });

  it("goes back to the authored dataset, and leaves it alone without a translation", () => {
    expect(baseDataset(ja)).toBe(base);
    expect(applyTranslation(base, null, "vi")).toBe(base);
    expect(base.eventById.get("2003-one")!.title).toBe("Tokyo Declaration");
  });

  it("matches a dataset's language keys loosely", () => {
    expect(ownTranslation({ "zh-hans": { lang: "zh-hans" } }, "zh-Hans")).toEqual({ lang: "zh-hans" });
    expect(ownTranslation(undefined, "ja")).toBeNull();
  });
});
