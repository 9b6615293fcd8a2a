/**
 * The loading worker: one job per worker (the client terminates it to cancel,
 * and after the job, so nothing of a dataset outlives its load here).
 */
import type { LoadRequest } from "../data/datasetParts";
import { runLoadJob } from "../data/loadJob";

// The DOM lib types `self` as a window; in a worker postMessage takes no target origin.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LoadRequest>) => void) | null;
  postMessage(m: unknown): void;
};

scope.onmessage = (e) => {
  void runLoadJob(e.data, (m) => scope.postMessage(m));
};
