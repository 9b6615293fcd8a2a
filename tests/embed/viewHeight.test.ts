import { describe, expect, it } from "vitest";
import {
  LANE_HEADER,
  MAX_VIEW_HEIGHT,
  MIN_VIEW_HEIGHT,
  ROW_H,
  TIMELINE_BOTTOM,
  TIMELINE_TOP,
  contentExtent,
  timelineAreaHeight,
  viewNaturalHeight,
} from "../../src/embed/viewHeight";

describe("timelineAreaHeight", () => {
  it("grows with the lanes: each lane its header and two rows, the lead lanes one more", () => {
    const five = timelineAreaHeight(5, 2);
    // 5 lanes × 2 rows + 2 lead rows = 12 rows, and one more for the layout's own margin row.
    expect(five).toBe(TIMELINE_TOP + 5 * LANE_HEADER + 13 * ROW_H + TIMELINE_BOTTOM);
    expect(timelineAreaHeight(2, 2)).toBeLessThan(five);
    expect(timelineAreaHeight(6, 2) - five).toBe(LANE_HEADER + 2 * ROW_H);
  });
  it("gives the layout room for every row it is asked for (place.ts: floor((h − lanes·26) / 24) − 1)", () => {
    for (const lanes of [1, 3, 7]) {
      const h = timelineAreaHeight(lanes, Math.min(2, lanes)) - TIMELINE_TOP - TIMELINE_BOTTOM;
      const rows = Math.floor((h - lanes * LANE_HEADER) / ROW_H) - 1;
      expect(rows).toBe(lanes * 2 + Math.min(2, lanes));
    }
  });
  it("counts at least one lane (an empty filter still shows its message)", () => {
    expect(timelineAreaHeight(0)).toBe(timelineAreaHeight(1));
  });
});

describe("contentExtent", () => {
  it("is the span from the first top to the last bottom, plus padding, whatever the scroll", () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ top: 100 + i * 40, bottom: 140 + i * 40 }));
    expect(contentExtent(rows, 2)).toBe(402);
    // Scrolled by 300 px: the boxes move, the extent does not.
    expect(
      contentExtent(
        rows.map((r) => ({ top: r.top - 300, bottom: r.bottom - 300 })),
        2,
      ),
    ).toBe(402);
  });
  it("ignores empty boxes and gives the padding alone for no content", () => {
    expect(contentExtent([{ top: 5, bottom: 5 }], 4)).toBe(4);
    expect(contentExtent([], 0)).toBe(0);
  });
});

describe("viewNaturalHeight", () => {
  it("adds the view's chrome to what its flexible part needs, within bounds", () => {
    expect(viewNaturalHeight(90, 410)).toBe(500);
    expect(viewNaturalHeight(10, 20)).toBe(MIN_VIEW_HEIGHT);
    expect(viewNaturalHeight(0, 1e6)).toBe(MAX_VIEW_HEIGHT);
    expect(viewNaturalHeight(10.2, 300)).toBe(311);
  });
  it("a table of 10 rows asks for less than one of 40", () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ top: i * 44, bottom: i * 44 + 44 }));
    const caption = { top: -80, bottom: 0 };
    expect(viewNaturalHeight(0, contentExtent([caption, ...rows(10)]))).toBe(80 + 440);
    expect(viewNaturalHeight(0, contentExtent([caption, ...rows(40)]))).toBe(80 + 1760);
  });
});
