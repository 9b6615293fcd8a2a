import { describe, expect, it } from "vitest";
import {
  clampStep,
  highlightMatches,
  nextStep,
  prevStep,
  stepLabel,
  stepProgress,
  stepState,
  storyKeyAction,
  targetStep,
} from "../../src/story/steps";
import type { Story } from "../../src/data/storySchema";

const story: Story = {
  schemaVersion: 1,
  id: "demo",
  title: "Demo",
  steps: [
    {
      title: "One",
      events: ["1977-a"],
      from: "1975",
      to: "1979",
      actors: ["japan"],
      narration: "n1",
      basedOn: ["1977-a"],
    },
    {
      title: "Two",
      events: ["1997-b", "1997-c"],
      from: "1996-06",
      to: "1999",
      narration: "n2",
      basedOn: ["1997-b"],
    },
    {
      title: "Three",
      events: ["2004-d"],
      from: "2004-03-01",
      to: "2004-03-31",
      categories: ["aid"],
      actors: [],
      narration: "n3",
      basedOn: ["2004-d"],
    },
  ],
};

describe("clampStep", () => {
  it.each([
    [1, 3, 1],
    [3, 3, 3],
    [0, 3, 1],
    [-5, 3, 1],
    [99, 3, 3],
    [2.4, 3, 2],
    [NaN, 3, 1],
    [Infinity, 3, 1],
    [5, 0, 1],
  ])("clampStep(%s, %s) = %s", (n, total, want) => expect(clampStep(n, total)).toBe(want));
});

describe("next and previous", () => {
  it("moves one step and stops at the ends", () => {
    expect(nextStep(1, 3)).toBe(2);
    expect(nextStep(3, 3)).toBeNull();
    expect(prevStep(2, 3)).toBe(1);
    expect(prevStep(1, 3)).toBeNull();
  });
  it("loops from the last step to the first when asked", () => {
    expect(nextStep(3, 3, true)).toBe(1);
    expect(nextStep(1, 1, true)).toBeNull();
  });
  it("clamps an out-of-range current step first", () => {
    expect(nextStep(99, 3)).toBeNull();
    expect(prevStep(99, 3)).toBe(2);
  });
  it("targetStep: first, last, and null when already there", () => {
    expect(targetStep("first", 3, 3)).toBe(1);
    expect(targetStep("first", 1, 3)).toBeNull();
    expect(targetStep("last", 1, 3)).toBe(3);
    expect(targetStep("last", 3, 3)).toBeNull();
    expect(targetStep("next", 2, 3)).toBe(3);
    expect(targetStep("prev", 2, 3)).toBe(1);
    expect(targetStep("exit", 2, 3)).toBeNull();
    expect(targetStep("toggle-play", 2, 3)).toBeNull();
  });
});

describe("storyKeyAction", () => {
  it.each([
    ["PageDown", "next"],
    ["ArrowRight", "next"],
    [" ", "next"],
    ["PageUp", "prev"],
    ["ArrowLeft", "prev"],
    ["Home", "first"],
    ["End", "last"],
    ["Escape", "exit"],
    ["p", "toggle-play"],
    ["P", "toggle-play"],
    ["ArrowUp", null],
    ["a", null],
    ["Enter", null],
  ])("%j → %s", (key, want) => expect(storyKeyAction({ key })).toBe(want));

  it("leaves modified keys alone (browser and chart shortcuts)", () => {
    expect(storyKeyAction({ key: "PageDown", ctrlKey: true })).toBeNull();
    expect(storyKeyAction({ key: "ArrowRight", altKey: true })).toBeNull();
    expect(storyKeyAction({ key: "p", metaKey: true })).toBeNull();
    // Shift+arrows pan the chart.
    expect(storyKeyAction({ key: "ArrowRight", shiftKey: true })).toBeNull();
    expect(storyKeyAction({ key: "ArrowLeft", shiftKey: true })).toBeNull();
  });
  it("Shift+Space goes back, as in slide software", () => {
    expect(storyKeyAction({ key: " ", shiftKey: true })).toBe("prev");
  });
});

describe("stepState", () => {
  it("turns a step into range, filters and highlight (start of from, end of to)", () => {
    const s = stepState(story, 1);
    expect(s).toEqual({
      storyStep: 1,
      domain: [Date.UTC(1975, 0, 1), Date.UTC(1980, 0, 1)],
      actors: ["japan"],
      categories: null,
      highlight: ["1977-a"],
      selectedId: null,
      q: "",
    });
  });
  it("handles month and day precision", () => {
    expect(stepState(story, 2).domain).toEqual([Date.UTC(1996, 5, 1), Date.UTC(2000, 0, 1)]);
    expect(stepState(story, 3).domain).toEqual([Date.UTC(2004, 2, 1), Date.UTC(2004, 3, 1)]);
  });
  it("treats a missing or empty filter as 'all'", () => {
    expect(stepState(story, 2).actors).toBeNull();
    expect(stepState(story, 3).actors).toBeNull();
    expect(stepState(story, 3).categories).toEqual(["aid"]);
  });
  it("clamps the step number", () => {
    expect(stepState(story, 0).storyStep).toBe(1);
    expect(stepState(story, 42).storyStep).toBe(3);
  });
  it("returns copies, so the store never shares the story's arrays", () => {
    const s = stepState(story, 1);
    s.highlight.push("x");
    s.actors!.push("y");
    expect(story.steps[0]!.events).toEqual(["1977-a"]);
    expect(story.steps[0]!.actors).toEqual(["japan"]);
  });
});

describe("highlightMatches, labels and progress", () => {
  it("knows whether a step's events are the current highlight", () => {
    expect(highlightMatches(["1997-b", "1997-c"], story, 2)).toBe(true);
    expect(highlightMatches(["1997-b"], story, 2)).toBe(false);
    expect(highlightMatches(null, story, 2)).toBe(false);
  });
  it("labels and measures progress", () => {
    expect(stepLabel(2, 3)).toBe("Step 2 of 3");
    expect(stepProgress(1, 3)).toBe(0);
    expect(stepProgress(2, 3)).toBe(0.5);
    expect(stepProgress(3, 3)).toBe(1);
    expect(stepProgress(1, 1)).toBe(1);
  });
});
