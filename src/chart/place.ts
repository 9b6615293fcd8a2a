/**
 * The layout pass: filtered events + a time scale → lanes, marks, labels and
 * clusters in pixels (the `PlacedEvent` step of the data chain). Pure.
 *
 * Per lane, items are packed into rows greedily by importance: first with their
 * label (right of the mark, else left), then as a bare mark, and whatever still
 * does not fit is gathered into counted clusters. Nothing placed ever overlaps.
 */
import type { NormalizedEvent } from "../data/normalize";
import { packRows, RowOccupancy, type Candidate } from "./declutter";

export interface LaneActor {
  id: string;
  name: string;
  /** The actors whose events the lane shows (one, or a group's members). */
  actorIds: readonly string[];
}

export interface LayoutOptions {
  events: readonly NormalizedEvent[];
  lanes: readonly LaneActor[];
  /** Time (ms) → x in [0, width]. */
  x: (t: number) => number;
  /** x → time (the scale's inverse). */
  invert: (x: number) => number;
  width: number;
  /** Height the lanes may use before the chart scrolls. */
  height: number;
  /** Label width; `bold` for headline (importance 1) labels. */
  measure: (text: string, bold: boolean) => number;
  /** Events laid out first, whatever their importance (selection, story highlights). */
  pinned?: ReadonlySet<string>;
  rowHeight?: number;
  laneHeader?: number;
  markRadius?: number;
  maxRowsPerLane?: number;
}

export interface PlacedLane {
  id: string;
  name: string;
  y: number;
  height: number;
  rows: number;
  /** Events of this actor in view (drawn, bare or clustered). */
  count: number;
}

export interface PlacedItem {
  key: string;
  eventId: string;
  laneId: string;
  /** The first lane an event appears in: the one in the keyboard order. */
  primary: boolean;
  kind: "point" | "span";
  t0: number;
  t1: number;
  x: number;
  /** Span end in px (x for points). */
  x2: number;
  y: number;
  label: string | null;
  labelAnchor: "start" | "end";
  /** Label x relative to the item's x (so it moves with the mark when zooming). */
  labelDx: number;
  labelInside: boolean;
}

export interface PlacedCluster {
  key: string;
  laneId: string;
  eventIds: string[];
  x: number;
  y: number;
  /** Time extent of the gathered events, to zoom to on activation. */
  t0: number;
  t1: number;
  /** Anchor time of the badge, so it moves with the zoom like marks do. */
  t: number;
}

export interface TimelineLayout {
  lanes: PlacedLane[];
  items: PlacedItem[];
  clusters: PlacedCluster[];
  height: number;
}

const LABEL_GAP = 6;

/** Rows each lane may use: shared by demand, at least one each. */
export function allocateRows(demand: readonly number[], totalRows: number, maxPerLane: number): number[] {
  const n = demand.length;
  const rows = demand.map(() => 1);
  let left = totalRows - n;
  const sum = demand.reduce((a, b) => a + b, 0) || 1;
  // Proportional share first, then one by one to the lanes with most demand per row.
  demand.forEach((d, i) => {
    const extra = Math.min(maxPerLane - 1, Math.floor((d / sum) * Math.max(left, 0)), Math.max(d - 1, 0));
    rows[i]! += extra;
  });
  left = totalRows - rows.reduce((a, b) => a + b, 0);
  while (left > 0) {
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < n; i++) {
      const score = demand[i]! / rows[i]!;
      if (rows[i]! < maxPerLane && rows[i]! < demand[i]! && score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) break;
    rows[best]!++;
    left--;
  }
  return rows;
}

