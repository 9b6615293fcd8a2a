// `npm run bench`: Soft Power Timeline against vis-timeline and TimelineJS3 on the
// same synthetic events, in headless Chromium. Method: bench/README.md.
//
//   node bench/run.mjs [--reps 3] [--sizes builtin,100,1000,5000,20000] [--tools ours,vis,tljs]
//                      [--timeout 60] [--no-build] [--no-views] [--no-first-view] [--app-dir bench/.build] [--out bench/results]
//   node bench/run.mjs --report bench/results/<timestamp>.json   # re-print the table of a raw file
//   BENCH_QUICK=1 node bench/run.mjs      # one size (1,000), one repetition
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../scripts/chromium.mjs";
import { startServer } from "../scripts/serve.mjs";
import { writeDatasets, writeLargeCsv } from "./generate.mjs";
import { measureOnce } from "./lib/measure.mjs";
import { markdownTable, summarize, viewsTable } from "./lib/report.mjs";
import { TOOLS } from "./lib/tools.mjs";
import { LANGS, firstViewTable, firstViews } from "./firstView.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..");
export const DEFAULTS = {
  reps: 3,
  sizes: ["builtin", 100, 1000, 5000, 20000, 50000, 100000, "csv"],
  tools: ["ours", "vis", "tljs"],
  timeoutMs: 60_000,
  build: true,
  appDir: path.join(HERE, ".build"),
  outDir: path.join(HERE, "results"),
  screenshots: true,
  views: true,
  // With the built-in size: the first view's weight per language against its budget.
  firstView: true,
  warmup: true,
  log: (s) => process.stdout.write(s),
};

