/**
 * Keyboard movement between drawn marks: left/right along a lane in time order,
 * up/down to the nearest mark of the neighbouring lane, home/end to a lane's ends. Pure.
 */
export type NavKey = "left" | "right" | "up" | "down" | "home" | "end";

export interface NavNode {
  key: string;
  lane: string;
  x: number;
}

export function navigate(
  nodes: readonly NavNode[],
  laneOrder: readonly string[],
  current: string,
  dir: NavKey,
): string | null {
  const cur = nodes.find((n) => n.key === current);
  if (!cur) return nodes[0]?.key ?? null;
  const inLane = (lane: string) =>
    nodes.filter((n) => n.lane === lane).sort((a, b) => a.x - b.x || (a.key < b.key ? -1 : 1));
  const lane = inLane(cur.lane);
  const i = lane.findIndex((n) => n.key === current);
  switch (dir) {
    case "left":
      return lane[Math.max(i - 1, 0)]!.key;
    case "right":
      return lane[Math.min(i + 1, lane.length - 1)]!.key;
    case "home":
      return lane[0]!.key;
    case "end":
      return lane[lane.length - 1]!.key;
    case "up":
    case "down": {
      let li = laneOrder.indexOf(cur.lane);
      const step = dir === "up" ? -1 : 1;
      for (li += step; li >= 0 && li < laneOrder.length; li += step) {
        const other = inLane(laneOrder[li]!);
        if (other.length === 0) continue;
        let best = other[0]!;
        for (const n of other) if (Math.abs(n.x - cur.x) < Math.abs(best.x - cur.x)) best = n;
        return best.key;
      }
      return current;
    }
  }
}