export function layoutTimeline(o: LayoutOptions): TimelineLayout {
  const rowH = o.rowHeight ?? 24;
  const header = o.laneHeader ?? 20;
  const r = o.markRadius ?? 6;
  const maxPer = o.maxRowsPerLane ?? 6;
  const W = o.width;
  const pinned = o.pinned ?? new Set<string>();

  const byLane = o.lanes.map((lane) => o.events.filter((e) => e.actors.some((a) => lane.actorIds.includes(a))));
  const totalRows = Math.max(o.lanes.length, Math.floor((o.height - o.lanes.length * (header + 6)) / rowH));
  const rowBudget = allocateRows(
    byLane.map((evs) => evs.length),
    totalRows,
    maxPer,
  );

  const lanes: PlacedLane[] = [];
  const items: PlacedItem[] = [];
  const clusters: PlacedCluster[] = [];
  const seen = new Set<string>();
  let y = 0;

  o.lanes.forEach((lane, li) => {
    const evs = [...byLane[li]!].sort(
      (a, b) =>
        Number(pinned.has(b.id)) - Number(pinned.has(a.id)) ||
        a.importance - b.importance ||
        a.start - b.start ||
        (a.id < b.id ? -1 : 1),
    );
    const rows = Array.from({ length: rowBudget[li]! }, () => new RowOccupancy());
    const geo = new Map<string, { x: number; x2: number; bx0: number; bx1: number; label: string; w: number }>();
    for (const ev of evs) {
      const x = o.x(ev.start);
      const x2 = ev.isSpan ? o.x(ev.stop) : x;
      const bx0 = ev.isSpan ? Math.max(x, 0) : x - r;
      const bx1 = ev.isSpan ? Math.min(x2, W) : x + r;
      geo.set(ev.id, { x, x2, bx0, bx1, label: ev.title, w: o.measure(ev.title, ev.importance === 1) });
    }

    // 1. Mark with label.
    const labelled: Candidate[] = evs.map((ev) => {
      const g = geo.get(ev.id)!;
      const opts = [];
      if (ev.isSpan && g.bx1 - g.bx0 >= g.w + 2 * LABEL_GAP) opts.push({ x0: g.bx0, x1: g.bx1 });
      opts.push({ x0: g.bx0, x1: g.bx1 + LABEL_GAP + g.w });
      opts.push({ x0: g.bx0 - LABEL_GAP - g.w, x1: g.bx1 });
      return { id: ev.id, options: opts.filter((i) => i.x0 >= 0 && i.x1 <= W) };
    });
    const first = packRows(labelled, rows, 4);
    const optionOf = new Map(first.placed.map((p) => [p.id, p]));

    // 2. Bare marks for what did not fit with a label.
    const leftIds = new Set(first.left);
    const bare: Candidate[] = evs
      .filter((ev) => leftIds.has(ev.id))
      .map((ev) => {
        const g = geo.get(ev.id)!;
        return { id: ev.id, options: g.bx1 >= 0 && g.bx0 <= W ? [{ x0: g.bx0 - 1, x1: g.bx1 + 1 }] : [] };
      });
    const second = packRows(bare, rows, 2);
    const bareRow = new Map(second.placed.map((p) => [p.id, p.row]));

    const rowY = (row: number) => y + header + row * rowH + rowH / 2;
    for (const ev of evs) {
      const g = geo.get(ev.id)!;
      const withLabel = optionOf.get(ev.id);
      const row = withLabel?.row ?? bareRow.get(ev.id);
      if (row === undefined) continue;
      const optIndex = withLabel
        ? labelled.find((c) => c.id === ev.id)!.options[withLabel.option]!
        : null;
      const inside = !!(withLabel && ev.isSpan && optIndex && optIndex.x1 === g.bx1 && optIndex.x0 === g.bx0);
      const left = !!(withLabel && optIndex && optIndex.x1 === g.bx1 && !inside);
      items.push({
        key: `${lane.id}:${ev.id}`,
        eventId: ev.id,
        laneId: lane.id,
        primary: !seen.has(ev.id),
        kind: ev.isSpan ? "span" : "point",
        t0: ev.start,
        t1: ev.stop,
        x: g.x,
        x2: g.x2,
        y: rowY(row),
        label: withLabel ? g.label : null,
        labelAnchor: left ? "end" : "start",
        labelDx: inside ? Math.max(g.bx0 - g.x, 0) + LABEL_GAP : left ? g.bx0 - g.x - LABEL_GAP : g.bx1 - g.x + LABEL_GAP,
        labelInside: inside,
      });
      seen.add(ev.id);
    }

    // 3. Clusters for the rest, gathered left to right.
    const rest = evs
      .filter((ev) => !optionOf.has(ev.id) && !bareRow.has(ev.id))
      .map((ev) => ({ ev, x: Math.min(Math.max(geo.get(ev.id)!.bx0, 0), W) }))
      .sort((a, b) => a.x - b.x);
    const groups: { evs: NormalizedEvent[]; x0: number; x1: number }[] = [];
    for (const it of rest) {
      const g = groups[groups.length - 1];
      if (g && it.x - g.x0 < 48) {
        g.evs.push(it.ev);
        g.x1 = it.x;
      } else groups.push({ evs: [it.ev], x0: it.x, x1: it.x });
    }
    let overflow: RowOccupancy | null = null;
    let lastOverflow: PlacedCluster | null = null;
    const laneClusters: PlacedCluster[] = [];
    for (const g of groups) {
      const cx = Math.min(Math.max((g.x0 + g.x1) / 2, 14), W - 14);
      const bw = 14 + 7 * String(g.evs.length).length;
      const iv = { x0: cx - bw / 2, x1: cx + bw / 2 };
      const t0 = Math.min(...g.evs.map((e) => e.start));
      const t1 = Math.max(...g.evs.map((e) => e.stop));
      let row = rows.findIndex((row) => row.fits(iv.x0 - 2, iv.x1 + 2));
      if (row >= 0) rows[row]!.add(iv.x0 - 2, iv.x1 + 2);
      else {
        overflow ??= new RowOccupancy();
        if (overflow.fits(iv.x0 - 2, iv.x1 + 2) || !lastOverflow) {
          overflow.add(iv.x0 - 2, iv.x1 + 2);
          row = rows.length;
        } else {
          // No room even in the overflow row: join the cluster to its left neighbour.
          lastOverflow.eventIds.push(...g.evs.map((e) => e.id));
          lastOverflow.t0 = Math.min(lastOverflow.t0, t0);
          lastOverflow.t1 = Math.max(lastOverflow.t1, t1);
          continue;
        }
      }
      const c: PlacedCluster = {
        key: `${lane.id}:cluster:${g.evs[0]!.id}`,
        laneId: lane.id,
        eventIds: g.evs.map((e) => e.id),
        x: cx,
        y: rowY(row),
        t0,
        t1,
        t: 0,
      };
      if (row === rows.length) lastOverflow = c;
      laneClusters.push(c);
    }
    for (const c of laneClusters) {
      // The badge's anchor time, so it follows a live zoom like the marks do.
      c.t = o.invert(c.x);
      clusters.push(c);
    }

    const usedRows = Math.max(1, rows.length + (overflow ? 1 : 0));
    const height = header + usedRows * rowH + 6;
    lanes.push({ id: lane.id, name: lane.name, y, height, rows: usedRows, count: evs.length });
    y += height;
  });

  return { lanes, items, clusters, height: y };
}
