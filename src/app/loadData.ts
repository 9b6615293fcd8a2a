/**
 * Where a dataset comes from: the built-in one (a lazily loaded chunk), a
 * `data=` URL, or a file the user picked or dropped. Each path ends in the
 * store's `setDataset` or `setLoadError`; the app stays usable either way.
 */
import { normalizeDataset } from "../data/normalize";
import type { LoadProgress, LoadRequest } from "../data/datasetParts";

// The parsers for custom data (CSV via Papa Parse, fetch with progress) load only
// when someone brings their own data: the first view of the built-in one stays small.
// They run in a worker (workerLoad.ts, also loaded on demand); these are the
// main-thread fallback for browsers where no worker can start.
// The catalog's second part comes with them: their messages (a 404, a refusal) are in it.
export const customLoaders = () =>
  Promise.all([
    import("../data/parseDataset"),
    import("../data/fetchDataset"),
    import("../data/readFile"),
    loadMoreMessages(),
  ]);
import type { TimelineStore } from "../store/createTimelineStore";
import { loadMoreMessages, t } from "../i18n/i18n";
import type { MessageRef } from "../data/messageRef";
import type { LoadErrorRef } from "../i18n/describeProblem";
import { loadBuiltInChart } from "./builtInDetails";

let controller: AbortController | null = null;

/** Abort whatever load is in flight: the newest request wins. */
export function freshSignal(): AbortSignal {
  controller?.abort();
  controller = new AbortController();
  return controller.signal;
}

export async function loadBuiltIn(store: TimelineStore): Promise<void> {
  const signal = freshSignal();
  store.getState().setLoading();
  try {
    // The chart part only: its details follow on the first sign of use (builtInDetails.ts).
    const ds = await loadBuiltInChart();
    if (signal.aborted) return;
    store.getState().setDataset(ds, { dataUrl: null });
  } catch (e) {
    store.getState().setLoadError(t("load.builtInFailed", { error: (e as Error).message }));
  }
}

/**
 * A refusal as a reference (src/i18n/describeProblem.ts LoadErrorRef): worded where it shows, in
 * the language shown then, by code that loads with the importer's messages.
 */
export function refusal(error: string, errorRef?: MessageRef, prefix?: MessageRef): LoadErrorRef {
  return { error, ...(errorRef ? { errorRef } : {}), ...(prefix ? { prefix } : {}) };
}

