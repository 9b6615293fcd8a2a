// A CPU profile of our app loading one bench dataset, for finding where the page's
// main thread spends its time (the README's Performance section quotes these).
// Not part of `npm run bench`: a tool for one size at a time.
//
//   node bench/profile.mjs [--size 100000|csv|builtin] [--app-dir bench/.build] [--views] [--gestures]
//                          [--out bench/results/profile-<size>.cpuprofile]
//
// Prints the ready time, the main thread's long tasks during loading, and the
// functions with the most self time; writes the .cpuprofile (open it in DevTools'
// Performance panel). With --views it also profiles a switch to Table, Figures and
// Compare and a search (bench/lib/views.mjs), after the load. With --gestures it profiles the
// bench's zoom/pan sequence (bench/lib/measure.mjs) and prints its longest frames and tasks.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../scripts/chromium.mjs";
import { startServer } from "../scripts/serve.mjs";
import { writeDatasets, writeLargeCsv } from "./generate.mjs";
import { TOOLS } from "./lib/tools.mjs";
import { VIEWPORT, chartBox, sequence } from "./lib/measure.mjs";
import { exerciseViews } from "./lib/views.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..");

function args(argv) {
  const o = {
    size: 100000,
    appDir: path.join(HERE, ".build"),
    views: false,
    gestures: false,
    out: null,
    top: 25,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--size") o.size = /^\d+$/.test(argv[i + 1]) ? Number(argv[++i]) : argv[++i];
    else if (a === "--app-dir") o.appDir = path.resolve(argv[++i]);
    else if (a === "--views") o.views = true;
    else if (a === "--gestures") o.gestures = true;
    else if (a === "--out") o.out = path.resolve(argv[++i]);
    else if (a === "--top") o.top = Number(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  o.out ??= path.join(HERE, "results", `profile-${o.size}.cpuprofile`);
  return o;
}

/** Self time per function (url:line name), in ms, from a CDP profile. */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]);
    const f = n.callFrame;
    const file = f.url ? f.url.split("/").pop().split("?")[0] : "";
    const key = `${f.functionName || "(anonymous)"} ${file}${file ? `:${f.lineNumber + 1}` : ""}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]);
}

async function main() {
  const o = args(process.argv.slice(2));
  if (typeof o.size === "number") writeDatasets([o.size]);
  else if (o.size === "csv") writeLargeCsv();
  const server = await startServer({ dir: ROOT });
  const appPath = path.relative(ROOT, o.appDir).split(path.sep).join("/") + "/";
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__loadLong = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) window.__loadLong.push([e.startTime, e.duration]);
      }).observe({ type: "longtask", buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
    await cdp.send("Profiler.start");
    const url = TOOLS.ours.url({ base: server.url, appPath, size: o.size });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("timeline:ready").length > 0, null, {
      timeout: 120_000,
      polling: 100,
    });
    await page.waitForTimeout(1000);
    const { profile } = await cdp.send("Profiler.stop");
    const ready = await page.evaluate(() => ({
      readyMs: performance.getEntriesByName("timeline:ready")[0].startTime,
      long: window.__loadLong,
    }));
    fs.mkdirSync(path.dirname(o.out), { recursive: true });
    fs.writeFileSync(o.out, JSON.stringify(profile));
    const heavy = ready.long.filter(([, d]) => d > 50);
    console.log(`size ${o.size}: ready ${ready.readyMs.toFixed(0)} ms`);
    console.log(
      `long tasks: ${ready.long.length}, over 100 ms: ${ready.long.filter(([, d]) => d > 100).length}, longest ${Math.max(0, ...ready.long.map(([, d]) => d)).toFixed(0)} ms`,
    );
    console.log(heavy.map(([s, d]) => `  at ${s.toFixed(0)}: ${d.toFixed(0)} ms`).join("\n"));
    console.log("self time (ms), main thread, navigation → ready + 1 s:");
    for (const [k, ms] of selfTimes(profile).slice(0, o.top))
      console.log(`${ms.toFixed(0).padStart(7)}  ${k}`);
    if (o.gestures) {
      const box = await chartBox(page, TOOLS.ours.chart);
      await page.evaluate(() => {
        window.__frames = [];
        window.__gestureLong = [];
        const loop = (t) => {
          window.__frames.push(t);
          requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) window.__gestureLong.push([e.startTime, e.duration]);
        }).observe({ type: "longtask" });
      });
      await cdp.send("Profiler.start");
      await sequence(page, TOOLS.ours, box);
      await page.waitForTimeout(1000);
      const { profile: gp } = await cdp.send("Profiler.stop");
      fs.writeFileSync(o.out.replace(/\.cpuprofile$/, "-gestures.cpuprofile"), JSON.stringify(gp));
      const g = await page.evaluate(() => ({ frames: window.__frames, long: window.__gestureLong }));
      const d = g.frames
        .slice(1)
        .map((t, i) => t - g.frames[i])
        .sort((a, b) => b - a);
      console.log(
        `gestures: ${d.length} frames, p95 ${d[Math.floor(d.length * 0.05)]?.toFixed(1)} ms, longest ${d
          .slice(0, 8)
          .map((x) => x.toFixed(0))
          .join(", ")} ms; long tasks ${g.long.map(([, x]) => x.toFixed(0)).join(", ") || "none"}`,
      );
      console.log("self time (ms), gestures ((program) is the browser's own style, layout and paint):");
      for (const [k, ms] of selfTimes(gp).slice(0, o.top)) console.log(`${ms.toFixed(0).padStart(7)}  ${k}`);
    }
    if (o.views) {
      await cdp.send("Profiler.start");
      const views = await exerciseViews(page, { log: (s) => console.log(`  ${s}`) }).catch((e) => ({
        error: String(e.message).split("\n")[0],
      }));
      const { profile: vp } = await cdp.send("Profiler.stop");
      fs.writeFileSync(o.out.replace(/\.cpuprofile$/, "-views.cpuprofile"), JSON.stringify(vp));
      console.log("views:", JSON.stringify(views, null, 1));
      console.log("self time (ms), views:");
      for (const [k, ms] of selfTimes(vp).slice(0, o.top)) console.log(`${ms.toFixed(0).padStart(7)}  ${k}`);
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
