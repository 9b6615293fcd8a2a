/**
 * Pure queries over normalized events: the one place filters are defined, so
 * every view (timeline, compare, table, figures) reads the same selection.
 */
import type { NormalizedEvent } from "./normalize";

export interface EventFilter {
  /** Actor ids to keep; `null` keeps all. An event matches if any of its actors is kept. */
  actors: readonly string[] | null;
  /** Category ids to keep; `null` keeps all. */
  categories: readonly string[] | null;
  /** Search text (case-insensitive, every word must match). */
  q: string;
  /** Keep events overlapping [from, to) in UTC ms; `null` keeps all. */
  range: readonly [number, number] | null;
}

export const NO_FILTER: EventFilter = { actors: null, categories: null, q: "", range: null };

/** Split search text into lower-case words. */
export function searchTerms(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesActors(ev: NormalizedEvent, actors: readonly string[] | null): boolean {
  return actors === null || ev.actors.some((a) => actors.includes(a));
}

export function matchesCategories(ev: NormalizedEvent, categories: readonly string[] | null): boolean {
  return categories === null || categories.includes(ev.category);
}

export function matchesTerms(ev: NormalizedEvent, terms: readonly string[]): boolean {
  return terms.every((t) => ev.searchText.includes(t));
}

export function overlaps(
  ev: { start: number; stop: number },
  range: readonly [number, number] | null,
): boolean {
  return range === null || (ev.stop > range[0] && ev.start < range[1]);
}

export function filterEvents(events: readonly NormalizedEvent[], f: EventFilter): NormalizedEvent[] {
  const terms = searchTerms(f.q);
  return events.filter(
    (ev) =>
      matchesActors(ev, f.actors) &&
      matchesCategories(ev, f.categories) &&
      matchesTerms(ev, terms) &&
      overlaps(ev, f.range),
  );
}

/**
 * Faceted counts: for each actor, how many events the filter would keep with that
 * actor's toggle alone deciding (the other filters applied as they are). This is
 * what a checkbox's count should promise: "tick me and you get N".
 */
export function countByActor(events: readonly NormalizedEvent[], f: EventFilter): Map<string, number> {
  const terms = searchTerms(f.q);
  const counts = new Map<string, number>();
  for (const ev of events) {
    if (!matchesCategories(ev, f.categories) || !matchesTerms(ev, terms) || !overlaps(ev, f.range)) continue;
    for (const a of ev.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  return counts;
}

/** Faceted counts per category (see countByActor). */
export function countByCategory(events: readonly NormalizedEvent[], f: EventFilter): Map<string, number> {
  const terms = searchTerms(f.q);
  const counts = new Map<string, number>();
  for (const ev of events) {
    if (!matchesActors(ev, f.actors) || !matchesTerms(ev, terms) || !overlaps(ev, f.range)) continue;
    counts.set(ev.category, (counts.get(ev.category) ?? 0) + 1);
  }
  return counts;
}

/** Longest `stop - start` of each events array, computed once per array. */
const longest = new WeakMap<readonly { start: number; stop: number }[], number>();

/**
 * `events.filter((e) => overlaps(e, range))` for events sorted by start, without
 * looking at every event: a binary search finds the last event starting before the
 * range's end, and the scan starts one longest-event-duration before its start. A
 * zoom at 100,000 events then costs what the events near the view cost.
 */
export function eventsInRange<E extends { start: number; stop: number }>(
  sorted: readonly E[],
  range: readonly [number, number] | null,
): E[] {
  if (range === null) return sorted.slice();
  let maxLen = longest.get(sorted);
  if (maxLen === undefined) {
    maxLen = 0;
    for (const e of sorted) if (e.stop - e.start > maxLen) maxLen = e.stop - e.start;
    longest.set(sorted, maxLen);
  }
  const firstAtOrAfter = (t: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const end = firstAtOrAfter(range[1]);
  const out: E[] = [];
  // An event starting earlier than this cannot reach into the range.
  for (let i = firstAtOrAfter(range[0] - maxLen); i < end; i++) {
    const e = sorted[i]!;
    if (e.stop > range[0]) out.push(e);
  }
  return out;
}
