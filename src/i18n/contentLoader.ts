/**
 * Content translations follow the language: the built-in dataset's come from
 * data/translations/<lang>.json, each its own chunk loaded on demand (a missing file just
 * means English); any other dataset carries its own in `translations`.
 */
import type { ContentTranslation } from "../data/schema";
import type { TimelineStore } from "../store/createTimelineStore";
import { selectIsBuiltInData } from "../store/selectors";
import { applyTranslation, baseDataset } from "./applyTranslation";
import { matchLocale, type Locale } from "./locales";

// Only the files that exist become chunks: a language without one shows the English.
const builtIn = import.meta.glob<{ default: ContentTranslation }>("../../data/translations/*.json");

export async function loadBuiltInTranslation(lang: Locale): Promise<ContentTranslation | null> {
  const load = builtIn[`../../data/translations/${lang}.json`];
  if (!load) return null;
  try {
    return (await load()).default;
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
      if (!tr && selectIsBuiltInData(s)) tr = await loadBuiltInTranslation(lang);
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
