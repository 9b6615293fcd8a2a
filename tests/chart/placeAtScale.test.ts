import { describe, expect, it } from "vitest";
import type { NormalizedEvent } from "../../src/data/normalize";
import { layoutTimeline, type TimelineLayout } from "../../src/chart/place";
import { createTimeScale, type Domain } from "../../src/chart/timeScale";
import { estimateTextWidth } from "../../src/chart/textWidth";

/** N synthetic events over 1945–2030, seeded, a sixth of them spans, in two lanes. */
function synthetic(n: number): NormalizedEvent[] {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const lo = Date.UTC(1945, 0, 1);
  const hi = Date.UTC(2030, 0, 1);
  const out: NormalizedEvent[] = [];
  for (let i = 0; i < n; i++) {
    const start = lo + Math.floor(rnd() * (hi - lo));
    const isSpan = rnd() < 0.16;
    out.push({
      id: `e${i}`,
      date: "2000",
      title: `Event number ${i}`,
      summary: "",
      actors: [rnd() < 0.5 ? "japan" : "china"],
      category: "oda",
      importance: (1 + Math.floor(rnd() * 3)) as 1 | 2 | 3,
      sources: [],
      start,
      stop: isSpan ? start + rnd() * 5 * 365 * 864e5 : start + 864e5,
      precision: "day",
      isSpan,
      searchText: "",
      ...(rnd() < 0.3 ? { amount: { value: 1, currency: "USD", kind: "pledge" } } : {}),
    } as unknown as NormalizedEvent);
  }
  return out.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
}

const lanes = ["japan", "china"].map((id) => ({ id, name: id, actorIds: [id] }));

function run(events: NormalizedEvent[], domain: Domain, width = 1200) {
  const s = createTimeScale(domain, [0, width]);
  let measured = 0;
  const layout = layoutTimeline({
    events: events.filter((e) => e.stop > domain[0] && e.start < domain[1]),
    lanes,
    x: (t) => s(t),
    invert: (x) => s.invert(x).getTime(),
    width,
    height: 500,
    measure: (t, bold) => {
      measured++;
      return estimateTextWidth(t, bold ? 14 : 13);
    },
    markRadius: 6,
  });
  return { layout, measured };
}

function accounted(l: TimelineLayout): Map<string, number> {
  const seen = new Map<string, number>();
  const add = (laneId: string, n: number) => seen.set(laneId, (seen.get(laneId) ?? 0) + n);
  for (const it of l.items) add(it.laneId, 1);
  for (const c of l.clusters) add(c.laneId, c.eventIds.length);
  return seen;
}

describe("layoutTimeline at scale (pre-binned per column)", () => {
  const whole: Domain = [Date.UTC(1945, 0, 1), Date.UTC(2030, 0, 1)];

  it("accounts for every event in view: drawn, or counted in a badge", () => {
    const evs = synthetic(20_000);
    const { layout } = run(evs, whole);
    const perLane = accounted(layout);
    for (const lane of layout.lanes) expect(perLane.get(lane.id)).toBe(lane.count);
    expect(layout.items.length).toBeGreaterThan(100);
  });

  it("does work that follows the screen, not the number of events in view", () => {
    // Labels are measured only for events offered to the packer: ten times the events, about the same work.
    const small = run(synthetic(10_000), whole).measured;
    const large = run(synthetic(100_000), whole).measured;
    expect(large).toBeLessThan(small * 1.5);
    expect(large).toBeLessThan(2 * Math.ceil(1200 / 16 + 1) * 12);
  });

  it("draws nothing over anything else in a crowded view", () => {
    const { layout } = run(synthetic(50_000), [Date.UTC(1990, 0, 1), Date.UTC(2000, 0, 1)]);
    const marks = layout.items.map((it) => ({
      y: it.y,
      x0: it.kind === "span" ? Math.max(it.x, 0) : it.x - 5,
      x1: it.kind === "span" ? Math.min(it.x2, 1200) : it.x + 5,
    }));
    const badges = layout.clusters.map((c) => ({ y: c.y, x0: c.x - 9, x1: c.x + 9 }));
    const all = [...marks, ...badges].sort((a, b) => a.y - b.y || a.x0 - b.x0);
    for (let i = 1; i < all.length; i++)
      if (all[i]!.y === all[i - 1]!.y) expect(all[i]!.x0).toBeGreaterThan(all[i - 1]!.x1);
  });
});
