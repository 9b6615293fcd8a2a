import { afterEach, describe, expect, it, vi } from "vitest";
import {
  NATURAL_VIEW_HEIGHT,
  RESIZE_TYPE,
  STATE_TYPE,
  naturalHeight,
  nextHeight,
  startEmbedMessaging,
} from "../../src/app/embedMessaging";

describe("naturalHeight", () => {
  it("is the chrome around the view plus the view's natural height, whatever the frame's height", () => {
    // A frame of 400: header 80 above the view, 10 of padding below.
    expect(naturalHeight({ top: 0, bottom: 400 }, { top: 80, bottom: 390 })).toBe(
      80 + NATURAL_VIEW_HEIGHT + 10,
    );
    // The same app in a frame of 900: the same answer (no loop with an auto-height host).
    expect(naturalHeight({ top: 0, bottom: 900 }, { top: 80, bottom: 890 })).toBe(
      80 + NATURAL_VIEW_HEIGHT + 10,
    );
  });
  it("counts nothing below a squeezed view, and the root's height when there is no view yet", () => {
    expect(naturalHeight({ top: 0, bottom: 100 }, { top: 120, bottom: 120 })).toBe(120 + NATURAL_VIEW_HEIGHT);
    expect(naturalHeight({ top: 0, bottom: 333.2 }, null)).toBe(334);
  });
});

describe("nextHeight", () => {
  it("posts the first height and real changes, not 1 px jitter", () => {
    expect(nextHeight(600, [], 0)).toBe(600);
    expect(nextHeight(601, [{ h: 600, t: 0 }], 5000)).toBeNull();
    expect(nextHeight(640, [{ h: 600, t: 0 }], 5000)).toBe(640);
  });
  it("settles a quick flip-flop on the larger height", () => {
    const posted = [
      { h: 600, t: 0 },
      { h: 640, t: 100 },
    ];
    expect(nextHeight(600, posted, 300)).toBeNull(); // stays at 640
    const down = [
      { h: 640, t: 0 },
      { h: 600, t: 100 },
    ];
    expect(nextHeight(640, down, 300)).toBe(640);
    // Slowly, it is just a change.
    expect(nextHeight(600, posted, 5000)).toBe(600);
  });
});

describe("startEmbedMessaging", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.body.innerHTML = "";
  });

  it("posts resize and state messages to the parent only", () => {
    vi.useFakeTimers();
    const post = vi.spyOn(window.parent, "postMessage").mockImplementation(() => {});
    const el = document.createElement("div");
    el.innerHTML = `<div class="app"><header></header><div data-embed-fill></div></div>`;
    document.body.append(el);
    const rect = (top: number, bottom: number) =>
      ({ top, bottom, width: 500, height: bottom - top }) as DOMRect;
    vi.spyOn(el.firstElementChild!, "getBoundingClientRect").mockReturnValue(rect(0, 400));
    vi.spyOn(el.querySelector("[data-embed-fill]")!, "getBoundingClientRect").mockReturnValue(rect(90, 388));
    const m = startEmbedMessaging(el);
    vi.advanceTimersByTime(200);
    expect(post).toHaveBeenCalledWith({ type: RESIZE_TYPE, height: 90 + NATURAL_VIEW_HEIGHT + 12 }, "*");
    m.postState("view=table&embed=1");
    expect(post).toHaveBeenLastCalledWith({ type: STATE_TYPE, query: "view=table&embed=1" }, "*");
    m.dispose();
  });
});
