/**
 * Content translations follow the language: the built-in dataset's come from
 * data/translations/<lang>.json, each its own chunk loaded on demand (a missing file just
 * means English); any other dataset carries its own in `translations`.
 */
import type { ContentTranslation } from "../data/schema";
import { joinTranslation, type ChartTranslation, type TranslationDetails } from "../data/builtInParts";
import type { TimelineStore } from "../store/createTimelineStore";
import { selectIsBuiltInData } from "../store/selectors";
import { applyTranslation, baseDataset } from "./applyTranslation";
import { matchLocale, type Locale } from "./locales";

// Only the files that exist become chunks: a language without one shows the English. Each
// file comes in two parts, like the dataset (src/data/builtInParts.ts): the names and titles
// the chart draws, and the rest (summaries, notes, the story), fetched with the dataset's details.
const chartParts = import.meta.glob<{ default: ChartTranslation }>("../../data/translations/*.json", {
  query: "?part=chart",
});
const detailParts = import.meta.glob<{ default: TranslationDetails }>("../../data/translations/*.json", {
  query: "?part=details",
});

/**
 * The built-in dataset's translation into `lang`, or null (none, or its chunk failed to load).
 * `withDetails`: the whole of it; else only the chart part.
 */
export async function loadBuiltInTranslation(
  lang: Locale,
  withDetails: boolean,
): Promise<ContentTranslation | null> {
  const file = `../../data/translations/${lang}.json`;
  const chart = chartParts[file];
  const details = detailParts[file];
  if (!chart || !details) return null;
  try {
    const [c, d] = await Promise.all([chart(), withDetails ? details() : null]);
    return joinTranslation(c.default, d?.default ?? null);
  } catch {
    return null;
  }
}

/** A dataset's own translation for `lang`, matching tags loosely ("zh" and "zh-Hans" alike). */
export function ownTranslation(
  translations: Record<string, ContentTranslation> | undefined,
  lang: Locale,
): ContentTranslation | null {
  if (!translations) return null;
  if (translations[lang]) return translations[lang];
  const key = Object.keys(translations).find((k) => matchLocale(k) === lang);
  return key ? translations[key]! : null;
}

/** Keep the store's dataset in the chosen language. Returns an unsubscribe function. */
export function startContentTranslation(store: TimelineStore): () => void {
  let run = 0;
  const update = async () => {
    const s = store.getState();
    const ds = s.dataset;
    if (!ds) return;
    const lang = s.lang;
    if ((ds.shown?.lang ?? "en") === lang) return;
    const base = baseDataset(ds);
    const my = ++run;
    let tr: ContentTranslation | null = null;
    if (lang !== "en") {
      tr = ownTranslation(base.translations, lang);
      if (!tr && selectIsBuiltInData(s)) tr = await loadBuiltInTranslation(lang, !base.detailsPending);
    }
    if (my !== run || store.getState().dataset !== ds) return;
    const next = applyTranslation(base, tr, lang);
    if (next !== ds) store.setState({ dataset: next });
  };
  void update();
  return store.subscribe(
    (s) => [s.dataset, s.lang] as const,
    () => void update(),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
}
