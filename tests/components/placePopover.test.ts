// @vitest-environment node
import { describe, expect, it } from "vitest";
import { placePopover } from "../../src/components/Modal/placePopover";

const vp = { width: 375, height: 667 };
const at = (left: number, top: number, w = 80, h = 36) => ({ left, top, right: left + w, bottom: top + h });

describe("placePopover", () => {
  it("opens below the button, right edges aligned", () => {
    expect(placePopover(at(600, 10), { width: 250, height: 200 }, { width: 1280, height: 800 })).toEqual({
      left: 430,
      top: 50,
      maxHeight: 800 - 8 - 50,
    });
  });

  it("never runs off the left edge of a phone", () => {
    const p = placePopover(at(10, 100), { width: 250, height: 200 }, vp);
    expect(p.left).toBe(8);
  });

  it("never runs off the right edge, and is never wider than the screen", () => {
    const p = placePopover(at(340, 100, 30), { width: 500, height: 100 }, vp);
    expect(p.left).toBe(8);
    expect(p.left + Math.min(500, vp.width - 16)).toBeLessThanOrEqual(vp.width - 8);
  });

  it("opens above when there is no room below and more above", () => {
    const p = placePopover(at(200, 600), { width: 200, height: 300 }, vp);
    expect(p.top + 300).toBeLessThanOrEqual(600);
    expect(p.maxHeight).toBeGreaterThan(300);
  });

  it("scrolls inside the room below when it fits nowhere", () => {
    const p = placePopover(at(200, 100), { width: 200, height: 2000 }, vp);
    expect(p.top).toBe(140);
    expect(p.maxHeight).toBe(667 - 8 - 140);
  });
});
