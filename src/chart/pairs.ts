/**
 * "Who moved first": pairs of events across the two sides of Compare, from the
 * data only. Pure.
 *
 * A pair links an event of side A with one of side B when
 * - the data links them: `related` (either way) or `respondsTo`; or
 * - they share a category and their years are at most `windowYears` apart, both
 *   being headline or major events (importance 1 or 2: detail figures such as a
 *   year's trade total are not "moves"). Each event joins at most one such
 *   category pair, the closest in time first, so a busy category gives a few clear
 *   brackets, not every combination.
 * Events that involve both sides (a summit of both) belong to neither side.
 *
 * A pair is "in response" only when the data says so (`respondsTo`, recorded where a
 * source document says one side answered the other); otherwise it reads "later".
 */
import type { NormalizedDataset, NormalizedEvent } from "../data/normalize";
import { t } from "../i18n/i18n";

export type PairKind = "response" | "related" | "category";

export interface EventPair {
  /** Stable key: the two ids. */
  key: string;
  /** The event that came first, or for a response, the one answered. */
  first: NormalizedEvent;
  second: NormalizedEvent;
  kind: PairKind;
  /** Years from `first` to `second` (negative only for a response dated before what it answers). */
  lagYears: number;
}

export const DEFAULT_WINDOW_YEARS = 3;

export const yearOf = (ev: NormalizedEvent) => new Date(ev.start).getUTCFullYear();

const byStart = (a: NormalizedEvent, b: NormalizedEvent) =>
  a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function makePair(a: NormalizedEvent, b: NormalizedEvent, kind: PairKind): EventPair {
  let first = a;
  let second = b;
  if (kind === "response") {
    // `a` answers `b`: the answered event leads, whatever the dates say.
    first = b;
    second = a;
  } else if (byStart(b, a) < 0) {
    first = b;
    second = a;
  }
  return { key: `${first.id}|${second.id}`, first, second, kind, lagYears: yearOf(second) - yearOf(first) };
}