/** `vite build --outDir <appDir>`: our production build, away from others' dist/. */
function buildApp(appDir, log) {
  if (!fs.existsSync(path.join(ROOT, "index.html")))
    return { ok: false, why: "no index.html at the project root yet" };
  log(`Building the app into ${path.relative(ROOT, appDir)}/ …\n`);
  const vite = path.join(ROOT, "node_modules", "vite", "bin", "vite.js");
  const r = spawnSync(
    process.execPath,
    [vite, "build", "--outDir", appDir, "--emptyOutDir", "--logLevel", "warn"],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  if (r.status !== 0) {
    // Vite ends with a stack trace; the line that names the problem comes earlier.
    const lines = `${r.stderr}\n${r.stdout}`
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const first =
      lines.find((l) => /error|could not|cannot|failed/i.test(l) && !/^at /.test(l)) ?? lines.at(-1);
    return { ok: false, why: `vite build failed: ${first}` };
  }
  return { ok: true };
}

function describe(rec) {
  const parts = [];
  if (rec.readyMs !== undefined)
    parts.push(`ready ${rec.readyMs.toFixed(0)} ms`, `${(rec.bytes.total / 1024).toFixed(1)} KB`);
  if (rec.frame) parts.push(`p95 ${rec.frame.p95?.toFixed(1)} ms`, `idle ${rec.idleMs.toFixed(0)} ms`);
  if (rec.interactionSkipped) parts.push("load only");
  if (rec.status !== "ok")
    parts.push(`${rec.status}${rec.timeoutStage ? ` (${rec.timeoutStage})` : ""}: ${rec.errors[0] ?? ""}`);
  return parts.join(", ");
}

function gitState() {
  const r = spawnSync("git", ["describe", "--always", "--dirty", "--abbrev=10"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return r.status === 0 ? r.stdout.trim() : "unknown";
}

function machine(chromiumVersion) {
  const cpus = os.cpus();
  return {
    cpus: `${cpus.length} × ${cpus[0]?.model?.trim() ?? "unknown CPU"}`,
    memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
  };
}

/**
 * Run the bench; returns { records, summary, markdown, files }. Used by the CLI
 * below and by the smoke test (tests/e2e/bench-smoke.e2e.mjs).
 */
export async function runBench(options = {}) {
  const o = { ...DEFAULTS, ...options };
  const log = o.log;
  const startedAt = new Date();
  // Other work on the machine skews every figure; the load average says how much.
  const loadStart = os.loadavg()[0];
  const notes = [];
  let tools = o.tools.filter((t) => TOOLS[t]);

  if (tools.includes("ours") && o.build) {
    const b = buildApp(o.appDir, log);
    if (!b.ok) {
      notes.push(`Our app was not measured: ${b.why}.`);
      tools = tools.filter((t) => t !== "ours");
    }
  }
  if (tools.includes("ours") && !fs.existsSync(path.join(o.appDir, "index.html"))) {
    notes.push(`Our app was not measured: no build in ${path.relative(ROOT, o.appDir)}/.`);
    tools = tools.filter((t) => t !== "ours");
  }
  // The built-in dataset and the large CSV are ours alone; peers have nothing to load there.
  const sizes = o.sizes.filter((s) => (s !== "builtin" && s !== "csv") || tools.includes("ours"));
  const numeric = sizes.filter((s) => s !== "builtin" && s !== "csv").map(Number);
  writeDatasets(numeric);
  if (sizes.includes("csv")) writeLargeCsv();

  // One server for the whole tree: our build, the peer pages, node_modules and the data.
  const server = await startServer({ dir: ROOT });
  const appPath = path.relative(ROOT, o.appDir).split(path.sep).join("/") + "/";
  let browser = await launch();
  const chromiumVersion = browser.version();
  fs.mkdirSync(o.outDir, { recursive: true });
  const records = [];
  const gaveUp = {}; // tool → size it timed out at: larger sizes are skipped, not retried.
  const loadOnly = {}; // tool → size its interaction timed out at.
  const t0 = Date.now();
  try {
    // One unmeasured load per tool first: the very first page of a fresh browser
    // pays for process start-up and disk reads that would otherwise land on
    // whichever tool happens to run first.
    if (o.warmup && numeric.length) {
      const small = Math.min(...numeric);
      for (const id of tools) {
        const url = TOOLS[id].url({ base: server.url, appPath, size: small });
        await measureOnce(browser, TOOLS[id], url, { timeoutMs: o.timeoutMs, interact: false });
      }
    }
    for (const size of sizes) {
      // The built-in dataset and the large CSV are ours alone (the peers read neither).
      const here = tools.filter((t) => (size !== "builtin" && size !== "csv") || t === "ours");
      for (let rep = 0; rep < o.reps; rep++) {
        // Interleaved (ours, vis, tljs, ours, …) so a drift of the machine hits all alike.
        for (const id of here) {
          const base = { tool: id, size, rep, timeoutMs: o.timeoutMs };
          if (gaveUp[id] !== undefined) {
            records.push({ ...base, status: "skipped", errors: [`timed out at ${gaveUp[id]}`] });
            continue;
          }
          // Past the size where its zoom/pan timed out, one load-only run per size is
          // enough to show how loading scales; three would add minutes, not knowledge.
          if (loadOnly[id] !== undefined && loadOnly[id] !== size && rep > 0) continue;
          const tool = TOOLS[id];
          const shot = o.screenshots && rep === 0 ? path.join(o.outDir, `${id}-${size}.png`) : null;
          const url = tool.url({ base: server.url, appPath, size });
          // After an interaction timeout, later runs of that tool only load: another
          // minute of a stuck zoom sequence would tell nothing new.
          const interact = loadOnly[id] === undefined;
          const rec = {
            ...base,
            ...(await measureOnce(browser, tool, url, {
              timeoutMs: o.timeoutMs,
              screenshot: shot,
              interact,
              // Memory release is measured once per size (a second load doubles the run's time).
              secondUrl: rep === 0 && tool.secondUrl ? tool.secondUrl({ base: server.url, size }) : null,
              // Table, Figures, Compare and a search: ours, once per size.
              views: rep === 0 && id === "ours" && o.views,
            })),
          };
          if (!interact) rec.interactionSkipped = `interaction timed out at ${loadOnly[id]}`;
          if (shot && rec.readyMs !== undefined && !rec.screenshotError)
            rec.screenshot = path.relative(ROOT, shot);
          records.push(rec);
          log(`${String(size).padStart(7)} ${id.padEnd(5)} rep ${rep + 1}/${o.reps}: ${describe(rec)}\n`);
          if (rec.status === "timeout" && rec.timeoutStage === "ready") gaveUp[id] = size;
          if (rec.status === "timeout" && rec.timeoutStage === "interaction") loadOnly[id] = size;
          if (rec.status === "timeout" || rec.hungContext) {
            // Its renderer may still be burning a core: start clean for the next tool.
            await browser.close().catch(() => {});
            browser = await launch();
          }
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  // The first view per language (issues 14, 15, 17: English within 150 KB gzip, any other
  // within 170 KB): bytes are the same every run, the ready time is a median over `reps`.
  let firstView = null;
  if (o.firstView && sizes.includes("builtin") && tools.includes("ours")) {
    log("First view per language …\n");
    firstView = await firstViews({ appDir: o.appDir, langs: LANGS, runs: o.reps });
  }

  const summary = summarize(records, tools, sizes);
  const m = {
    ...machine(chromiumVersion),
    loadAverage: { start: +loadStart.toFixed(2), end: +os.loadavg()[0].toFixed(2) },
  };
  const app = tools.includes("ours") ? gitState() : "not measured";
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
  const raw = {
    startedAt: startedAt.toISOString(),
    durationS: Math.round((Date.now() - t0) / 1000),
    options: { reps: o.reps, sizes, tools, timeoutMs: o.timeoutMs },
    app,
    machine: m,
    notes,
    summary,
    records,
    firstView,
  };
  const markdown = renderMarkdown(raw);
  const jsonFile = path.join(o.outDir, `${stamp}.json`);
  fs.writeFileSync(jsonFile, JSON.stringify(raw, null, 2));
  const mdFile = path.join(o.outDir, "latest.md");
  fs.writeFileSync(mdFile, markdown + "\n");
  return { records, summary, markdown, notes, files: { json: jsonFile, md: mdFile } };
}

/** The Markdown of a raw results object: header (date, machine, load), table, notes. */
export function renderMarkdown(raw) {
  const { options: opt, machine: m, app, notes = [] } = raw;
  const summary = summarize(raw.records, opt.tools, opt.sizes);
  const labels = Object.fromEntries(Object.values(TOOLS).map((t) => [t.id, t.label]));
  const header =
    `Bench of ${raw.startedAt.slice(0, 16).replace("T", " ")} UTC, ${opt.reps} rep(s), medians; ` +
    `peers' figures with their ratio to ours (×). App at \`${app}\`.\n\n` +
    `Machine: ${m.cpus}, ${m.memoryGB} GB, ${m.os}; Node ${m.node}; Chromium ${m.chromium} (headless, --disable-gpu); ` +
    `load average ${m.loadAverage?.start ?? "?"} at start, ${m.loadAverage?.end ?? "?"} at end; ${Math.round(raw.durationS / 60)} min.`;
  const views = viewsTable(raw.records);
  const fv = raw.firstView
    ? [
        "",
        "First view of the built-in dataset per language: every file fetched by the ready mark + 1.5 s, gzip as sent " +
          "(budget: English 150 KB, any other language 170 KB; bench/README.md).",
        "",
        firstViewTable(raw.firstView),
      ]
    : [];
  return [
    header,
    "",
    markdownTable(summary, labels),
    ...fv,
    ...(views ? ["", views] : []),
    ...notes.map((n, i) => `${i ? "" : "\n"}> ${n}`),
  ].join("\n");
}

function parseArgs(argv) {
  const o = {};
  const val = (i) => argv[i + 1];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--reps") o.reps = Math.max(1, Number(val(i++)));
    else if (a === "--sizes")
      o.sizes = val(i++)
        .split(",")
        .map((s) => (s === "builtin" || s === "csv" ? s : Number(s)));
    else if (a === "--tools") o.tools = val(i++).split(",");
    else if (a === "--timeout") o.timeoutMs = Number(val(i++)) * 1000;
    else if (a === "--no-build") o.build = false;
    else if (a === "--no-views") o.views = false;
    else if (a === "--no-first-view") o.firstView = false;
    else if (a === "--app-dir") o.appDir = path.resolve(val(i++));
    else if (a === "--out") o.outDir = path.resolve(val(i++));
    else if (a === "--report") o.report = path.resolve(val(i++));
    else if (a === "--help" || a === "-h") o.help = true;
    else throw new Error(`unknown option ${a} (see --help)`);
  }
  if (process.env.BENCH_QUICK === "1") {
    o.sizes ??= [1000];
    o.reps ??= 1;
  }
  return o;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const o = parseArgs(process.argv.slice(2));
  if (o.help) {
    const lines = fs.readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n");
    console.log(
      lines
        .slice(
          0,
          lines.findIndex((l) => !l.startsWith("//")),
        )
        .join("\n"),
    );
    process.exit(0);
  }
  if (o.report) {
    // Re-render the table of an earlier raw file (e.g. after a change to the report).
    console.log(renderMarkdown(JSON.parse(fs.readFileSync(o.report, "utf8"))));
    process.exit(0);
  }
  const t = Date.now();
  const { markdown, files } = await runBench(o);
  console.log("\n" + markdown + "\n");
  console.log(
    `Raw figures: ${path.relative(process.cwd(), files.json)}; table: ${path.relative(process.cwd(), files.md)}`,
  );
  console.log(`Done in ${Math.round((Date.now() - t) / 1000)} s.`);
}