/** Where a worker's request for a `data=` address must point: absolute http(s), else null (main thread). */
function absoluteHttpUrl(url: string): string | null {
  try {
    const u = new URL(url.trim(), location.href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

const progressOf =
  (store: TimelineStore, signal: AbortSignal) =>
  (p: LoadProgress): void => {
    if (signal.aborted) return;
    if (p.phase === "bytes")
      store.getState().setLoading({ loaded: p.loaded, total: p.total, phase: "bytes" });
    else if (p.phase === "parse") store.getState().setLoading({ loaded: 0, total: null, phase: "parse" });
    else store.getState().setLoading({ loaded: p.loaded, total: p.total, phase: "rows" });
  };

/**
 * Load in the worker; true when it handled the request (done, failed or cancelled),
 * false when no worker could run it and the main thread must.
 */
export async function viaWorker(
  store: TimelineStore,
  req: LoadRequest,
  signal: AbortSignal,
  info: { dataUrl: string | null; fileName?: string; shared?: boolean },
  /** Said before the refusal (a share link's "could not be opened"). */
  prefix?: MessageRef,
): Promise<boolean> {
  // The worker starts as soon as its code is here; the catalog's second part (the words of a
  // refusal, the progress phases) comes alongside and is awaited only for the outcome.
  const messages = loadMoreMessages();
  const { loadInWorker } = await import("./workerLoad");
  if (signal.aborted) return true;
  const outcome = await loadInWorker(req, { signal, onProgress: progressOf(store, signal) });
  await messages;
  if (outcome === "unavailable") return false;
  if (outcome === "cancelled" || signal.aborted) return true;
  if (!outcome.ok) {
    store.getState().setLoadError(refusal(outcome.error, outcome.errorRef, prefix), outcome.problems);
  } else
    store.getState().setDataset(outcome.dataset, {
      ...info,
      problems: outcome.problems,
      skipped: outcome.skipped,
    });
  return true;
}

/** Stop the load in flight (the Cancel button): the previous dataset, if any, stays. */
export function cancelLoad(store: TimelineStore): void {
  controller?.abort();
  controller = null;
  store.getState().cancelLoading();
}

/**
 * A `data=` address that cannot be loaded at all (another scheme such as javascript:, data:
 * or file:): say so with the address, and load nothing, never a quiet switch to the built-in data.
 */
export function refuseDataUrl(store: TimelineStore, raw: string): void {
  freshSignal();
  const shown = raw.length > 120 ? `${raw.slice(0, 120)}…` : raw;
  store.getState().setLoadError(t("load.badDataUrl", { url: shown }));
}

export async function loadFromUrl(store: TimelineStore, url: string): Promise<void> {
  const signal = freshSignal();
  const dateOrder = store.getState().dateOrder;
  store.getState().setLoading({ loaded: 0, total: null, phase: "bytes" });
  // The file's own name (e.g. "events.csv") titles a CSV dataset, not the whole address.
  const filename = url.split(/[?#]/)[0]!.split("/").pop() || url;
  const absolute = absoluteHttpUrl(url);
  if (
    absolute &&
    (await viaWorker(store, { kind: "url", url: absolute, filename, dateOrder }, signal, { dataUrl: url }))
  )
    return;
  if (signal.aborted) return;
  const [{ parseDatasetText }, { fetchDatasetText }] = await customLoaders();
  const text = await fetchDatasetText(url, {
    signal,
    onProgress: (loaded, total) => {
      if (!signal.aborted) store.getState().setLoading({ loaded, total, phase: "bytes" });
    },
  });
  if (signal.aborted) return;
  if (!text.ok) {
    store.getState().setLoadError(refusal(text.error, text.errorRef));
    return;
  }
  const parsed = parseDatasetText(
    text.text,
    { filename, ...(text.contentType ? { contentType: text.contentType } : {}) },
    { dateOrder },
  );
  if (signal.aborted) return;
  if (!parsed.ok) {
    store.getState().setLoadError(refusal(parsed.error, parsed.errorRef), parsed.problems);
    return;
  }
  store.getState().setDataset(normalizeDataset(parsed.dataset, { adopt: true }), {
    dataUrl: url,
    problems: parsed.problems,
    skipped: parsed.skipped,
  });
}

export async function loadFromFile(store: TimelineStore, file: File): Promise<void> {
  const signal = freshSignal();
  store.getState().setLoading({ loaded: 0, total: file.size, phase: "bytes" });
  const info = { dataUrl: null, fileName: file.name };
  const dateOrder = store.getState().dateOrder;
  if (await viaWorker(store, { kind: "file", file, dateOrder }, signal, info)) return;
  if (signal.aborted) return;
  const [{ parseDatasetText }, , { readDatasetFile }] = await customLoaders();
  const text = await readDatasetFile(file);
  if (signal.aborted) return;
  if (!text.ok) {
    store.getState().setLoadError(refusal(text.error, text.errorRef));
    return;
  }
  const parsed = parseDatasetText(text.text, { filename: file.name }, { dateOrder });
  if (signal.aborted) return;
  if (!parsed.ok) {
    store.getState().setLoadError(refusal(parsed.error, parsed.errorRef), parsed.problems);
    return;
  }
  store.getState().setDataset(normalizeDataset(parsed.dataset, { adopt: true }), {
    ...info,
    problems: parsed.problems,
    skipped: parsed.skipped,
  });
}
