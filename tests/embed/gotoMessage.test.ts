import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  GOTO_TYPE,
  domainAround,
  gotoState,
  listenForGoto,
  parseGotoMessage,
} from "../../src/app/gotoMessage";
import type { Story } from "../../src/data/storySchema";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import { smallDataset } from "../fixtures/small";

const ds = smallDataset();
const story: Story = {
  schemaVersion: 1,
  id: "demo",
  title: "Demo",
  steps: [
    {
      title: "One",
      events: ["1977-fukuda-doctrine"],
      from: "1975",
      to: "1979",
      narration: "n1",
      basedOn: ["1977-fukuda-doctrine"],
    },
    {
      title: "Two",
      events: ["2003-tokyo-declaration"],
      from: "2000",
      to: "2006",
      narration: "n2",
      basedOn: ["2003-tokyo-declaration"],
    },
  ],
};
const g = (fields: Record<string, unknown>) => ({ type: GOTO_TYPE, ...fields });

describe("parseGotoMessage", () => {
  it("accepts each field in its documented form", () => {
    expect(parseGotoMessage(g({ step: 3 }))).toEqual({ step: 3 });
    expect(parseGotoMessage(g({ event: "2003-tokyo-declaration" }))).toEqual({
      event: "2003-tokyo-declaration",
    });
    expect(parseGotoMessage(g({ from: "1997", to: "2008-06-30" }))).toEqual({
      from: "1997",
      to: "2008-06-30",
    });
    expect(parseGotoMessage(g({ actors: ["japan", "china", "japan"] }))).toEqual({
      actors: ["japan", "china"],
    });
    expect(parseGotoMessage(g({ view: "compare" }))).toEqual({ view: "compare" });
    // undefined counts as absent; unknown extra keys are left alone
    expect(parseGotoMessage(g({ step: 2, event: undefined, extra: "x" }))).toEqual({ step: 2 });
  });

  it.each([
    ["not an object", "soft-power-timeline:goto"],
    ["null", null],
    ["an array", [GOTO_TYPE]],
    ["another type", { type: "soft-power-timeline:state", step: 1 }],
    ["no field", g({})],
    ["a step of 0", g({ step: 0 })],
    ["a fractional step", g({ step: 1.5 })],
    ["a step as text", g({ step: "3" })],
    ["a NaN step", g({ step: NaN })],
    ["a huge step", g({ step: 1e9 })],
    // Event ids are the author's own text (issue 11), so only blank, over-long or control characters are bad.
    ["a blank event id", g({ event: "   " })],
    ["an event id with a control character", g({ event: "2003-tokyo\u0000" })],
    ["an over-long event id", g({ event: "x".repeat(121) })],
    ["an event id that is not a string", g({ event: 2003 })],
    ["an impossible date", g({ from: "2003-02-30" })],
    ["a range that ends before it starts", g({ from: "2008", to: "1997" })],
    ["actors as a string", g({ actors: "japan,china" })],
    ["an empty actors list", g({ actors: [] })],
    ["a bad actor id", g({ actors: ["japan", "Japan!"] })],
    ["an unknown view", g({ view: "map" })],
    ["one bad field among good ones", g({ step: 2, view: "map" })],
  ])("ignores %s", (_name, data) => {
    expect(parseGotoMessage(data)).toBeNull();
  });

  it("never throws and returns only valid fields, whatever arrives", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              type: fc.constantFrom(GOTO_TYPE, "x"),
              step: fc.anything(),
              event: fc.oneof(fc.string(), fc.anything()),
              from: fc.string(),
              actors: fc.anything(),
              view: fc.string(),
            },
            { requiredKeys: ["type"] },
          ),
        ),
        (data) => {
          const m = parseGotoMessage(data);
          if (m === null) return;
          if (m.step !== undefined) expect(Number.isInteger(m.step) && m.step >= 1).toBe(true);
          if (m.view !== undefined) expect(["timeline", "compare", "table", "figures"]).toContain(m.view);
          if (m.actors) for (const a of m.actors) expect(a).toMatch(/^[a-z0-9-]+$/);
        },
      ),
    );
  });
});

describe("gotoState", () => {
  it("a step is the story's step state, on the timeline", () => {
    const s = gotoState({ step: 2 }, ds, story, { domain: null })!;
    expect(s.storyStep).toBe(2);
    expect(s.view).toBe("timeline");
    expect(s.highlight).toEqual(["2003-tokyo-declaration"]);
    expect(s.domain).toEqual([Date.UTC(2000, 0, 1), Date.UTC(2007, 0, 1)]);
  });

  it("a step the story does not have, or no story, changes nothing", () => {
    expect(gotoState({ step: 3 }, ds, story, { domain: null })).toBeNull();
    expect(gotoState({ step: 1 }, ds, null, { domain: null })).toBeNull();
  });

  it("an unknown event or actor changes nothing", () => {
    expect(gotoState({ event: "2099-nothing" }, ds, story, { domain: null })).toBeNull();
    expect(gotoState({ actors: ["japan", "atlantis"] }, ds, story, { domain: null })).toBeNull();
  });

  it("without a step it leaves the story, and sets range, actors (in the dataset's order) and view", () => {
    const s = gotoState(
      { from: "1997", to: "2008", actors: ["japan", "china"], view: "compare" },
      ds,
      story,
      {
        domain: null,
      },
    )!;
    expect(s).toMatchObject({
      storyStep: null,
      highlight: null,
      view: "compare",
      actors: ["china", "japan"],
    });
    expect(s.domain).toEqual([Date.UTC(1997, 0, 1), Date.UTC(2009, 0, 1)]);
  });

  it("an event is selected, and brought into view when it lies outside the range", () => {
    const inView = gotoState({ event: "2003-tokyo-declaration" }, ds, null, {
      domain: [Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)],
    })!;
    expect(inView.selectedId).toBe("2003-tokyo-declaration");
    expect(inView.domain).toEqual([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)]);
    const outside = gotoState({ event: "1977-fukuda-doctrine" }, ds, null, {
      domain: [Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)],
    })!;
    const ev = ds.eventById.get("1977-fukuda-doctrine")!;
    expect(outside.domain![0]).toBeLessThanOrEqual(ev.start);
    expect(outside.domain![1]).toBeGreaterThanOrEqual(ev.stop);
  });
});

describe("domainAround", () => {
  it("keeps the width and centres the event; null when it is already in view", () => {
    expect(domainAround(50, 60, [0, 100])).toBeNull();
    expect(domainAround(150, 160, [0, 100])).toEqual([105, 205]);
  });
});

describe("listenForGoto", () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  // jsdom's window is its own parent: a message "from the parent" cannot be faked
  // there, so this checks the other half: nothing from elsewhere is accepted.
  it("ignores messages that do not come from the parent frame", async () => {
    const store = createTimelineStore({ dataset: ds });
    stop = listenForGoto(store, { loadStory: () => Promise.resolve(story) });
    const before = store.getState();
    window.dispatchEvent(new MessageEvent("message", { data: g({ view: "table" }), source: null }));
    window.dispatchEvent(new MessageEvent("message", { data: g({ view: "table" }), source: window }));
    await Promise.resolve();
    expect(store.getState().view).toBe(before.view);
  });
});
