/**
 * `findPairs` for a dataset whose filters change: the work that does not depend on
 * the filter is done once per dataset and pair of sides, and each filter change
 * only walks a prepared list. Pure apart from the per-dataset memo (`pairIndexOf`).
 *
 * Why this gives exactly `findPairs(filtered, sides, w)`:
 * - a link pair (related, respondsTo) depends only on its two events, so the
 *   filtered result has a link pair iff both of its events pass the filter;
 * - the category pairing is a greedy walk over every candidate (same category, both
 *   headline or major, at most `w` years apart, not linked) in one total order
 *   (year gap, then time apart, then the events' order). Restricting that sorted list
 *   to the candidates whose two events pass the filter gives the same list as sorting
 *   the filtered candidates, and the greedy skips an event already used either way;
 *   a gap wider than the filtered events' span has no candidate among them.
 * So the list of candidates is built and sorted once (typed arrays: about a million
 * candidates at 100,000 events, 8 bytes each), and a filter change is one pass over it.
 */
import type { NormalizedDataset, NormalizedEvent } from "../data/normalize";
import { subsetMask } from "./subsetMask";
import { DEFAULT_WINDOW_YEARS, findPairs, yearOf, type EventPair, type PairKind } from "./pairs";

export interface PairIndex {
  /** The pairs among `events` (a subset of the indexed events): equal to `findPairs(events, sides, w)`. */
  pairsAmong(events: readonly NormalizedEvent[]): EventPair[];
}

/** Past this many candidates, the index is not built (an unbounded window on a big dataset). */
const MAX_CANDIDATES = 8_000_000;

const byStart = (a: NormalizedEvent, b: NormalizedEvent) =>
  a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Build the index of the pairs between `sides[0]` and `sides[1]` over all of `events`. */
export function buildPairIndex(
  events: readonly NormalizedEvent[],
  sides: readonly [string, string],
  windowYears = DEFAULT_WINDOW_YEARS,
): PairIndex {
  const [sa, sb] = sides;
  const sideOfEv = (ev: NormalizedEvent): 0 | 1 | -1 => {
    const a = ev.actors.includes(sa);
    const b = ev.actors.includes(sb);
    return a && !b ? 0 : b && !a ? 1 : -1;
  };
  // Events of either side, ranked in findPairs' order (start, then id).
  const ranked = events.filter((ev) => sideOfEv(ev) >= 0).sort(byStart);
  const R = ranked.length;
  const rankOf = new Map<NormalizedEvent, number>();
  const side = new Uint8Array(R);
  const year = new Int32Array(R);
  ranked.forEach((ev, i) => {
    rankOf.set(ev, i);
    side[i] = sideOfEv(ev);
    year[i] = yearOf(ev);
  });

  // The whole link pairs over all events: each kept when both its events pass.
  const whole = findPairs(ranked, sides, -1); // a negative window: links only
  const links = whole.map((p) => {
    const first = rankOf.get(p.first)!;
    const second = rankOf.get(p.second)!;
    return { pair: p, first, second };
  });
  const linkKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
  const linked = new Set(whole.map((p) => linkKey(p.first.id, p.second.id)));

  // Year buckets per category of each side's headline and major events (ranks, in rank order).
  const buckets: [Map<string, number[]>, Map<string, number[]>] = [new Map(), new Map()];
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < R; i++) {
    const ev = ranked[i]!;
    if (ev.importance > 2) continue;
    const k = `${ev.category}\u0000${year[i]}`;
    const m = buckets[side[i]!]!;
    const b = m.get(k);
    if (b) b.push(i);
    else m.set(k, [i]);
    if (year[i]! < lo) lo = year[i]!;
    if (year[i]! > hi) hi = year[i]!;
  }
  const widest = lo <= hi ? Math.min(windowYears, hi - lo) : -1;
  const partners = (gap: number, visit: (as: number[], bs: number[]) => void) => {
    for (const [k, as] of buckets[0]) {
      const cut = k.lastIndexOf("\u0000");
      const cat = k.slice(0, cut);
      const y = Number(k.slice(cut + 1));
      for (const yb of gap === 0 ? [y] : [y - gap, y + gap]) {
        const bs = buckets[1].get(`${cat}\u0000${yb}`);
        if (bs) visit(as, bs);
      }
    }
  };
  let count = 0;
  for (let gap = 0; gap <= widest; gap++) partners(gap, (as, bs) => (count += as.length * bs.length));
  if (count > MAX_CANDIDATES) {
    // Too many to keep: recompute on each call (still exact, only slower).
    return { pairsAmong: (evs) => findPairs(evs, sides, windowYears) };
  }

  // Every candidate, then one sort in the greedy's order.
  const ca = new Int32Array(count);
  const cb = new Int32Array(count);
  const cg = new Int32Array(count);
  const cd = new Float64Array(count);
  let n = 0;
  for (let gap = 0; gap <= widest; gap++)
    partners(gap, (as, bs) => {
      for (const a of as)
        for (const b of bs) {
          if (linked.size && linked.has(linkKey(ranked[a]!.id, ranked[b]!.id))) continue;
          ca[n] = a;
          cb[n] = b;
          cg[n] = gap;
          cd[n] = Math.abs(ranked[a]!.start - ranked[b]!.start);
          n++;
        }
    });
  const [candA, candB] = sortCandidates(n, ca, cb, cg, cd, R);

  // Position in `events` → rank (or -1), so a selection is found by one walk (subsetMask).
  const rankAt = Int32Array.from(events, (ev) => rankOf.get(ev) ?? -1);
  // Pair objects are made once: the same pair keeps its identity from one filter to the next.
  const made = new Map<number, EventPair>();
  const pairOf = (a: number, b: number) => {
    const k = a * R + b;
    let p = made.get(k);
    if (!p) made.set(k, (p = categoryPair(ranked[a]!, ranked[b]!)));
    return p;
  };

  return {
    pairsAmong(evs) {
      const inView = new Uint8Array(R);
      const mask = subsetMask(events, evs);
      for (let i = 0; i < rankAt.length; i++)
        if (rankAt[i]! >= 0 && (!mask || mask[i])) inView[rankAt[i]!] = 1;
      // Found pairs as (first's rank, second's rank): ranks are findPairs' order, so a numeric sort is its sort.
      const found: EventPair[] = [];
      const order: number[] = [];
      for (const l of links)
        if (inView[l.first] && inView[l.second]) {
          order.push(l.first * R + l.second);
          found.push(l.pair);
        }
      const used = new Uint8Array(R);
      for (let i = 0; i < n; i++) {
        const a = candA[i]!;
        const b = candB[i]!;
        if (!inView[a] || !inView[b] || used[a] || used[b]) continue;
        used[a] = 1;
        used[b] = 1;
        order.push(a < b ? a * R + b : b * R + a);
        found.push(pairOf(a, b));
      }
      return sortByKey(order, found);
    },
  };
}

