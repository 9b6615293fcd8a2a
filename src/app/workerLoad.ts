/**
 * Run a dataset load in a Web Worker (`datasetWorker.ts`), so parsing and
 * validating a large file never blocks the page. Resolves to the outcome, to
 * `"cancelled"` when the signal aborts (the worker is terminated at once), or to
 * `"unavailable"` when no worker could be started (no Worker API, a policy
 * refusing blob: workers): the caller then loads on the main thread.
 *
 * The worker is inlined (Vite `?worker&inline`, a blob: URL at run time) so the
 * same code works from a server, from file:// (the single-file build) and in a
 * sandboxed iframe, where a worker script fetched from another address would be
 * refused; this module is itself loaded only when someone brings their own data.
 */
import DatasetWorker from "./datasetWorker?worker&inline";
import {
  createAssembler,
  type LoadMessage,
  type LoadOutcome,
  type LoadProgress,
  type LoadRequest,
} from "../data/datasetParts";
import { t } from "../i18n/i18n";

/** Rows progress is reported at most this often (ms). */
const ROWS_PROGRESS_MS = 150;

export interface WorkerLoadOptions {
  signal: AbortSignal;
  onProgress(p: LoadProgress): void;
}

export function loadInWorker(
  req: LoadRequest,
  { signal, onProgress }: WorkerLoadOptions,
): Promise<LoadOutcome | "cancelled" | "unavailable"> {
  if (typeof Worker === "undefined") return Promise.resolve("unavailable");
  let worker: Worker;
  try {
    worker = new DatasetWorker();
  } catch {
    return Promise.resolve("unavailable");
  }
  return new Promise((resolve) => {
    const assembler = createAssembler();
    let heard = false;
    let rowsTotal = 0;
    let lastRows = -Infinity;
    const finish = (r: LoadOutcome | "cancelled" | "unavailable") => {
      worker.terminate();
      signal.removeEventListener("abort", cancel);
      resolve(r);
    };
    const cancel = () => finish("cancelled");
    if (signal.aborted) return cancel();
    signal.addEventListener("abort", cancel, { once: true });
    worker.onmessage = (e: MessageEvent<LoadMessage>) => {
      heard = true;
      if (signal.aborted) return;
      const m = e.data;
      if (m.type === "progress") {
        if (m.progress.phase === "rows") rowsTotal = m.progress.total;
        onProgress(m.progress);
        return;
      }
      const outcome = assembler.push(m);
      if (outcome) finish(outcome);
      else if (m.type === "events" && performance.now() - lastRows >= ROWS_PROGRESS_MS) {
        // Each report re-renders the progress: a few a second read as progress, fifty in a row cost
        // the page a frame each while it is busiest (100,000 events arrive in 50 slices).
        lastRows = performance.now();
        onProgress({ phase: "rows", loaded: assembler.received, total: rowsTotal });
      }
    };
    // A worker that fails before saying anything could not start (e.g. a CSP without blob:);
    // later failures are the job's, which reports them itself, so this is a crash.
    worker.onerror = (e) => {
      e.preventDefault();
      finish(heard ? { ok: false, error: t("load.loaderStopped"), problems: [] } : "unavailable");
    };
    worker.postMessage(req);
  });
}
