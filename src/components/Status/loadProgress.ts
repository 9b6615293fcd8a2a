/**
 * Loading progress in words and as a fraction: bytes while downloading or
 * reading a file, then rows while they are prepared for the page.
 */
import type { LoadPhase } from "../../store/types";

export interface LoadState {
  loaded: number;
  total: number | null;
  phase?: LoadPhase | undefined;
}

function size(n: number): string {
  return n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** 0–100, or null when the total is not known (an indeterminate bar). */
export function loadPercent(l: LoadState): number | null {
  if (l.phase === "parse" || !l.total) return null;
  return Math.min(100, Math.round((l.loaded / l.total) * 100));
}

/** "Downloading — 12.3 MB of 50.0 MB", "Reading and checking the rows…", "Preparing 4,000 of 100,000 events". */
export function describeLoad(l: LoadState): string {
  if (l.phase === "parse") return "Reading and checking the rows…";
  if (l.phase === "rows")
    return `Preparing ${l.loaded.toLocaleString("en")} of ${l.total?.toLocaleString("en") ?? "?"} events…`;
  if (l.loaded <= 0) return "Loading the dataset…";
  return `Loading the dataset — ${size(l.loaded)}${l.total ? ` of ${size(l.total)}` : ""}`;
}
