/**
 * Normalize a validated dataset once, so nothing downstream parses dates again:
 * each event gains `start`/`stop` in UTC ms and its precision. `stop` is the
 * exclusive end of the period the event covers (the end of its `end` date, or of
 * its own date for a point event).
 */
import { parsePartialDate, type Precision } from "./dates";
import type { Actor, Category, ContentTranslation, Dataset, Era, Source, TimelineEvent } from "./schema";

export interface NormalizedEvent extends TimelineEvent {
  start: number;
  stop: number;
  precision: Precision;
  /** True when the event has an explicit `end`: drawn as a bar. */
  isSpan: boolean;
  /** Lower-cased title + summary + actor and category names, for search. */
  searchText: string;
  /**
   * Set when some of the text shows a content translation: its language, and the English
   * each translated field replaced (for "Show original", and for search in English too).
   */
  translated?: { lang: string; original: Partial<Record<"title" | "summary" | "note" | "dateNote", string>> };
}

export interface NormalizedEra extends Era {
  start: number;
  stop: number;
}

export interface NormalizedDataset {
  title: string;
  description?: string;
  actors: Actor[];
  categories: Category[];
  sources: Source[];
  eras: NormalizedEra[];
  /** Sorted by start, then id. */
  events: NormalizedEvent[];
  actorById: Map<string, Actor>;
  categoryById: Map<string, Category>;
  sourceById: Map<string, Source>;
  eventById: Map<string, NormalizedEvent>;
  /** [min start, max stop] over events and eras. */
  extent: [number, number];
  /** Content translations the dataset carries, by language (see schema `translations`). */
  translations?: Dataset["translations"];
  /** The content translation applied to this copy, and its language; absent: English as authored. */
  shown?: { lang: string; translation: ContentTranslation };
  /**
   * The built-in dataset before its details arrive: events without summaries, notes or
   * citations (src/app/builtInDetails.ts). Never exported or edited in this state.
   */
  detailsPending?: true;
}

export interface NormalizeOptions {
  /**
   * The events are the caller's to give away (fresh objects from the validator, as in a
   * load): each is extended in place rather than copied. Copying 100,000 events cost most
   * of a large load's normalizing, in allocation and garbage collection.
   */
  adopt?: boolean;
}

export function normalizeDataset(ds: Dataset, { adopt = false }: NormalizeOptions = {}): NormalizedDataset {
  const actorById = new Map(ds.actors.map((a) => [a.id, a]));
  const categoryById = new Map(ds.categories.map((c) => [c.id, c]));
  const sourceById = new Map(ds.sources.map((s) => [s.id, s]));
  const events = ds.events
    .map((ev): NormalizedEvent => {
      const d = parsePartialDate(ev.date)!;
      const e = ev.end ? parsePartialDate(ev.end)! : d;
      let searchText = `${ev.title} \u0001 ${ev.summary} \u0001 ${ev.note ?? ""}`;
      for (const a of ev.actors) searchText += ` \u0001 ${actorById.get(a)?.name ?? a}`;
      searchText += ` \u0001 ${categoryById.get(ev.category)?.name ?? ev.category}`;
      const added = {
        start: d.start,
        stop: e.end,
        precision: d.precision,
        isSpan: Boolean(ev.end),
        searchText: searchText.toLowerCase(),
      };
      return adopt ? Object.assign(ev, added) : { ...ev, ...added };
    })
    .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const eras = ds.eras.map((era) => ({
    ...era,
    start: parsePartialDate(era.date)!.start,
    stop: parsePartialDate(era.end)!.end,
  }));
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of [...events, ...eras]) {
    if (x.start < lo) lo = x.start;
    if (x.stop > hi) hi = x.stop;
  }
  if (!Number.isFinite(lo)) {
    lo = Date.UTC(2000, 0, 1);
    hi = Date.UTC(2001, 0, 1);
  }
  return {
    title: ds.title,
    ...(ds.description ? { description: ds.description } : {}),
    actors: ds.actors,
    categories: ds.categories,
    sources: ds.sources,
    eras,
    events,
    actorById,
    categoryById,
    sourceById,
    eventById: new Map(events.map((e) => [e.id, e])),
    extent: [lo, hi],
    ...(ds.translations ? { translations: ds.translations } : {}),
  };
}
