import { describe, expect, it } from "vitest";
import fc from "fast-check";
import raw from "../../data/events.json";
import { validateDataset } from "../../src/data/validate";
import { normalizeDataset, type NormalizedEvent } from "../../src/data/normalize";
import { layoutTimeline, allocateRows, type TimelineLayout } from "../../src/chart/place";
import { createTimeScale, paddedExtent, type Domain } from "../../src/chart/timeScale";
import { estimateTextWidth } from "../../src/chart/textWidth";

const ds = normalizeDataset(validateDataset(raw).dataset!);
const lanes = ["japan", "china", "south-korea", "apt", "asean", "united-states"].map((id) => ({
  id,
  name: id,
  actorIds: [id],
}));
const measure = (t: string, bold: boolean) => estimateTextWidth(t, bold ? 14 : 13);

function layout(domain: Domain, width: number, height = 500, events: readonly NormalizedEvent[] = ds.events) {
  const s = createTimeScale(domain, [0, width]);
  return layoutTimeline({
    events: events.filter((e) => e.stop > domain[0] && e.start < domain[1]),
    lanes,
    x: (t) => s(t),
    invert: (x) => s.invert(x).getTime(),
    width,
    height,
    measure,
    markRadius: 6,
  });
}

/** Every drawn box (mark + label, or cluster badge) as [x0, x1, y]. */
function boxes(l: TimelineLayout): { id: string; x0: number; x1: number; y: number }[] {
  const out = l.items.map((it) => {
    const w = it.label ? measure(it.label, ds.eventById.get(it.eventId)!.importance === 1) : 0;
    // What the renderer draws: shapes reach 1.3 r (a star), a ring r + 3.5, a span has a start mark.
    const half = ds.eventById.get(it.eventId)!.amount ? 6 + 3.5 + 0.75 : 6 * 1.3 + 0.75;
    const markX0 = it.kind === "span" ? Math.max(it.x, 0) - 6 * 0.85 * 1.3 - 0.75 : it.x - half;
    const markX1 = it.kind === "span" ? Math.min(it.x2, 1e9) : it.x + half;
    let x0 = markX0;
    let x1 = markX1;
    if (it.label && !it.labelInside) {
      const lx = it.x + it.labelDx;
      if (it.labelAnchor === "start") x1 = Math.max(x1, lx + w);
      else x0 = Math.min(x0, lx - w);
    }
    return { id: it.key, x0, x1, y: it.y };
  });
  for (const c of l.clusters) out.push({ id: c.key, x0: c.x - 10, x1: c.x + 10, y: c.y });
  return out;
}

function overlaps(l: TimelineLayout) {
  const bs = boxes(l);
  const bad: string[] = [];
  for (let i = 0; i < bs.length; i++)
    for (let j = i + 1; j < bs.length; j++) {
      const a = bs[i]!;
      const b = bs[j]!;
      if (a.y === b.y && a.x0 < b.x1 && b.x0 < a.x1) bad.push(`${a.id} × ${b.id}`);
    }
  return bad;
}

const Y = (y: number) => Date.UTC(y, 0, 1);

