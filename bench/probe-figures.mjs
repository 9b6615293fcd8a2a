// The switch to Figures after a load, measured alone (the views sequence of the bench
// runs after the gestures, which a loaded machine may never finish):
//
//   node bench/probe-figures.mjs <app dir, e.g. bench/.build/> <size, e.g. 20000>
//
// Prints one JSON line (time from the click to Figures painted, the longest task and
// tasks over 100 ms in it, elements in Figures and in the hidden print list, JS heap)
// and the functions with the most self time in that step. Needs the bench datasets
// (`node bench/generate.mjs` or a bench run) and Chromium at /usr/bin/chromium.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../scripts/serve.mjs";
import { selfTimes } from "./profile.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [appPath = "bench/.build/", size = "20000"] = process.argv.slice(2);
const srv = await startServer({ dir: ROOT });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const data = `${srv.url}bench/results/data/ours-${size}.json`;
  await page.goto(`${srv.url}${appPath}index.html?data=${encodeURIComponent(data)}`);
  await page.waitForFunction(() => performance.getEntriesByName("timeline:ready").length > 0, null, {
    timeout: 240_000,
  });
  await page.waitForTimeout(4000);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
  await cdp.send("Profiler.start");
  const tab = page.getByRole("tab", { name: "Figures", exact: true });
  await tab.waitFor();
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((l) => window.__tasks.push(...l.getEntries().map((e) => e.duration))).observe({
      type: "longtask",
    });
    window.__t0 = performance.now();
  });
  await tab.click();
  await page.waitForSelector(".figures .fig-card", { timeout: 240_000 });
  const ms = await page.evaluate(
    () =>
      new Promise((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now() - window.__t0))),
      ),
  );
  const { profile } = await cdp.send("Profiler.stop");
  const tasks = await page.evaluate(() => window.__tasks);
  const count = (sel) =>
    page.evaluate((s) => document.querySelector(s)?.getElementsByTagName("*").length ?? 0, sel);
  const heapMB = (await cdp.send("Runtime.getHeapUsage")).usedSize / 1e6;
  console.log(
    JSON.stringify({
      appPath,
      size,
      figuresMs: Math.round(ms),
      longestTask: Math.round(Math.max(0, ...tasks)),
      tasksOver100: tasks.filter((d) => d > 100).length,
      figuresElements: await count(".figures"),
      printListElements: await count(".print-events"),
      heapMB: Math.round(heapMB),
    }),
  );
  for (const [k, v] of selfTimes(profile).slice(0, 10))
    console.log(`${Math.round(v).toString().padStart(7)}  ${k}`);
} finally {
  await browser.close();
  await srv.close();
}
