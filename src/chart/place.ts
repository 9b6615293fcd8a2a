/**
 * The layout pass: filtered events + a time scale → lanes, marks, labels and
 * clusters in pixels (the `PlacedEvent` step of the data chain). Pure.
 *
 * Per lane, items are packed into rows greedily by importance: first with their
 * label (right of the mark, else left), then as a bare mark, and whatever still
 * does not fit is gathered into counted clusters. Nothing placed ever overlaps.
 */
import type { NormalizedEvent } from "../data/normalize";
import { RowOccupancy, type Interval } from "./declutter";
import { binLane, capLane, indexLanes, OFFERED, OUT_OF_VIEW } from "./columnBins";
import { truncateToWidth } from "./truncate";

export interface LaneActor {
  id: string;
  name: string;
  /** The actors whose events the lane shows (one, or a group's members). */
  actorIds: readonly string[];
  /**
   * Width (px from the left edge) of the lane's name when it is drawn inside the lane's
   * first row rather than above it: that stretch of the row is kept free.
   */
  nameWidth?: number;
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
  /**
   * Events a "+N" badge was just opened for: laid out first, like pinned ones, and their
   * lanes get more rows, so each gets its label; unlike pinned ones they may be counted
   * again in a badge when there is no room.
   */
  focus?: ReadonlySet<string>;
  /** Lanes that get twice their share of rows (the actors the product compares). */
  leadLanes?: readonly string[];
  rowHeight?: number;
  /** Rows may shrink to this height before the chart scrolls (default: rowHeight). */
  minRowHeight?: number;
  laneHeader?: number;
  /** Lane header height once rows are at their minimum (default: laneHeader). */
  compactHeader?: number;
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
  /** Row height and lane header height the layout settled on (see `fitRows`). */
  rowHeight: number;
  header: number;
}

/** Space under each lane's last row, in px. */
export const LANE_PAD = 6;

export interface RowFit {
  rowHeight: number;
  header: number;
  /** Rows all lanes together may use; at least one per lane. */
  totalRows: number;
  /** False when even the smallest rows need more height (the chart then scrolls). */
  fits: boolean;
}

/**
 * How rows adapt to the height before anything scrolls: fewer rows per lane
 * first (the allocation shares `totalRows`), then shorter rows, then a shorter
 * lane header; only when one row per lane at the smallest size does not fit
 * does the chart need to scroll.
 */
export function fitRows(
  height: number,
  lanes: number,
  o: { rowHeight: number; minRowHeight: number; header: number; compactHeader: number },
): RowFit {
  const n = Math.max(lanes, 1);
  const total = (rh: number, header: number) => Math.floor((height - n * (header + LANE_PAD)) / rh);
  const full = total(o.rowHeight, o.header);
  if (full >= n) return { rowHeight: o.rowHeight, header: o.header, totalRows: full, fits: true };
  for (const header of [o.header, o.compactHeader]) {
    for (let rh = o.rowHeight - 1; rh >= o.minRowHeight; rh--) {
      if (total(rh, header) >= n) return { rowHeight: rh, header, totalRows: n, fits: true };
    }
  }
  return { rowHeight: o.minRowHeight, header: o.compactHeader, totalRows: n, fits: false };
}

const LABEL_GAP = 6;
/** Air kept around a bare mark and around a label, in px. */
const MARK_PAD = 2;
/** Extra radius of the ring around a point that has an amount (see EventMarks). */
const AMOUNT_RING = 4.5;
/** How far the widest actor shape (the star) reaches, in mark radii. */
const SHAPE_REACH = 1.3;
const LABEL_PAD = 3;
/** Leftover events closer than this (px) share one cluster badge. */
const CLUSTER_SPAN = 48;

interface LabelOption extends Interval {
  side: "inside" | "right" | "left";
  /** The label's text when it is not the whole title (shortened with "…"). */
  text?: string;
}

/**
 * Narrowest room (px) worth a shortened label: a short first word and "…" ("Japan…"). Shortened
 * labels end at a whole word (truncate.ts), so a room too narrow for one gets none anyway.
 */