/** `items` in the order of their numeric `keys`. */
function sortByKey<T>(keys: number[], items: T[]): T[] {
  return keys
    .map((_, i) => i)
    .sort((x, y) => keys[x]! - keys[y]!)
    .map((i) => items[i]!);
}

function categoryPair(a: NormalizedEvent, b: NormalizedEvent): EventPair {
  const [first, second] = byStart(a, b) <= 0 ? [a, b] : [b, a];
  const kind: PairKind = "category";
  return { key: `${first.id}|${second.id}`, first, second, kind, lagYears: yearOf(second) - yearOf(first) };
}

/**
 * The candidates' A and B ranks in the greedy's order: gap, then time apart, then the A
 * event's rank, then the B event's (an A–B pair is one candidate at most). Packed into one
 * exact float key and sorted natively when it fits in 53 bits (the usual case: a few
 * thousand distinct time differences); with a comparator otherwise.
 */
export function sortCandidates(
  n: number,
  ca: Int32Array,
  cb: Int32Array,
  cg: Int32Array,
  cd: Float64Array,
  R: number,
  packLimit = Number.MAX_SAFE_INTEGER,
): [Int32Array, Int32Array] {
  const distinct = Float64Array.from(new Set(cd.subarray(0, n))).sort();
  const D = distinct.length;
  let maxGap = 0;
  for (let i = 0; i < n; i++) if (cg[i]! > maxGap) maxGap = cg[i]!;
  const candA = new Int32Array(n);
  const candB = new Int32Array(n);
  if ((maxGap + 1) * D * R * R < packLimit) {
    const dRank = (d: number) => {
      let lo = 0;
      let hi = D - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (distinct[mid]! < d) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    // key = ((gap·D + dRank)·R + a)·R + b, every part an exact integer below 2^53.
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = ((cg[i]! * D + dRank(cd[i]!)) * R + ca[i]!) * R + cb[i]!;
    keys.sort();
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      const b = k % R;
      candB[i] = b;
      candA[i] = ((k - b) / R) % R;
    }
    return [candA, candB];
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => cg[x]! - cg[y]! || cd[x]! - cd[y]! || ca[x]! - ca[y]! || cb[x]! - cb[y]!);
  for (let i = 0; i < n; i++) {
    candA[i] = ca[order[i]!]!;
    candB[i] = cb[order[i]!]!;
  }
  return [candA, candB];
}

/** Indexes per dataset (a WeakMap: each store's dataset has its own, freed with it). */
const perDataset = new WeakMap<NormalizedDataset, Map<string, PairIndex>>();

/** The pair index of `ds` for `sides`, built on first use and kept while the dataset lives. */
export function pairIndexOf(
  ds: NormalizedDataset,
  sides: readonly [string, string],
  windowYears = DEFAULT_WINDOW_YEARS,
): PairIndex {
  let m = perDataset.get(ds);
  if (!m) perDataset.set(ds, (m = new Map()));
  const key = `${sides[0]}\u0000${sides[1]}\u0000${windowYears}`;
  let idx = m.get(key);
  if (!idx) m.set(key, (idx = buildPairIndex(ds.events, sides, windowYears)));
  return idx;
}