describe("layoutTimeline on the real dataset", () => {
  const cases: [string, Domain, number][] = [
    ["everything, desktop", paddedExtent(ds.extent), 1000],
    ["everything, projector", paddedExtent(ds.extent), 760],
    ["everything, phone", paddedExtent(ds.extent), 330],
    ["2003–2009, desktop", [Y(2003), Y(2010)], 1000],
    ["2003–2009, phone", [Y(2003), Y(2010)], 330],
    ["one year", [Y(2008), Y(2009)], 1000],
  ];
  it.each(cases)("no label or mark overlaps another: %s", (_n, domain, width) => {
    const l = layout(domain, width);
    expect(overlaps(l)).toEqual([]);
  });

  it.each(cases)("every event in view is drawn or counted in a cluster: %s", (_n, domain, width) => {
    const l = layout(domain, width);
    for (const lane of lanes) {
      const inView = ds.events.filter(
        (e) => e.actors.includes(lane.id) && e.stop > domain[0] && e.start < domain[1],
      );
      const drawn = new Set(l.items.filter((i) => i.laneId === lane.id).map((i) => i.eventId));
      for (const c of l.clusters.filter((c) => c.laneId === lane.id))
        c.eventIds.forEach((id) => drawn.add(id));
      expect([...drawn].sort()).toEqual(inView.map((e) => e.id).sort());
    }
  });

  it("a cluster badge stands near the events it counts", () => {
    for (const [, domain, width] of cases) {
      const l = layout(domain, width);
      const s = createTimeScale(domain, [0, width]);
      for (const c of l.clusters) {
        for (const id of c.eventIds) {
          const ev = ds.eventById.get(id)!;
          const x = Math.min(Math.max(s(ev.start), 0), width);
          expect(Math.abs(x - c.x)).toBeLessThanOrEqual(2 * 48 + 14);
        }
      }
    }
  });

  it("labels stay inside the chart", () => {
    const l = layout(paddedExtent(ds.extent), 800);
    for (const b of boxes(l)) {
      expect(b.x0).toBeGreaterThanOrEqual(-7);
      expect(b.x1).toBeLessThanOrEqual(807);
    }
  });

  it("headline events get their labels first when zoomed out", () => {
    const l = layout(paddedExtent(ds.extent), 1000);
    const fukuda = l.items.find((i) => i.eventId === "1977-fukuda-doctrine" && i.laneId === "japan");
    expect(fukuda?.label).toBe(ds.eventById.get("1977-fukuda-doctrine")!.title);
  });

  it("a '+1' badge never stands where its one mark has room (a short embed: one row a lane)", () => {
    const l = layout(paddedExtent(ds.extent), 570, 212);
    expect(l.lanes.every((ln) => ln.rows === 1)).toBe(true);
    const bs = boxes(l);
    const lonely = l.clusters.filter((c) => c.eventIds.length === 1);
    for (const c of lonely) {
      const ev = ds.eventById.get(c.eventIds[0]!)!;
      const s = createTimeScale(paddedExtent(ds.extent), [0, 570]);
      const x0 = Math.max(s(ev.start), 0) - 11;
      const x1 = (ev.isSpan ? Math.min(s(ev.stop), 570) : s(ev.start)) + 11;
      // Its mark's box (a span's bar), as the layout pads it; the badge itself does not count.
      const hit = bs.some((b) => b.id !== c.key && b.y === c.y && b.x0 < x1 && x0 < b.x1);
      expect(hit, `${ev.id} hidden in a badge with room for its mark`).toBe(true);
    }
    expect(overlaps(l)).toEqual([]);
  });

  it("labels an event in one lane only (its other lanes show the mark; a span bar keeps its name inside)", () => {
    const l = layout(paddedExtent(ds.extent), 1000);
    // A name inside a span's own bar takes no room, so it may repeat in each of the span's lanes.
    const labelled = l.items.filter((i) => i.label !== null && !i.labelInside).map((i) => i.eventId);
    expect(new Set(labelled).size).toBe(labelled.length);
    const apt = l.items.filter((i) => i.eventId === "1997-asean-plus-three");
    expect(apt.length).toBeGreaterThan(1);
  });

  it("gives a lane's room first to the events it can name: zoomed to 2003–2009, ASEAN has labels", () => {
    const l = layout([Date.UTC(2003, 0, 1), Date.UTC(2010, 0, 1)], 960);
    const asean = l.items.filter((i) => i.laneId === "asean" && i.label !== null);
    expect(asean.length).toBeGreaterThanOrEqual(2);
  });

  it("marks an event's first lane as primary and the others not", () => {
    const l = layout(paddedExtent(ds.extent), 1000);
    const keys = l.items.filter((i) => i.primary).map((i) => i.eventId);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("never overlaps at any zoom window and width (property)", () => {
    const [lo, hi] = paddedExtent(ds.extent);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.005, max: 1, noNaN: true }),
        fc.integer({ min: 280, max: 1900 }),
        fc.integer({ min: 200, max: 1000 }),
        (a, spanFrac, width, height) => {
          const span = (hi - lo) * spanFrac;
          const start = lo + (hi - lo - span) * a;
          const l = layout([start, start + span], width, height);
          return overlaps(l).length === 0;
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("allocateRows", () => {
  it("gives every lane a row and shares the rest by demand", () => {
    expect(allocateRows([10, 10, 0], 3, 6)).toEqual([1, 1, 1]);
    const r = allocateRows([40, 10, 2], 10, 6);
    expect(r.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10);
    expect(r[0]).toBeGreaterThan(r[1]!);
    expect(r[2]).toBeLessThanOrEqual(2);
  });
  it("never exceeds the per-lane maximum", () => {
    expect(allocateRows([100], 20, 4)).toEqual([4]);
  });
});
