import { describe, expect, it } from "vitest";
import { stackMarks } from "../../src/chart/stackMarks";
describe("stackMarks with a row limit", () => {
  it("counts the marks past the limit instead of stacking them", () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ eventId: `e${i}`, x1: 100, x2: 100 }));
    const out = stackMarks(items, 5, 2, 4);
    expect(out.rows).toBe(4);
    expect(out.marks).toHaveLength(4);
    expect(out.hidden).toBe(46);
    expect(stackMarks(items, 5).hidden).toBe(0);
  });
});
