// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { navigate, type NavKey, type NavNode } from "../../src/chart/navigate";

// Two lanes (Japan over China) and an empty lane between for "up/down skip empty lanes".
const nodes: NavNode[] = [
  { key: "j3", lane: "japan", x: 300 },
  { key: "j1", lane: "japan", x: 100 },
  { key: "j2", lane: "japan", x: 200 },
  { key: "c1", lane: "china", x: 120 },
  { key: "c2", lane: "china", x: 290 },
  { key: "a1", lane: "asean", x: 500 },
];
const order = ["japan", "korea", "china", "asean"];
const nav = (cur: string, dir: NavKey) => navigate(nodes, order, cur, dir);

describe("navigate", () => {
  it("left/right move in time order within a lane and stop at its ends", () => {
    expect(nav("j1", "right")).toBe("j2");
    expect(nav("j2", "right")).toBe("j3");
    expect(nav("j3", "right")).toBe("j3");
    expect(nav("j3", "left")).toBe("j2");
    expect(nav("j1", "left")).toBe("j1");
  });

  it("home/end go to the lane's first and last events", () => {
    expect(nav("j2", "home")).toBe("j1");
    expect(nav("j2", "end")).toBe("j3");
    expect(nav("c2", "home")).toBe("c1");
  });

  it("up/down go to the nearest event in time of the next non-empty lane", () => {
    expect(nav("j1", "down")).toBe("c1"); // korea is empty: skipped
    expect(nav("j3", "down")).toBe("c2");
    expect(nav("c1", "up")).toBe("j1");
    expect(nav("c2", "up")).toBe("j3");
    expect(nav("c2", "down")).toBe("a1");
  });

  it("up from the first lane and down from the last stay put", () => {
    expect(nav("j2", "up")).toBe("j2");
    expect(nav("a1", "down")).toBe("a1");
  });

  it("events at the same x are ordered by key, so the order is stable", () => {
    const same: NavNode[] = [
      { key: "b", lane: "l", x: 10 },
      { key: "a", lane: "l", x: 10 },
      { key: "c", lane: "l", x: 10 },
    ];
    expect(navigate(same, ["l"], "a", "right")).toBe("b");
    expect(navigate(same, ["l"], "b", "right")).toBe("c");
    expect(navigate(same, ["l"], "c", "home")).toBe("a");
  });

  it("an unknown current key starts at the first node; no nodes gives null", () => {
    expect(nav("gone", "right")).toBe("j3");
    expect(navigate([], order, "x", "right")).toBeNull();
  });

  it("always returns a key of a node, and right then left returns home unless at the end (property)", () => {
    const node = fc.record({
      key: fc.string({ minLength: 1, maxLength: 4 }),
      lane: fc.constantFrom("a", "b", "c"),
      x: fc.integer({ min: 0, max: 50 }),
    });
    const dirs = fc.constantFrom<NavKey>("left", "right", "up", "down", "home", "end");
    fc.assert(
      fc.property(
        fc.uniqueArray(node, { minLength: 1, maxLength: 20, selector: (n) => n.key }),
        fc.array(dirs, { maxLength: 10 }),
        (ns, path) => {
          let cur = ns[0]!.key;
          for (const d of path) {
            cur = navigate(ns, ["a", "b", "c"], cur, d)!;
            expect(ns.some((n) => n.key === cur)).toBe(true);
          }
          const right = navigate(ns, ["a", "b", "c"], cur, "right")!;
          if (right !== cur) expect(navigate(ns, ["a", "b", "c"], right, "left")).toBe(cur);
          const lane = ns.find((n) => n.key === cur)!.lane;
          expect(ns.find((n) => n.key === navigate(ns, ["a", "b", "c"], cur, "end"))!.lane).toBe(lane);
        },
      ),
    );
  });
});
