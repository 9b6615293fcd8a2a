import { describe, expect, it } from "vitest";
import { assignShapes, defaultShape, showActorShapes } from "../../src/data/actorShapes";
import { actorShape } from "../../src/components/Timeline/palette";
import { ACTOR_SHAPES } from "../../src/data/schema";

const ids = (...list: string[]) => list.map((id) => ({ id }));

describe("actor shapes", () => {
  it("keeps the fixed shapes of the built-in actors", () => {
    const s = assignShapes(ids("japan", "china", "south-korea", "asean", "united-states", "apt"));
    expect([...s.values()]).toEqual(["circle", "square", "triangle", "diamond", "star", "hexagon"]);
  });

  it("never draws two actors alike while shapes remain, even beside a built-in id", () => {
    // Before: china (square) and the seventh actor (rotation → square) collided.
    const s = assignShapes(ids("china", "a", "b", "c", "d", "e", "f"));
    expect(new Set(s.values()).size).toBe(7);
    expect(s.get("china")).toBe("square");
    const t = assignShapes(ids("a", "japan", "b", "c", "d", "e", "f"));
    expect(new Set(t.values()).size).toBe(7);
  });

  it("uses the dataset's own shape first, and the others step around it", () => {
    const s = assignShapes([
      { id: "japan", shape: "star" },
      { id: "united-states" },
      { id: "other", shape: "cross" },
      { id: "x" },
    ]);
    expect(s.get("japan")).toBe("star");
    expect(s.get("other")).toBe("cross");
    expect(s.get("united-states")).not.toBe("star");
    expect(new Set(s.values()).size).toBe(4);
  });

  it("ignores an unknown shape, and repeats only once all seven are used", () => {
    const many = ids(...Array.from({ length: 10 }, (_, i) => `a${i}`));
    const s = assignShapes([{ id: "z", shape: "ring" }, ...many]);
    expect(new Set([...s.values()].slice(0, 7)).size).toBe(7);
    for (const v of s.values()) expect(ACTOR_SHAPES).toContain(v);
    expect(s.get("a9")).toBe(defaultShape("a9", 10));
  });

  it("the chart's actorShape follows the dataset on screen", () => {
    showActorShapes([{ id: "mine", shape: "hexagon" }]);
    expect(actorShape("mine", 0)).toBe("hexagon");
    expect(actorShape("not-shown", 1)).toBe(defaultShape("not-shown", 1));
    showActorShapes([]);
  });
});
