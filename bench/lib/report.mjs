// Medians per tool and size, and the Markdown table people read (stdout,
// bench/results/latest.md, pasted into the README).
import { percentile } from "./measure.mjs";

const median = (xs) => {
  const v = xs.filter((x) => typeof x === "number" && Number.isFinite(x));
  if (!v.length) return null;
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The columns: how to read each figure off a run record, and how to print it. */
export const METRICS = [
  { key: "readyMs", head: "Ready (ms)", get: (r) => r.readyMs, fmt: (v) => v.toFixed(0) },
  {
    key: "kb",
    head: "First view (KB gz)",
    get: (r) => r.bytes && r.bytes.total / 1024,
    fmt: (v) => v.toFixed(1),
  },
  {
    key: "heapMB",
    head: "JS heap (MB)",
    get: (r) => r.heapBytes && r.heapBytes / 1048576,
    fmt: (v) => v.toFixed(1),
  },
  { key: "nodes", head: "DOM nodes", get: (r) => r.domNodes, fmt: (v) => v.toFixed(0) },
  {
    key: "loadLongest",
    head: "Longest task, loading (ms)",
    get: (r) => r.loadLongestTaskMs,
    fmt: (v) => v.toFixed(0),
  },
  {
    key: "heap2",
    head: "Heap after 2nd load",
    get: (r) =>
      r.heapAfterSecondBytes && r.heapFirstBytes
        ? (r.heapAfterSecondBytes / r.heapFirstBytes - 1) * 100
        : null,
    fmt: (v) => `${v >= 0 ? "+" : "−"}${Math.abs(v).toFixed(0)} %`,
    noRatio: true,
  },
  {
    key: "p50",
    interaction: true,
    head: "Frame p50 (ms)",
    get: (r) => r.frame?.p50,
    fmt: (v) => v.toFixed(1),
  },
  {
    key: "p95",
    interaction: true,
    head: "Frame p95 (ms)",
    get: (r) => r.frame?.p95,
    fmt: (v) => v.toFixed(1),
  },
  {
    key: "max",
    interaction: true,
    head: "Frame max (ms)",
    get: (r) => r.frame?.max,
    fmt: (v) => v.toFixed(0),
  },
  {
    key: "over50",
    interaction: true,
    head: "Frames > 50 ms",
    get: (r) => r.frame?.over50,
    fmt: (v) => v.toFixed(0),
  },
  {
    key: "idleMs",
    interaction: true,
    head: "Idle after (ms)",
    get: (r) => r.idleMs,
    fmt: (v) => v.toFixed(0),
  },
];

/**
 * Group run records by size and tool. Loading figures (ready, bytes, heap, nodes)
 * come from every run that got its ready mark; interaction figures from every
 * run that finished the sequence. If any run of a tool/size did not get ready in
 * time the whole row is a timeout; if any did not finish the sequence, the
 * interaction cells are (a faster sample of the others would flatter it).
 */
export function summarize(records, tools, sizes) {
  const out = [];
  for (const size of sizes) {
    for (const tool of tools) {
      const runs = records.filter((r) => r.tool === tool && String(r.size) === String(size));
      if (!runs.length) continue;
      const readyTimeout = runs.find(
        (r) => r.status === "skipped" || (r.status === "timeout" && r.timeoutStage === "ready"),
      );
      const interTimeout = runs.find(
        (r) => r.interactionSkipped || (r.status === "timeout" && r.timeoutStage === "interaction"),
      );
      const loads = runs.filter((r) => typeof r.readyMs === "number");
      const inters = runs.filter((r) => r.frame);
      const row = { size, tool, runs: runs.length, status: "ok", interaction: "ok", medians: {} };
      if (readyTimeout) {
        row.status = "timeout";
        row.note =
          readyTimeout.status === "skipped"
            ? readyTimeout.errors?.[0]
            : `not ready within ${readyTimeout.timeoutMs / 1000} s`;
      } else if (!loads.length) {
        row.status = "error";
        row.note = runs[0].errors?.[0] ?? "failed";
      }
      if (interTimeout) {
        row.interaction = "timeout";
        // A row that never got ready keeps that as its note (not the earlier size's interaction).
        if (row.status === "ok")
          row.note =
            interTimeout.interactionSkipped ?? `zoom/pan not done within ${interTimeout.timeoutMs / 1000} s`;
      } else if (!inters.length) row.interaction = "error";
      else if (row.status === "ok" && inters.length < runs.length)
        row.note = `${runs.length - inters.length} run(s) failed`;
      for (const m of METRICS) row.medians[m.key] = median((m.interaction ? inters : loads).map(m.get));
      out.push(row);
    }
  }
  return out;
}

const fmtCell = (m, v, ours) => {
  if (v === null || v === undefined) return "–";
  const s = m.fmt(v);
  if (ours === null || ours === undefined || ours === 0) return s;
  return `${s} (×${(v / ours).toFixed(v / ours >= 10 ? 0 : 1)})`;
};

/** Markdown: one row per size and tool, peers with their ratio to ours in brackets. */
export function markdownTable(summary, toolLabels) {
  const head = ["Events", "Tool", ...METRICS.map((m) => m.head)];
  const lines = [
    `| ${head.join(" | ")} |`,
    `| ${head.map((_, i) => (i < 2 ? "---" : "---:")).join(" | ")} |`,
  ];
  for (const row of summary) {
    const ours = summary.find((r) => r.size === row.size && r.tool === "ours" && r.status === "ok");
    const label = toolLabels[row.tool] ?? row.tool;
    const size =
      row.size === "builtin"
        ? "built-in"
        : row.size === "csv"
          ? "100,000 (CSV, 50 MB)"
          : Number(row.size).toLocaleString("en-US");
    if (row.status !== "ok") {
      lines.push(
        `| ${size} | ${label} | **${row.status}**${row.note ? ` (${row.note})` : ""} |${" |".repeat(METRICS.length - 1)}`,
      );
      continue;
    }
    const cells = METRICS.map((m) =>
      m.interaction && row.interaction !== "ok"
        ? `**${row.interaction}**`
        : fmtCell(
            m,
            row.medians[m.key],
            row.tool === "ours" || !ours || m.noRatio ? null : ours.medians[m.key],
          ),
    );
    lines.push(`| ${size} | ${label}${row.note ? ` (${row.note})` : ""} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

/**
 * Markdown of our views sequence (bench/lib/views.mjs), one row per size: the
 * slowest tab switch (click to painted), the search, and the frames throughout.
 * Null when no run has it.
 */
export function viewsTable(records) {
  const runs = records.filter((r) => r.tool === "ours" && (r.views || r.viewsError));
  if (!runs.length) return null;
  const step = (r, name) => r.views?.steps.find((s) => s.name === name);
  const cols = [
    ["Table (ms)", (r) => step(r, "Table")?.ms],
    ["Figures (ms)", (r) => step(r, "Figures")?.ms],
    ["Compare (ms)", (r) => step(r, "Compare")?.ms],
    ["Search (ms)", (r) => step(r, "Search")?.ms],
    ["Longest task (ms)", (r) => (r.views ? Math.max(...r.views.steps.map((s) => s.longestTask)) : null)],
    ["Frame p95 (ms)", (r) => r.views?.frame.p95],
    ["Frame max (ms)", (r) => r.views?.frame.max],
    ["Frames > 50 ms", (r) => r.views?.frame.over50],
  ];
  const head = ["Events", ...cols.map(([h]) => h)];
  const lines = [
    "Our views after the gestures: a switch to Table (and a scroll), Figures and Compare, a search typed and cleared " +
      "(times from click to the view painted; the search includes typing 14 characters 40 ms apart and the 200 ms debounce).",
    "",
    `| ${head.join(" | ")} |`,
    `| ${head.map((_, i) => (i < 1 ? "---" : "---:")).join(" | ")} |`,
  ];
  for (const r of runs) {
    const size =
      r.size === "builtin"
        ? "built-in"
        : r.size === "csv"
          ? "100,000 (CSV)"
          : Number(r.size).toLocaleString("en-US");
    if (!r.views) {
      lines.push(`| ${size} | **timeout** (${r.viewsError}) |${" |".repeat(cols.length - 1)}`);
      continue;
    }
    lines.push(
      `| ${size} | ${cols.map(([, get]) => ((get(r) ?? null) === null ? "–" : Number(get(r)).toFixed(0))).join(" | ")} |`,
    );
  }
  return lines.join("\n");
}

export { median, percentile };
