/**
 * The built-in dataset arrives in two parts (src/data/builtInParts.ts): the chart part draws
 * the first view; the details (summaries, notes, citations, figures, and the same for a
 * content translation) load on the first sign that someone reads: a click, a key, the wheel,
 * a touch, printing, or a state that shows them (an open event, another view, a search, the
 * story, the editor). Loaded in idle time instead, they would join the first view's download
 * (the 150 KB budget). Exports wait for them (`ensureDetails`), so no file ever lacks them.
 */
import { normalizeDataset, type NormalizedDataset } from "../data/normalize";
import { joinDataset, skeleton, type ChartDataset, type DatasetDetails } from "../data/builtInParts";
import type { Dataset } from "../data/schema";
import type { TimelineStore } from "../store/createTimelineStore";
import { applyTranslation } from "../i18n/applyTranslation";
import { loadBuiltInTranslation } from "../i18n/contentLoader";
import { beyondFirstView, onFirstUse } from "./firstUse";

let chart: Promise<ChartDataset> | null = null;
let details: Promise<DatasetDetails> | null = null;

const loadChart = () =>
  (chart ??= import("../../data/events.json?part=chart").then((m) => m.default as ChartDataset));
const loadDetails = () =>
  (details ??= import("../../data/events.json?part=details").then(
    (m) => m.default as DatasetDetails,
    (e: unknown) => {
      details = null; // a later use may try again (the network came back)
      throw e;
    },
  ));

/** The defaults the schema would fill in (importance 2, no eras). */
export function withDefaults(ds: Dataset): Dataset {
  return {
    ...ds,
    eras: ds.eras ?? [],
    events: ds.events.map((e) => (e.importance ? e : { ...e, importance: 2 })),
  };
}

/**
 * The built-in dataset as the first view draws it: every event without its details,
 * marked `detailsPending`. It passed validation at build time (scripts/validateDataPlugin.ts),
 * so no validator loads with it.
 */
export async function loadBuiltInChart(): Promise<NormalizedDataset> {
  return { ...normalizeDataset(withDefaults(skeleton(await loadChart()))), detailsPending: true };
}

/** The whole built-in dataset, as data/events.json has it (the editor starts from it). */
export async function loadBuiltInWhole(): Promise<Dataset> {
  const [c, d] = await Promise.all([loadChart(), loadDetails()]);
  return joinDataset(c, d);
}

const hydrating = new WeakMap<TimelineStore, Promise<void>>();

function hydrate(store: TimelineStore): Promise<void> {
  let p = hydrating.get(store);
  if (p) return p;
  p = (async () => {
    // Until the dataset on screen is a complete one (a language switch mid-way starts over).
    for (;;) {
      const s = store.getState();
      if (!s.dataset?.detailsPending) return;
      const lang = s.lang;
      const whole = await loadBuiltInWhole();
      const base = normalizeDataset(withDefaults(whole));
      const tr = lang === "en" ? null : await loadBuiltInTranslation(lang, true);
      const now = store.getState();
      if (!now.dataset?.detailsPending) return;
      if (now.lang !== lang) continue;
      now.setDataset(applyTranslation(base, tr, lang), { keepViews: true });
      return;
    }
  })().finally(() => hydrating.delete(store));
  hydrating.set(store, p);
  return p;
}

/** Resolves once the dataset on screen has its details (at once for any other dataset). */
export function ensureDetails(store: TimelineStore): Promise<void> {
  return store.getState().dataset?.detailsPending ? hydrate(store) : Promise.resolve();
}

/** Load the details when they are first wanted, for this store. Returns a cleanup. */
export function startBuiltInDetails(store: TimelineStore): () => void {
  let wanted = false;
  const want = () => {
    wanted = true;
    void ensureDetails(store).catch(() => undefined);
  };
  const stopWaiting = onFirstUse(want);
  // A built-in dataset loaded again later (after another one) gets its details at once.
  const unsubscribe = store.subscribe((s) => {
    if (s.dataset?.detailsPending && (wanted || beyondFirstView(s))) want();
  });
  if (beyondFirstView(store.getState())) want();
  return () => {
    stopWaiting();
    unsubscribe();
  };
}