/** The pairs between actors `sides[0]` and `sides[1]` among `events`, in time order of their first event. */
export function findPairs(
  events: readonly NormalizedEvent[],
  sides: readonly [string, string],
  windowYears = DEFAULT_WINDOW_YEARS,
): EventPair[] {
  const [sa, sb] = sides;
  const only = (ev: NormalizedEvent, mine: string, other: string) =>
    ev.actors.includes(mine) && !ev.actors.includes(other);
  const A = events.filter((ev) => only(ev, sa, sb));
  const B = events.filter((ev) => only(ev, sb, sa));
  const sideOf = new Map<string, 0 | 1>([
    ...A.map((e) => [e.id, 0] as const),
    ...B.map((e) => [e.id, 1] as const),
  ]);
  const byId = new Map([...A, ...B].map((e) => [e.id, e]));

  const pairs = new Map<string, EventPair>();
  const linkKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
  const kindRank: Record<PairKind, number> = { response: 0, related: 1, category: 2 };
  const add = (a: NormalizedEvent, b: NormalizedEvent, kind: PairKind) => {
    const k = linkKey(a.id, b.id);
    const had = pairs.get(k);
    if (!had || kindRank[kind] < kindRank[had.kind]) pairs.set(k, makePair(a, b, kind));
  };

  // Links the data states.
  for (const ev of byId.values()) {
    const side = sideOf.get(ev.id)!;
    for (const id of ev.respondsTo ?? []) {
      const other = byId.get(id);
      if (other && sideOf.get(id) !== side) add(ev, other, "response");
    }
    for (const id of ev.related ?? []) {
      const other = byId.get(id);
      if (other && sideOf.get(id) !== side) add(ev, other, "related");
    }
  }

  // Same category, a few years apart: closest first, each event once. The greedy order is
  // by year gap first, so it runs one gap at a time (0, 1, …): only the events still unused
  // are paired at the next gap, and candidates come from year buckets, never from all A × B
  // (at 100,000 events that product is a billion; the result is the same).
  const yearCache = new Map<NormalizedEvent, number>();
  const year = (e: NormalizedEvent) => {
    let y = yearCache.get(e);
    if (y === undefined) yearCache.set(e, (y = yearOf(e)));
    return y;
  };
  const bucketsOf = (list: readonly NormalizedEvent[]) => {
    const m = new Map<string, NormalizedEvent[]>();
    for (const e of list) {
      if (e.importance > 2) continue;
      const k = `${e.category}\u0000${year(e)}`;
      const b = m.get(k);
      if (b) b.push(e);
      else m.set(k, [e]);
    }
    return m;
  };
  const bucketsA = bucketsOf(A);
  const bucketsB = bucketsOf(B);
  const linked = new Set(pairs.keys());
  const years = [...bucketsA.values(), ...bucketsB.values()].map((b) => year(b[0]!));
  // No gap can exceed the span of the years present (so an infinite window ends too).
  const widest = years.length ? Math.min(windowYears, Math.max(...years) - Math.min(...years)) : -1;
  const used = new Set<string>();
  for (let gap = 0; gap <= widest; gap++) {
    const candidates: { a: NormalizedEvent; b: NormalizedEvent }[] = [];
    for (const [k, as] of bucketsA) {
      const cut = k.lastIndexOf("\u0000");
      const cat = k.slice(0, cut);
      const y = Number(k.slice(cut + 1));
      for (const yb of gap === 0 ? [y] : [y - gap, y + gap]) {
        const bs = bucketsB.get(`${cat}\u0000${yb}`);
        if (!bs) continue;
        for (const a of as) {
          if (used.has(a.id)) continue;
          for (const b of bs) {
            if (used.has(b.id)) continue;
            if (linked.size && linked.has(linkKey(a.id, b.id))) continue;
            candidates.push({ a, b });
          }
        }
      }
    }
    candidates.sort(
      (x, y) =>
        Math.abs(x.a.start - x.b.start) - Math.abs(y.a.start - y.b.start) ||
        byStart(x.a, y.a) ||
        byStart(x.b, y.b),
    );
    for (const { a, b } of candidates) {
      if (used.has(a.id) || used.has(b.id)) continue;
      used.add(a.id);
      used.add(b.id);
      add(a, b, "category");
    }
  }

  return [...pairs.values()].sort((x, y) => byStart(x.first, y.first) || byStart(x.second, y.second));
}

/** "4 years later", "the same year", "in response, the same year", "in response, dated 1 year earlier" (in the interface language). */
export function lagText(p: Pick<EventPair, "kind" | "lagYears">): string {
  const years = Math.abs(p.lagYears);
  if (p.kind === "response") {
    if (p.lagYears === 0) return t("pairs.lag.responseSameYear");
    return p.lagYears > 0
      ? t("pairs.lag.responseLater", { years })
      : t("pairs.lag.responseEarlier", { years });
  }
  return p.lagYears === 0 ? t("pairs.lag.sameYear") : t("pairs.lag.later", { years });
}

/** "China–ASEAN FTA concluded 2004 → AJCEP 2008: 4 years later" (with the data's titles). */
export function pairLabel(p: EventPair): string {
  return `${p.first.title} ${yearOf(p.first)} → ${p.second.title} ${yearOf(p.second)}: ${lagText(p)}`;
}

/** Why the two are a pair, in words. */
export function pairReason(p: EventPair, ds: Pick<NormalizedDataset, "categoryById">): string {
  switch (p.kind) {
    case "response":
      return t("pairs.reason.response");
    case "related":
      return t("pairs.reason.related");
    default:
      return t("pairs.reason.category", {
        category: ds.categoryById.get(p.first.category)?.name ?? p.first.category,
      });
  }
}

/** The ids of every event in `pairs` (for the Table's filter). */
export function pairEventIds(pairs: readonly EventPair[]): string[] {
  return [...new Set(pairs.flatMap((p) => [p.first.id, p.second.id]))];
}
