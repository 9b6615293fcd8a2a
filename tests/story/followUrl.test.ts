// @vitest-environment node
import { describe, expect, it } from "vitest";
import { followLink } from "../../src/story/followUrl";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import { smallDataset } from "../fixtures/small";

const loc = { protocol: "https:", host: "example.org", pathname: "/timeline/" };

describe("followLink", () => {
  it("is the page's address with the view, without embed and theme; in a story, just the step", () => {
    const store = createTimelineStore({
      dataset: smallDataset(),
      storyStep: 7,
      view: "timeline",
      actors: ["japan", "china"],
      mode: "embed",
      theme: "contrast",
    });
    expect(followLink(loc, store.getState())).toEqual({
      ok: true,
      url: "https://example.org/timeline/?story=1&step=7",
      short: "example.org/timeline/?story=1&step=7",
    });
    store.setState({ storyStep: null, view: "compare" });
    const l = followLink(loc, store.getState());
    expect(l.ok && l.url).toBe("https://example.org/timeline/?view=compare&actors=japan,china");
  });

  it("keeps a data= link, and says why there is no code for a file", () => {
    const store = createTimelineStore({ dataset: smallDataset(), dataUrl: "https://x.org/d.csv" });
    const l = followLink(loc, store.getState());
    expect(l.ok && l.url).toBe("https://example.org/timeline/?data=https%3A%2F%2Fx.org%2Fd.csv");
    expect(followLink({ ...loc, protocol: "file:" }, store.getState())).toMatchObject({ ok: false });
    store.setState({ dataFileName: "mine.csv" });
    const f = followLink(loc, store.getState());
    expect(f.ok).toBe(false);
    expect(!f.ok && f.reason).toMatch(/mine\.csv/);
  });
});
