/** The built-in story validates against the built-in dataset; broken copies do not. */
import { describe, expect, it } from "vitest";
import rawStory from "../../data/stories/japan-china-asean.json";
import rawDataset from "../../data/events.json";
import { validateDataset } from "../../src/data/validate";
import { validateStory } from "../../src/data/storySchema";
import { activateLocale, t } from "../../src/i18n/i18n";
import { describeProblem } from "../../src/i18n/describeProblem";
import { loadStory } from "../../src/story/loadStory";

const ds = validateDataset(rawDataset).dataset!;
const clone = () => JSON.parse(JSON.stringify(rawStory)) as typeof rawStory;

describe("data/stories/japan-china-asean.json", () => {
  const { story, problems } = validateStory(rawStory, ds);

  it("is a valid story whose every reference is in the dataset", () => {
    expect(problems).toEqual([]);
    expect(story?.title).toBe("Japan and China court ASEAN, 1977–2023");
  });

  it("has at least 12 steps, each with a title, events and its own narration", () => {
    expect(story!.steps.length).toBeGreaterThanOrEqual(12);
    for (const s of story!.steps) {
      expect(s.events.length).toBeGreaterThan(0);
      expect(s.narration.length).toBeGreaterThan(60);
    }
    const narrations = story!.steps.map((s) => s.narration);
    expect(new Set(narrations).size).toBe(narrations.length);
  });

  it("runs in time order from Fukuda's 1977 summit visit to the 2023 JAIF contribution", () => {
    const ids = story!.steps.flatMap((s) => s.events);
    for (const must of [
      "1977-fukuda-doctrine",
      "1997-asian-financial-crisis",
      "1997-asean-plus-three",
      "2004-asean-china-fta",
      "2003-tokyo-declaration",
      "2006-jaif-launch",
      "2008-ajcep",
      "2008-china-asean-expo",
      "2004-confucius-institutes",
      "2020-foip-aoip",
      "2023-jaif-100-million",
    ])
      expect(ids).toContain(must);
    expect(story!.steps[0]!.events).toContain("1977-fukuda-doctrine");
    expect(story!.steps.at(-1)!.events).toContain("2023-jaif-100-million");
  });
});

describe("validateStory rejects broken stories", () => {
  it("an event that is not in the dataset", () => {
    const s = clone();
    s.steps[2]!.events.push("1997-no-such-event");
    const r = validateStory(s, ds);
    expect(r.problems.map((p) => p.message).join()).toMatch(
      /Step 3: event '1997-no-such-event' is not in the dataset/,
    );
  });
  it("an event outside the step's range", () => {
    const s = clone();
    s.steps[0]!.to = "1976";
    expect(
      validateStory(s, ds)
        .problems.map((p) => p.message)
        .join(),
    ).toMatch(/outside 1975–1976/);
  });
  it("a range that ends before it starts", () => {
    const s = clone();
    s.steps[0]!.from = "1980";
    expect(validateStory(s, ds).problems.some((p) => p.path === "steps[0].to")).toBe(true);
  });
  it("an unknown actor or category", () => {
    const s = clone();
    (s.steps[0] as { actors?: string[] }).actors = ["atlantis"];
    (s.steps[1] as { categories?: string[] }).categories = ["magic"];
    const msgs = validateStory(s, ds)
      .problems.map((p) => p.message)
      .join("\n");
    expect(msgs).toMatch(/actor 'atlantis'/);
    expect(msgs).toMatch(/category 'magic'/);
  });
  it("says each problem in the reader's language (keys, with the step as a 'where')", async () => {
    const s = clone();
    s.steps[2]!.events.push("1997-no-such-event");
    const p = validateStory(s, ds).problems.find((x) => x.message.includes("1997-no-such-event"))!;
    expect(p.key).toBe("import.story.eventMissing");
    await activateLocale("ja");
    try {
      expect(describeProblem(p, t)).toBe(
        "ステップ 3: 出来事「1997-no-such-event」はデータセットにありません",
      );
      const shape = validateStory({ schemaVersion: 1, id: "x", title: "x", steps: [] }, ds).problems;
      expect(shape.every((x) => x.key)).toBe(true);
    } finally {
      await activateLocale("en");
    }
  });
  it("a malformed file (no steps, bad date) without throwing", () => {
    expect(validateStory({ schemaVersion: 1, id: "x", title: "x", steps: [] }, ds).story).toBeNull();
    const s = clone();
    s.steps[0]!.from = "1975-13";
    expect(validateStory(s, ds).story).toBeNull();
    expect(validateStory(null, ds).story).toBeNull();
    expect(validateStory("not a story", ds).problems.length).toBeGreaterThan(0);
  });
});

describe("loadStory", () => {
  it("loads and validates the built-in story against the dataset", async () => {
    const r = await loadStory(ds);
    expect(r.problems).toEqual([]);
    expect(r.story!.steps.length).toBe(rawStory.steps.length);
  });
  it("refuses it for a dataset it does not fit", async () => {
    const r = await loadStory({ ...ds, events: ds.events.slice(0, 3) });
    expect(r.story).toBeNull();
    expect(r.problems.length).toBeGreaterThan(0);
  });
});
