/**
 * Named selectors. Derived ones are memoized on the identity of their inputs so
 * components get stable arrays and re-render only when an input changed.
 */
import { countByActor, countByCategory, eventsInRange, filterEvents, type EventFilter } from "../data/derive";
import type { NormalizedEvent } from "../data/normalize";
import { currentLocale, t } from "../i18n/i18n";
import type { Domain, TimelineState } from "./types";

/** Memoize `compute` on the identity of the values `inputs` picks from state. */
function memo<const I extends unknown[], R>(
  inputs: (s: TimelineState) => I,
  compute: (...args: NoInfer<I>) => R,
) {
  let last: I | null = null;
  let result: R;
  return (s: TimelineState): R => {
    const next = inputs(s);
    if (last === null || next.length !== last.length || next.some((v, i) => !Object.is(v, last![i]))) {
      last = next;
      result = compute(...next);
    }
    return result;
  };
}

export const selectDataset = (s: TimelineState) => s.dataset;
export const selectLoad = (s: TimelineState) => s.load;
export const selectView = (s: TimelineState) => s.view;
export const selectMode = (s: TimelineState) => s.mode;
export const selectTheme = (s: TimelineState) => s.theme;
export const selectSelectedId = (s: TimelineState) => s.selectedId;
export const selectHoveredId = (s: TimelineState) => s.hoveredId;
export const selectQuery = (s: TimelineState) => s.q;
export const selectActorFilter = (s: TimelineState) => s.actors;
export const selectCategoryFilter = (s: TimelineState) => s.categories;
export const selectStoryStep = (s: TimelineState) => s.storyStep;
export const selectIsEmbed = (s: TimelineState) => s.mode === "embed";

const EMPTY: NormalizedEvent[] = [];

/** The visible domain, falling back to the dataset's whole extent. */
export const selectDomain = memo(
  (s) => [s.domain, s.dataset],
  (domain, ds): Domain => domain ?? ds?.extent ?? [Date.UTC(1970, 0, 1), Date.UTC(2030, 0, 1)],
);

export const selectFilter = memo(
  (s) => [s.actors, s.categories, s.q, s.domain],
  (actors, categories, q, domain): EventFilter => ({ actors, categories, q, range: domain }),
);

/** Filters without the time range: the overview strip shows the whole span. */
export const selectFilterNoRange = memo(
  (s) => [s.actors, s.categories, s.q],
  (actors, categories, q): EventFilter => ({ actors, categories, q, range: null }),
);

export const selectFilteredEventsNoRange = memo(
  (s) => [s.dataset, selectFilterNoRange(s)],
  (ds, f) => (ds ? filterEvents(ds.events, f) : EMPTY),
);

/**
 * The one filtered selection every view reads. Incremental: actors, categories and
 * search are applied once per change of theirs; a zoom only cuts the time range out
 * of that (sorted) selection, looking at the events near the view, not all of them.
 */
export const selectFilteredEvents = memo(
  (s) => [selectFilteredEventsNoRange(s), s.domain],
  (evs, domain) => (domain ? eventsInRange(evs, domain) : evs),
);

/** The dataset's events in the visible range (sorted), for the faceted counts. */
const selectEventsInView = memo(
  (s) => [s.dataset, s.domain],
  (ds, domain) => (ds ? (domain ? eventsInRange(ds.events, domain) : ds.events) : EMPTY),
);

export const selectActorCounts = memo(
  (s) => [selectEventsInView(s), selectFilterNoRange(s)],
  (evs, f) => countByActor(evs, f),
);

export const selectCategoryCounts = memo(
  (s) => [selectEventsInView(s), selectFilterNoRange(s)],
  (evs, f) => countByCategory(evs, f),
);

export const selectSelectedEvent = (s: TimelineState) =>
  (s.selectedId && s.dataset?.eventById.get(s.selectedId)) || null;

export const selectHasActiveFilters = (s: TimelineState) =>
  s.actors !== null || s.categories !== null || s.q.trim() !== "";

export const selectHighlight = memo(
  (s) => [s.highlight],
  (ids) => (ids ? new Set(ids) : null),
);

/**
 * Lanes: one per actor present in the filtered events (whatever the range), Japan
 * and China first. Member states of a group (ASEAN members) share one lane unless
 * the actor filter names them, so ten thin lanes do not crowd out the main actors.
 */
export const selectLaneActors: (s: TimelineState) => LaneSpec[] = memo(
  // The language is an input: a group lane's name is interface text, so the lanes change with it.
  (s) => [s.dataset, selectFilteredEventsNoRange(s), s.actors, currentLocale()],
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the language is an input only (see above)
  (ds, events, chosen, _locale): LaneSpec[] => {
    if (!ds) return [];
    const present = new Set<string>();
    // With an actor filter, lanes are the chosen actors only (an event's partners do not add lanes).
    for (const e of events)
      for (const a of e.actors) if (chosen === null || chosen.includes(a)) present.add(a);
    const lead = ["japan", "china"].filter((id) => present.has(id));
    const rest = ds.actors.map((a) => a.id).filter((id) => present.has(id) && !lead.includes(id));
    const lanes: LaneSpec[] = [];
    const groups = new Map<string, LaneSpec>();
    for (const id of [...lead, ...rest]) {
      const a = ds.actorById.get(id)!;
      const explicit = chosen !== null && chosen.includes(id);
      const groupSize = a.group ? rest.filter((r) => ds.actorById.get(r)!.group === a.group).length : 0;
      if (a.group && !explicit && groupSize >= 2) {
        let g = groups.get(a.group);
        if (!g) {
          g = {
            id: `group-${a.group}`,
            name: groupName(a.group),
            short: groupName(a.group, true),
            actorIds: [],
          };
          groups.set(a.group, g);
          lanes.push(g);
        }
        g.actorIds.push(id);
      } else lanes.push({ id, name: a.name, short: a.short ?? a.name, actorIds: [id] });
    }
    return lanes;
  },
);

export interface LaneSpec {
  id: string;
  name: string;
  short: string;
  actorIds: string[];
}

function groupName(group: string, short = false): string {
  if (group === "asean-member") return t(short ? "lane.aseanMembersShort" : "lane.aseanMembers");
  const words = group.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Presentation layout on (classroom). */
export const selectPresenting = (s: TimelineState) => s.presenting;
export const selectTableOnly = (s: TimelineState) => s.tableOnly;
/** The built-in dataset is loaded (curated stories only fit it). */
export const selectIsBuiltInData = (s: TimelineState) => s.dataset !== null && !s.dataUrl && !s.dataFileName;

/** True when the dataset on screen is the user's own (a data= address or a chosen file), not the built-in one. */
export const selectIsCustom = (s: TimelineState) => Boolean(s.dataUrl || s.dataFileName);