const MIN_TRUNC = 40;
/** How far (px) a badge may move sideways to find room. */
const BADGE_NUDGE = 40;

interface Geo {
  x: number;
  x2: number;
  bx0: number;
  bx1: number;
  label: string;
  mark: Interval;
  /** Label placements (inside a span, right, left), padded and inside [0, width]; null until measured. */
  options: LabelOption[] | null;
  visible: boolean;
}

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
  const fit = fitRows(o.height, o.lanes.length, {
    rowHeight: o.rowHeight ?? 24,
    minRowHeight: Math.min(o.minRowHeight ?? o.rowHeight ?? 24, o.rowHeight ?? 24),
    header: o.laneHeader ?? 20,
    compactHeader: Math.min(o.compactHeader ?? o.laneHeader ?? 20, o.laneHeader ?? 20),
  });
  const rowH = fit.rowHeight;
  const header = fit.header;
  const r = o.markRadius ?? 6;
  const maxPer = o.maxRowsPerLane ?? 6;
  const W = o.width;
  const pinned = o.pinned ?? new Set<string>();
  const focus = o.focus ?? new Set<string>();
  const first = focus.size ? new Set([...pinned, ...focus]) : pinned;

  // Lanes indexed once per filtered selection (chart/columnBins.ts); each layout bins only the
  // events near the view, read from typed arrays. The time scale is linear: x = a·t + b.
  const index = indexLanes(o.events, o.lanes);
  const xb = o.x(0);
  const xa = (o.x(1e12) - xb) / 1e12;
  const bins = index.map((idx) =>
    binLane(idx, {
      a: xa,
      b: xb,
      width: W,
      // Marks anchored in one column (a mark's width) overlap: at most one per row.
      columnWidth: Math.floor(2 * (r * SHAPE_REACH + 1 + MARK_PAD)),
      geometry: {
        pointHalf: r * SHAPE_REACH + 1,
        amountHalf: r + AMOUNT_RING + 1,
        spanLead: r * 0.85 * SHAPE_REACH + 1,
      },
    }),
  );
  // Rows the height allows. Marks, labels and badges share them: no lane adds rows of its own.
  const totalRows = fit.totalRows;
  const focusCount = o.lanes.map((l) => {
    let n = 0;
    if (!focus.size) return n;
    for (const ev of o.events) if (focus.has(ev.id) && ev.actors.some((a) => l.actorIds.includes(a))) n++;
    return n;
  });
  const weight = (i: number) =>
    bins[i]!.inView * (o.leadLanes?.includes(o.lanes[i]!.id) ? 2 : 1) + 6 * focusCount[i]!;
  const rowBudget = allocateRows(
    bins.map((_, i) => weight(i)),
    totalRows,
    maxPer,
  );

  const lanes: PlacedLane[] = [];
  const items: PlacedItem[] = [];
  const clusters: PlacedCluster[] = [];
  const seen = new Set<string>();
  /** Events already labelled in an earlier lane: one label per event, in the first lane with room. */
  const labelled = new Set<string>();
  let y = 0;

  /** The drawn box of an event's mark, in px. */
  const markBox = (ev: NormalizedEvent) => {
    const x = o.x(ev.start);
    const x2 = ev.isSpan ? o.x(ev.stop) : x;
    // Room for what is drawn: the actor's shape (a star reaches 1.3 r), the ring of a point
    // with an amount (r + 3.5), a span's start mark, and half a stroke.
    const half = ev.amount && !ev.isSpan ? r + AMOUNT_RING + 1 : r * SHAPE_REACH + 1;
    const x0 = ev.isSpan ? Math.max(x, 0) - (r * 0.85 * SHAPE_REACH + 1) : x - half;
    const x1 = ev.isSpan ? Math.min(x2, W) + 1 : x + half;
    return { x, x2, x0, x1 };
  };

  o.lanes.forEach((lane, li) => {
    const laneBins = bins[li]!;
    const inOrder = laneBins.idx.events;
    // Pre-binning: a column offers the packer one event per row (+1 to spare, for short spans
    // and the wider ring of an amount): its work then follows the screen, not the events.
    const offered = capLane(laneBins, rowBudget[li]! + 2, first);
    // Priority order without a full sort: pinned, then importance 1, 2, 3, each in time order.
    const buckets: NormalizedEvent[][] = [[], [], [], []];
    for (const ev of offered) buckets[first.has(ev.id) ? 0 : ev.importance]!.push(ev);
    // Events labelled in an earlier lane come last here: this lane's room goes first to the
    // events it can name (zoomed to 2003–2009 the ASEAN lane was otherwise all repeats, bare).
    const rest = buckets.slice(1).flat();
    const evs = [
      ...buckets[0]!,
      ...rest.filter((ev) => !labelled.has(ev.id)),
      ...rest.filter((ev) => labelled.has(ev.id)),
    ];
    const rows = Array.from({ length: rowBudget[li]! }, () => new RowOccupancy());
    if (lane.nameWidth) rows[0]?.add(-Infinity, lane.nameWidth);
    const geo = new Map<string, Geo>();
    for (const ev of offered) {
      const { x, x2, x0: bx0, x1: bx1 } = markBox(ev);
      geo.set(ev.id, {
        x,
        x2,
        bx0,
        bx1,
        label: ev.title,
        mark: { x0: bx0 - MARK_PAD, x1: bx1 + MARK_PAD },
        options: null,
        visible: bx1 >= 0 && bx0 <= W,
      });
    }
    /** Label placements, measured only for the events that get a chance at a label. */
    const labelOptions = (ev: NormalizedEvent): LabelOption[] => {
      const g = geo.get(ev.id)!;
      if (g.options) return g.options;
      const list: LabelOption[] = [];
      // An event already labelled in an earlier lane is one event: its label stands there only.
      if (!labelled.has(ev.id)) {
        const { bx0, bx1 } = g;
        const bold = ev.importance === 1;
        const w = o.measure(ev.title, bold);
        if (ev.isSpan && bx1 - bx0 >= w + 2 * LABEL_GAP) list.push({ x0: bx0, x1: bx1, side: "inside" });
        else if (ev.isSpan && g.x < 0) {
          // A span that starts before the view keeps its name at the left edge, shortened if need be.
          const text = truncateToWidth(ev.title, bx1 - bx0 - 2 * LABEL_GAP, (t) => o.measure(t, bold));
          if (text) list.push({ x0: bx0, x1: bx1, side: "inside", text });
        }
        if (!(ev.isSpan && g.x < 0 && list.length)) {
          list.push({ x0: bx0, x1: bx1 + LABEL_GAP + w, side: "right" });
          list.push({ x0: bx0 - LABEL_GAP - w, x1: bx1, side: "left" });
        }
      }
      g.options = list
        .filter((i) => i.x0 >= 0 && i.x1 <= W)
        .map((i) => ({ ...i, x0: i.x0 - LABEL_PAD, x1: i.x1 + LABEL_PAD }));
      return g.options;
    };
    /** Where each drawn event went: its row, its label option (null: bare mark) and what it occupies. */
    const placed = new Map<
      string,
      { row: number; option: number | null; iv: Interval; short?: { side: "inside" | "right"; text: string } }
    >();
    const tryPlace = (
      id: string,
      ivs: Interval[],
      option: (i: number) => number | null,
      rowsToTry = rows,
    ) => {
      for (let k = 0; k < ivs.length; k++) {
        const iv = ivs[k]!;
        for (let ri = 0; ri < rowsToTry.length; ri++) {
          if (rowsToTry[ri]!.fits(iv.x0, iv.x1)) {
            rowsToTry[ri]!.add(iv.x0, iv.x1);
            placed.set(id, { row: rows.indexOf(rowsToTry[ri]!), option: option(k), iv });
            return true;
          }
        }
      }
      return false;
    };

    // 1. Headlines (and pinned events) with their labels first.
    for (const ev of [...buckets[0]!, ...buckets[1]!]) tryPlace(ev.id, labelOptions(ev), (k) => k);
    // 2. Every other visible event as a bare mark, so few are hidden behind long labels.
    for (const ev of evs) {
      const g = geo.get(ev.id)!;
      if (placed.has(ev.id) || !g.visible) continue;
      tryPlace(ev.id, [g.mark], () => null);
    }
    /** Steps 3 and 3b for `list` (bare marks get labels where there is room). */
    const labelBare = (list: readonly NormalizedEvent[]) => {
      // 3. Give bare marks a label where their row has room, most important first.
      for (const ev of list) {
        const p = placed.get(ev.id);
        if (!p || p.option !== null) continue;
        const options = labelOptions(ev);
        rows[p.row]!.remove(p.iv.x0, p.iv.x1);
        // Its own row first, then any other row with room for mark and label.
        const order = [p.row, ...rows.keys()].filter((ri, i, a) => a.indexOf(ri) === i);
        let done = false;
        for (const ri of order) {
          const k = options.findIndex((iv) => rows[ri]!.fits(iv.x0, iv.x1));
          if (k >= 0) {
            rows[ri]!.add(options[k]!.x0, options[k]!.x1);
            placed.set(ev.id, { row: ri, option: k, iv: options[k]! });
            done = true;
            break;
          }
        }
        if (!done) rows[p.row]!.add(p.iv.x0, p.iv.x1);
      }
      // 3b. A bare mark still without a label gets the start of its title where its row has some
      // room: inside its span bar, else to its right up to the next thing drawn.
      for (const ev of list) {
        const p = placed.get(ev.id);
        if (!p || p.option !== null) continue;
        const g = geo.get(ev.id)!;
        const bold = ev.importance === 1;
        const m = (t: string) => o.measure(t, bold);
        // A name inside a span's own bar takes no one's room, so a span labelled in an earlier
        // lane is named here too: a long bare bar would otherwise leave its lane unreadable.
        if (ev.isSpan) {
          const text = truncateToWidth(ev.title, Math.min(g.bx1, W) - g.bx0 - 2 * LABEL_GAP, m);
          if (text && g.bx1 - g.bx0 >= MIN_TRUNC) {
            p.short = { side: "inside", text };
            continue;
          }
        }
        if (labelled.has(ev.id)) continue;
        const row = rows[p.row]!;
        const start = g.bx1 + LABEL_GAP;
        const room = Math.min(W, row.nextStart(p.iv.x1) - 2 * LABEL_PAD - 0.5) - start;
        if (room < MIN_TRUNC) continue;
        const text = truncateToWidth(ev.title, room, m);
        if (!text) continue;
        row.remove(p.iv.x0, p.iv.x1);
        const iv = { x0: p.iv.x0, x1: start + m(text) + LABEL_PAD };
        row.add(iv.x0, iv.x1);
        placed.set(ev.id, { ...p, iv, short: { side: "right", text } });
      }
    };
    labelBare(evs);

    // Clusters for the rest, gathered left to right; a badge that finds no room joins its neighbour.
    // In time order, which is x order (a span's start is clamped to the left edge).
    // Events the bins held back (OVERFLOW) are gathered here too, at their bin's x. Indexes and
    // the lane index's typed arrays: at 100,000 events this loop sees most of them.
    const groups: { at: number[]; x0: number; x1: number; t0: number; t1: number }[] = [];
    const { start: starts, stop: stops } = laneBins.idx;
    for (let i = laneBins.lo; i < laneBins.hi; i++) {
      const state = laneBins.state[i];
      if (state === OUT_OF_VIEW || (state === OFFERED && placed.has(inOrder[i]!.id))) continue;
      const x = laneBins.x[i]!;
      const last = groups[groups.length - 1];
      if (last && x - last.x0 < CLUSTER_SPAN) {
        last.at.push(i);
        last.x1 = x;
        if (starts[i]! < last.t0) last.t0 = starts[i]!;
        if (stops[i]! > last.t1) last.t1 = stops[i]!;
      } else groups.push({ at: [i], x0: x, x1: x, t0: starts[i]!, t1: stops[i]! });
    }
    const idsOf = (at: number[]) => at.map((i) => inOrder[i]!.id);
    const rowY = (row: number) => y + header + row * rowH + rowH / 2;
    const byId = new Map(offered.map((ev) => [ev.id, ev]));

    /**
     * Room for a badge in a full lane, without adding a row: in the row where it costs least,
     * labels crossing it are dropped (their marks stay) and marks under it join the badge.
     * Pinned events (selection, story) are never moved. Returns the row and the marks taken, or null.
     */
    const makeRoom = (
      iv: Interval,
      cx: number,
      keepHeadlines: boolean,
    ): { row: number; taken: string[] } | null => {
      let best: { row: number; taken: string[]; demoted: string[]; cost: number } | null = null;
      for (let ri = rows.length - 1; ri >= 0; ri--) {
        // The lane's name is not an event: it never makes room.
        if (ri === 0 && lane.nameWidth !== undefined && iv.x0 <= lane.nameWidth) continue;
        const taken: string[] = [];
        const demoted: string[] = [];
        let ok = true;
        for (const [id, p] of placed) {
          if (p.row !== ri || p.iv.x1 < iv.x0 || p.iv.x0 > iv.x1) continue;
          const mark = geo.get(id)!.mark;
          const markHit = mark.x1 >= iv.x0 && mark.x0 <= iv.x1;
          const gx = Math.min(Math.max(geo.get(id)!.x, 0), W);
          const headline = byId.get(id)!.importance === 1;
          if (
            pinned.has(id) ||
            (keepHeadlines && headline) ||
            (markHit && Math.abs(gx - cx) > CLUSTER_SPAN)
          ) {
            ok = false;
            break;
          }
          (markHit ? taken : demoted).push(id);
        }
        if (!ok) continue;
        const cost = taken.length * 3 + demoted.length;
        if (!best || cost < best.cost) best = { row: ri, taken, demoted, cost };
      }
      if (!best) return null;
      const row = rows[best.row]!;
      for (const id of [...best.taken, ...best.demoted]) {
        const p = placed.get(id)!;
        row.remove(p.iv.x0, p.iv.x1);
      }
      for (const id of best.taken) placed.delete(id);
      for (const id of best.demoted) {
        const mark = geo.get(id)!.mark;
        row.add(mark.x0, mark.x1);
        placed.set(id, { row: best.row, option: null, iv: mark });
      }
      return { row: best.row, taken: best.taken };
    };

    const laneClusters: PlacedCluster[] = [];
    /** Where each badge stands (its row and the room it takes), for step 4. */
    const slots = new Map<string, { row: number; iv: Interval }>();
    const nearest = (cx: number) =>
      laneClusters.reduce<PlacedCluster | null>(
        (b, c) => (!b || Math.abs(c.x - cx) < Math.abs(b.x - cx) ? c : b),
        null,
      );
    /** A free slot for a badge of width bw at cx, or nudged sideways a little (by a lane name, say). */
    const findSlot = (cx: number, bw: number): { row: number; cx: number } | null => {
      for (let d = 0; d <= BADGE_NUDGE; d += 4) {
        for (const x of d ? [cx + d, cx - d] : [cx]) {
          if (x < bw / 2 || x > W - bw / 2) continue;
          const row = rows.findIndex((rw) => rw.fits(x - bw / 2 - 2, x + bw / 2 + 2));
          if (row >= 0) return { row, cx: x };
        }
      }
      // Events under the lane's name: their badge stands just after it.
      const after = (lane.nameWidth ?? -Infinity) + bw / 2 + 3;
      if (cx < after && after <= W - bw / 2 && rows[0]?.fits(after - bw / 2 - 2, after + bw / 2 + 2))
        return { row: 0, cx: after };
      return null;
    };
    for (const g of groups) {
      let cx = Math.min(Math.max((g.x0 + g.x1) / 2, 14), W - 14);
      const ids = idsOf(g.at);
      let { t0, t1 } = g;
      const bw = 14 + 7 * String(ids.length + 9).length;
      const slot = findSlot(cx, bw);
      if (slot) cx = slot.cx;
      const iv = { x0: cx - bw / 2 - 2, x1: cx + bw / 2 + 2 };
      let row = slot ? slot.row : -1;
      if (row < 0) {
        // Join a badge close by (it then stands for both groups), else make room in a row.
        const near = nearest(cx);
        if (near && Math.abs(near.x - cx) <= CLUSTER_SPAN) {
          near.eventIds.push(...ids);
          near.t0 = Math.min(near.t0, t0);
          near.t1 = Math.max(near.t1, t1);
          continue;
        }
        const room = makeRoom(iv, cx, true) ?? makeRoom(iv, cx, false);
        if (room) {
          row = room.row;
          for (const id of room.taken) {
            const ev = byId.get(id)!;
            ids.push(id);
            t0 = Math.min(t0, ev.start);
            t1 = Math.max(t1, ev.stop);
          }
        } else {
          // Nothing can move (pinned events): a row of its own is the last resort.
          rows.push(new RowOccupancy());
          row = rows.length - 1;
        }
      }
      rows[row]!.add(iv.x0, iv.x1);
      slots.set(`${lane.id}:cluster:${inOrder[g.at[0]!]!.id}`, { row, iv });
      laneClusters.push({
        key: `${lane.id}:cluster:${inOrder[g.at[0]!]!.id}`,
        laneId: lane.id,
        eventIds: ids,
        x: cx,
        y: rowY(row),
        t0,
        t1,
        // The badge's anchor time, so it follows a live zoom like the marks do.
        t: o.invert(cx),
      });
    }
    // 4. A badge whose marks now fit gives way to them: badges made room by dropping labels, and
    // a "+1" where its one mark can stand only hides it (a 600×450 embed was mostly badges).
    const dissolved: NormalizedEvent[] = [];
    for (const c of [...laneClusters].sort((a, b) => a.eventIds.length - b.eventIds.length)) {
      const list = c.eventIds.map((id) => byId.get(id));
      if (list.some((ev) => !ev || !geo.get(ev.id)!.visible)) continue; // held back by the bins
      const slot = slots.get(c.key)!;
      rows[slot.row]!.remove(slot.iv.x0, slot.iv.x1);
      const marks: { ev: NormalizedEvent; row: number; iv: Interval }[] = [];
      for (const ev of list as NormalizedEvent[]) {
        const iv = geo.get(ev.id)!.mark;
        const row = rows.findIndex((rw) => rw.fits(iv.x0, iv.x1));
        if (row < 0) break;
        rows[row]!.add(iv.x0, iv.x1);
        marks.push({ ev, row, iv });
      }
      if (marks.length < list.length) {
        for (const m of marks) rows[m.row]!.remove(m.iv.x0, m.iv.x1);
        rows[slot.row]!.add(slot.iv.x0, slot.iv.x1);
        continue;
      }
      for (const m of marks) placed.set(m.ev.id, { row: m.row, option: null, iv: m.iv });
      laneClusters.splice(laneClusters.indexOf(c), 1);
      dissolved.push(...marks.map((m) => m.ev));
    }
    labelBare(dissolved);
    clusters.push(...laneClusters);

    for (const ev of evs) {
      const p = placed.get(ev.id);
      if (!p) continue;
      const g = geo.get(ev.id)!;
      const k = p.option;
      const opt = k !== null ? g.options![k]! : null;
      const side = p.short?.side ?? opt?.side ?? null;
      const inside = side === "inside";
      const left = side === "left";
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
        y: rowY(p.row),
        label: p.short?.text ?? (opt ? (opt.text ?? g.label) : null),
        labelAnchor: left ? "end" : "start",
        labelDx: inside
          ? Math.max(g.bx0 - g.x, 0) + LABEL_GAP
          : left
            ? g.bx0 - g.x - LABEL_GAP
            : g.bx1 - g.x + LABEL_GAP,
        labelInside: inside,
      });
      seen.add(ev.id);
      if (items[items.length - 1]!.label) labelled.add(ev.id);
    }

    const usedRows = Math.max(1, rows.length);
    const height = header + usedRows * rowH + LANE_PAD;
    lanes.push({ id: lane.id, name: lane.name, y, height, rows: usedRows, count: laneBins.inView });
    y += height;
  });

  return { lanes, items, clusters, height: y, rowHeight: rowH, header };
}
