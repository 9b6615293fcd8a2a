/**
 * A dataset shown in another language: a copy whose texts are the translation where one
 * exists and the English otherwise (never blank). Each translated event remembers the
 * English it replaced, for "Show original" and so that search matches both. Pure.
 */
import type { NormalizedDataset, NormalizedEvent } from "../data/normalize";
import type { ContentTranslation } from "../data/schema";

const originals = new WeakMap<NormalizedDataset, NormalizedDataset>();

/** The dataset as authored (English), whichever translated copy is passed. */
export function baseDataset(ds: NormalizedDataset): NormalizedDataset {
  return originals.get(ds) ?? ds;
}

const nonEmpty = (s: string | undefined): s is string => typeof s === "string" && s.trim() !== "";

/** Search text over the shown words and, after them, the English ones (`ev.searchText`). */
function bilingualSearchText(shown: NormalizedEvent, ev: NormalizedEvent, names: string[]): string {
  return [shown.title, shown.summary, shown.note ?? "", ...names, ev.searchText]
    .join(" \u0001 ")
    .toLowerCase();
}

/**
 * Translate one event's texts; untranslated fields stay English. Search finds the shown
 * words and the English ones, so an untranslated event is still found by its actors' and
 * category's names in the shown language (`names`).
 */
function translateEvent(
  ev: NormalizedEvent,
  tr: NonNullable<ContentTranslation["events"]>[string] | undefined,
  lang: string,
  names: string[],
  namesTranslated: boolean,
): NormalizedEvent {
  const original: NonNullable<NormalizedEvent["translated"]>["original"] = {};
  const out: NormalizedEvent = { ...ev };
  for (const f of ["title", "summary", "note", "dateNote"] as const) {
    const text = tr?.[f];
    if (ev[f] !== undefined && nonEmpty(text) && text !== ev[f]) {
      original[f] = ev[f];
      out[f] = text;
    }
  }
  if (Object.keys(original).length === 0) {
    return namesTranslated ? { ...ev, searchText: bilingualSearchText(ev, ev, names) } : ev;
  }
  out.translated = { lang, original };
  out.searchText = bilingualSearchText(out, ev, names);
  return out;
}

/**
 * `base` with `translation` applied (in language `lang`); `base` itself when there is no
 * translation. Actor, category, era and source names are translated in place of the English.
 */
export function applyTranslation(
  base: NormalizedDataset,
  translation: ContentTranslation | null | undefined,
  lang: string,
): NormalizedDataset {
  if (!translation) return base;
  const pick = <T extends object>(
    items: T[],
    map: Record<string, Partial<T>> | undefined,
    id: (x: T) => string,
  ) =>
    items.map((x) => {
      const tr = map?.[id(x)];
      if (!tr) return x;
      const out = { ...x };
      for (const [k, v] of Object.entries(tr)) {
        if (k in x && nonEmpty(v as string)) (out as Record<string, unknown>)[k] = v;
      }
      return out;
    });
  const actors = pick(base.actors, translation.actors as never, (a) => a.id);
  const categories = pick(base.categories, translation.categories as never, (c) => c.id);
  const sources = pick(base.sources, translation.sources as never, (s) => s.id);
  const eras = pick(base.eras, translation.eras as never, (e) => e.id);
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const events = base.events.map((ev) => {
    const names = [
      ...ev.actors.map((a) => actorById.get(a)?.name ?? a),
      categoryById.get(ev.category)?.name ?? ev.category,
    ];
    const englishNames = [
      ...ev.actors.map((a) => base.actorById.get(a)?.name ?? a),
      base.categoryById.get(ev.category)?.name ?? ev.category,
    ];
    const namesTranslated = names.some((n, i) => n !== englishNames[i]);
    return translateEvent(ev, translation.events?.[ev.id], lang, names, namesTranslated);
  });
  const ds: NormalizedDataset = {
    ...base,
    title: nonEmpty(translation.dataset?.title) ? translation.dataset.title : base.title,
    ...(nonEmpty(translation.dataset?.description) ? { description: translation.dataset.description } : {}),
    actors,
    categories,
    sources,
    eras,
    events,
    actorById,
    categoryById,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    eventById: new Map(events.map((e) => [e.id, e])),
    shown: { lang, translation },
  };
  originals.set(ds, base);
  return ds;
}

/** The language of a name shown for an actor, category, era or source: the translation's or "en". */
export function nameLang(
  ds: NormalizedDataset,
  kind: "actors" | "categories" | "eras" | "sources",
  id: string,
): string {
  const tr = ds.shown?.translation[kind]?.[id];
  return tr && Object.values(tr).some((v) => nonEmpty(v as string)) ? ds.shown!.lang : "en";
}
