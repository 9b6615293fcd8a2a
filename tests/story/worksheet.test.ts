// @vitest-environment node
import { describe, expect, it } from "vitest";
import rawStory from "../../data/stories/japan-china-asean.json";
import { buildWorksheet, redactDates, QUIZ_SIZE } from "../../src/story/worksheet";
import { validateStory } from "../../src/data/storySchema";
import { yearOf } from "../../src/chart/pairs";
import { realDataset } from "../components/viewsFixture";

describe("redactDates", () => {
  it.each([
    ["1977: Fukuda makes Japan ASEAN's partner", "____: Fukuda makes Japan ASEAN's partner"],
    ["In the 1980s few Chinese", "In the ____ few Chinese"],
    ["Japan and China court ASEAN, 1977–2023", "Japan and China court ASEAN, ____"],
    ["since 2006. In 2007, more", "since ____. In ____, more"],
    ["2004-09 and 1997 - 98", "____ and ____"],
  ])("%s", (text, want) => expect(redactDates(text)).toBe(want));

  it("keeps amounts, counts and ordinals", () => {
    const t = "USD100 million, US$62.5 million, 2,000 teachers, 1,372 agreements, the 26th summit, 243.6";
    expect(redactDates(t)).toBe(t);
  });
});

describe("buildWorksheet (the built-in story)", () => {
  const { story } = validateStory(rawStory, realDataset);
  const ws = buildWorksheet(story!, realDataset);

  it("lists every step once, shuffled, with no year left in it", () => {
    expect(ws.steps).toHaveLength(story!.steps.length);
    expect(ws.steps.map((s) => s.letter)).toEqual("ABCDEFGHIJKLMNO".split(""));
    expect(ws.key.steps.map((s) => s.position)).not.toEqual(ws.key.steps.map((_, i) => i + 1));
    for (const s of ws.steps) expect(`${s.title} ${s.text}`).not.toMatch(/\b(19|20)\d\d\b/);
  });

  it("keys each letter to its place in the story and its years", () => {
    const a = ws.key.steps.find((s) => s.position === 1)!;
    expect(a.years).toBe("1977");
    expect(ws.key.order[0]).toBe(a.letter);
    expect(ws.steps.find((s) => s.letter === a.letter)!.title).toBe(
      "____: Japan's formal tie with ASEAN begins",
    );
  });

  it("asks which came first about pairs of different years, starting with the data's linked pairs", () => {
    expect(ws.quiz).toHaveLength(QUIZ_SIZE);
    const ids = ws.quiz.flatMap((q) => q.options.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const k of ws.key.quiz) expect(yearOf(k.first)).toBeLessThan(yearOf(k.second));
    const fta = ws.key.quiz.find(
      (k) => k.second.id === "2004-asean-china-fta" || k.first.id === "2004-asean-china-fta",
    );
    expect(fta).toBeDefined();
  });

  it("is the same sheet every time (one answer key for a class)", () => {
    expect(buildWorksheet(story!, realDataset)).toEqual(ws);
  });
});
