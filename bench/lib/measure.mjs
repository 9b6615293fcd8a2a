// One measured run of one tool on one dataset, in a fresh browser context.
// Everything that is timed is read from the page's own clock (Performance API),
// never from Node, so CDP round trips do not leak into the figures.

export const VIEWPORT = { width: 1280, height: 800 };
/** A frame longer than this is a visible stutter (the "frames over 50 ms"). */
export const LONG_FRAME_MS = 50;
/** The page counts as idle after this long with no long task and no long frame. */
export const QUIET_MS = 500;
/** Give up waiting for idle after this long; the figure is then reported as ≥ this. */
export const IDLE_CAP_MS = 10_000;
/** Long tasks up to this long after the ready mark count as part of loading. */
export const LOAD_TAIL_MS = 1_000;

import { exerciseViews } from "./views.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class Timeout extends Error {}

/** Race `p` against a timer; a hung renderer must not hang the whole bench. */
function within(p, ms, what) {
  let t;
  return Promise.race([
    p.finally(() => clearTimeout(t)),
    new Promise((_, reject) => {
      t = setTimeout(() => reject(new Timeout(`${what} took more than ${ms} ms`)), ms);
    }),
  ]);
}

/** Median, p95 etc. on a sorted copy. Nearest-rank percentiles: no interpolation on tiny samples. */
export function percentile(values, p) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * Injected before the scripted sequence: a requestAnimationFrame loop that keeps
 * every frame's timestamp, a long-task observer, and a mutation observer (so we
 * also know when the DOM stopped changing, e.g. after an eased transition).
 */
function installRecorder() {
  const b = { frames: [], long: [], lastMutation: 0, stop: false };
  window.__bench = b;
  const loop = (t) => {
    b.frames.push(t);
    if (!b.stop) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.long.push([e.startTime, e.duration]);
    }).observe({ type: "longtask" });
  } catch {
    // Long tasks are a Chromium API; without it idle rests on frame gaps alone.
  }
  new MutationObserver(() => {
    b.lastMutation = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  return performance.now();
}

/** In page: the last moment the main thread was visibly busy (long task or long frame). */
function lastBusy([since, longFrame]) {
  const b = window.__bench;
  let busy = since;
  for (const [start, dur] of b.long) busy = Math.max(busy, start + dur);
  for (let i = 1; i < b.frames.length; i++)
    if (b.frames[i] - b.frames[i - 1] > longFrame) busy = Math.max(busy, b.frames[i]);
  return { now: performance.now(), busy, mutation: b.lastMutation };
}

/** In page: bytes of the first view from Resource Timing (encoded = gzip as served). */
function firstViewBytes() {
  const nav = performance.getEntriesByType("navigation")[0];
  const res = performance.getEntriesByType("resource");
  const byType = { html: nav ? nav.encodedBodySize : 0, js: 0, css: 0, data: 0, other: 0 };
  for (const r of res) {
    const p = new URL(r.name).pathname;
    const type = /\.m?js$/.test(p)
      ? "js"
      : /\.css$/.test(p)
        ? "css"
        : /\.(json|csv)$/.test(p) || r.initiatorType === "fetch"
          ? "data"
          : "other";
    byType[type] += r.encodedBodySize;
  }
  const total = Object.values(byType).reduce((a, b) => a + b, 0);
  return { total, byType, requests: res.length + 1, urls: [nav?.name, ...res.map((r) => r.name)] };
}

/**
 * Installed before the page's own scripts: every long task from navigation on, so
 * the tasks of loading (parsing, first render) are seen, not only those of the gestures.
 */
function installLoadObserver() {
  window.__loadLong = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__loadLong.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // Not Chromium: no long-task figures.
  }
}

/** Requests a worker made are not in the page's Resource Timing: add them (Playwright sees them). */
async function addWorkerBytes(bytes, finished) {
  const seen = new Set(bytes.urls);
  for (const req of finished) {
    if (seen.has(req.url())) continue;
    const sizes = await req.sizes().catch(() => null);
    if (!sizes) continue;
    const p = new URL(req.url()).pathname;
    const type = /\.m?js$/.test(p) ? "js" : /\.(json|csv)$/.test(p) ? "data" : "other";
    bytes.byType[type] += sizes.responseBodySize;
    bytes.total += sizes.responseBodySize;
    bytes.requests++;
  }
  delete bytes.urls;
  return bytes;
}

/**
 * Load a second dataset of the same size in the same page (our "Open dataset…" dialog),
 * then the heap after a GC: with the first one released it is back near the first figure.
 */
async function secondLoad(page, cdp, url, timeoutMs) {
  await page.getByRole("button", { name: "Open dataset…" }).click();
  await page.getByLabel("Or the address of a file on the web").fill(url);
  const before = await page.evaluate(() => performance.now());
  await page.getByRole("button", { name: "Load", exact: true }).click();
  // Done when the loading status has come and gone and the dialog closed itself.
  await page.waitForFunction(
    () => !document.querySelector(".status--loading") && !document.querySelector("dialog[open]"),
    null,
    { timeout: timeoutMs, polling: 100 },
  );
  const after = await page.evaluate(() => performance.now());
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return { secondLoadMs: after - before, heapAfterSecondBytes: usedSize };
}

/**
 * Where to point the mouse: the largest svg/canvas inside the chart element (else
 * the element), clipped to the element and the viewport since the svg may be
 * taller than its scrolling host.
 */
export async function chartBox(page, selector) {
  return page.evaluate((sel) => {
    const host = document.querySelector(sel);
    if (!host) return null;
    const h = host.getBoundingClientRect();
    const clip = (r) => {
      const x0 = Math.max(r.left, h.left, 0);
      const y0 = Math.max(r.top, h.top, 0);
      const x1 = Math.min(r.right, h.right, innerWidth);
      const y1 = Math.min(r.bottom, h.bottom, innerHeight);
      return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
    };
    let best = clip(h);
    for (const el of host.querySelectorAll("svg, canvas")) {
      const c = clip(el.getBoundingClientRect());
      if (c.width * c.height > best.width * best.height * 0.5 && el.parentElement.closest("svg") === null) {
        best = c;
        break;
      }
    }
    return best;
  }, selector);
}

async function zoom(page, tool, direction, notches) {
  if (tool.zoom === "wheel") {
    // One notch of a mouse wheel is deltaY ±100 in Chromium; ~30 ms apart is a brisk scroll.
    for (let i = 0; i < notches; i++) {
      await page.mouse.wheel(0, direction === "in" ? -100 : 100);
      await sleep(30);
    }
    return;
  }
  // Button zoom steps are much coarser than a wheel notch: one click per four notches.
  // A raw mouse click at the button's centre, not locator.click(): Playwright's
  // actionability checks wait for stable frames, which would time the library's
  // animations as if they were input latency.
  const sel = direction === "in" ? tool.zoomInButton : tool.zoomOutButton;
  const b = await page.locator(sel).first().boundingBox();
  if (!b) throw new Error(`no zoom button ${sel}`);
  for (let i = 0; i < Math.max(1, Math.round(notches / 4)); i++) {
    await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    await sleep(120);
  }
}

// 12 moves ~25 ms apart: a brisk drag. Each move waits for the page's input ack,
// so more steps would mostly lengthen the runs of the slowest tool.
async function drag(page, x, y, dx, steps = 12) {
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let k = 1; k <= steps; k++) {
    await page.mouse.move(x + (dx * k) / steps, y);
    await sleep(25);
  }
  await page.mouse.up();
}

/** The scripted interaction: zoom in, pan both ways, zoom in more, pan, zoom all the way out. */
export async function sequence(page, tool, box) {
  const cx = Math.round(box.x + box.width / 2);
  const cy = Math.round(box.y + box.height / 2);
  await page.mouse.move(cx, cy);
  await zoom(page, tool, "in", 12);
  await page.mouse.move(cx, cy);
  await drag(page, cx, cy, -300);
  await drag(page, cx, cy, 400);
  await page.mouse.move(cx, cy);
  await zoom(page, tool, "in", 8);
  await page.mouse.move(cx, cy);
  await drag(page, cx, cy, -250);
  await page.mouse.move(cx, cy);
  await zoom(page, tool, "out", 20);
}

/** Frame durations (deltas between rAF callbacks) from `from` to `to`, page clock. */
function frameStats(frames, from, to) {
  const d = [];
  for (let i = 1; i < frames.length; i++) {
    if (frames[i] <= from) continue;
    d.push(frames[i] - Math.max(frames[i - 1], from));
    if (frames[i] > to) break;
  }
  return {
    frames: d.length,
    p50: percentile(d, 50),
    p95: percentile(d, 95),
    max: d.length ? Math.max(...d) : null,
    over50: d.filter((x) => x > LONG_FRAME_MS).length,
  };
}

/**
 * Measure one run. Returns a plain record; `status` is "ok", "error" or "timeout"
 * with `timeoutStage` "ready" (no ready mark within `timeoutMs`: nothing measured)
 * or "interaction" (loaded, but the zoom/pan sequence did not finish within it).
 * With `interact: false` only the loading figures are taken.
 */
export async function measureOnce(
  browser,
  tool,
  url,
  { timeoutMs = 60_000, screenshot = null, interact = true, secondUrl = null, views = false } = {},
) {
  const rec = { tool: tool.id, url, status: "ok", errors: [] };
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(installLoadObserver);
  const finished = [];
  context.on("requestfinished", (r) => finished.push(r));
  page.on("pageerror", (e) => rec.errors.length < 5 && rec.errors.push(String(e).slice(0, 300)));
  page.on(
    "console",
    (m) => m.type() === "error" && rec.errors.length < 5 && rec.errors.push(m.text().slice(0, 300)),
  );
  try {
    const cdp = await context.newCDPSession(page);
    // A new context has an empty HTTP cache already; disabling it also rules out
    // the memory cache across the page's own requests.
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Performance.enable");

    const started = Date.now();
    await within(page.goto(url, { waitUntil: "commit", timeout: timeoutMs }), timeoutMs, "navigation");
    const left = timeoutMs - (Date.now() - started);
    await within(
      page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, tool.mark, {
        polling: 50,
        timeout: 0,
      }),
      Math.max(1, left),
      `ready (${tool.mark})`,
    );
    // Navigation start is the page's time origin, so the mark's startTime is the figure.
    rec.readyMs = await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, tool.mark);
    rec.bytes = await addWorkerBytes(await page.evaluate(firstViewBytes), finished);
    // Work right after the ready mark (deferred renders, idle-time checks) still blocks the page.
    await sleep(LOAD_TAIL_MS);
    const long = await page.evaluate(
      (until) => window.__loadLong.filter(([s]) => s <= until),
      rec.readyMs + LOAD_TAIL_MS,
    );
    rec.loadLongTasks = long.length;
    rec.loadLongestTaskMs = long.reduce((m, [, d]) => Math.max(m, d), 0);
    rec.loadTasksOver100 = long.filter(([, d]) => d > 100).length;

    // Heap after a full GC: what the tool keeps, not what garbage happens to linger.
    await cdp.send("HeapProfiler.enable");
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const metric = (name) => metrics.find((x) => x.name === name)?.value ?? null;
    rec.heapBytes = metric("JSHeapUsedSize");
    rec.domNodes = metric("Nodes");

    // A screenshot is evidence, not a figure: on a huge DOM it can time out, and
    // that must not turn a measured run into an error.
    if (screenshot)
      await page.screenshot({ path: screenshot, timeout: 30_000 }).catch((e) => {
        rec.screenshotError = String(e.message ?? e).split("\n")[0];
      });
    // Last, after the gestures: load a second dataset and see the first one's memory go.
    const second = async () => {
      if (!secondUrl) return;
      await cdp.send("HeapProfiler.collectGarbage");
      rec.heapFirstBytes = (await cdp.send("Runtime.getHeapUsage")).usedSize;
      try {
        const out = await within(
          secondLoad(page, cdp, secondUrl, timeoutMs),
          timeoutMs + 5000,
          "second load",
        );
        Object.assign(rec, out);
      } catch (e) {
        rec.secondLoadError = String(e.message ?? e)
          .split("\n")[0]
          .slice(0, 200);
      }
    };
    if (!interact) {
      await second();
      return rec;
    }

    const box = await chartBox(page, tool.chart);
    if (!box || box.width < 50 || box.height < 20) {
      rec.status = "error";
      rec.errors.push(`no chart at ${tool.chart}`);
      return rec;
    }
    // Let first-render leftovers (lazy layout, fonts) finish before the stopwatch.
    await sleep(300);
    const seqStart = await page.evaluate(installRecorder);
    const t = Date.now();
    try {
      await within(sequence(page, tool, box), timeoutMs, "zoom/pan sequence");
    } catch (e) {
      if (!(e instanceof Timeout)) throw e;
      // Loading figures stand; only the interaction did not finish in time.
      rec.status = "timeout";
      rec.timeoutStage = "interaction";
      rec.errors.push(String(e.message));
      return rec;
    }
    rec.sequenceWallMs = Date.now() - t;
    const seqEnd = await within(
      page.evaluate(() => performance.now()),
      timeoutMs,
      "page after sequence",
    );

    // Idle: poll until QUIET_MS passed with no long task or long frame (settled:
    // and no DOM mutation either), or IDLE_CAP_MS after the sequence.
    let idleAt = null;
    let settledAt = null;
    for (;;) {
      const s = await page.evaluate(lastBusy, [seqEnd, LONG_FRAME_MS]);
      if (idleAt === null && s.now - s.busy >= QUIET_MS) idleAt = s.busy;
      const settle = Math.max(s.busy, s.mutation, seqEnd);
      if (settledAt === null && s.now - settle >= QUIET_MS) settledAt = settle;
      if ((idleAt !== null && settledAt !== null) || s.now - seqEnd > IDLE_CAP_MS) break;
      await sleep(100);
    }
    rec.idleMs = idleAt === null ? IDLE_CAP_MS : idleAt - seqEnd;
    rec.settledMs = settledAt === null ? IDLE_CAP_MS : settledAt - seqEnd;
    rec.idleCapped = idleAt === null;

    const data = await page.evaluate(() => {
      window.__bench.stop = true;
      return { frames: window.__bench.frames, long: window.__bench.long };
    });
    // Frames of the sequence and of its aftermath until idle: a heavy re-render
    // right after the last wheel notch is felt just the same.
    rec.sequenceMs = seqEnd - seqStart;
    rec.frame = frameStats(data.frames, seqStart, seqEnd + rec.idleMs);
    rec.longTasks = data.long.filter(([s]) => s >= seqStart).length;
    // Our other views and the search, timed the same way (bench/lib/views.mjs).
    if (views)
      try {
        rec.views = await within(exerciseViews(page, { timeoutMs }), timeoutMs + 5000, "views sequence");
      } catch (e) {
        rec.viewsError = String(e.message ?? e)
          .split("\n")[0]
          .slice(0, 200);
      }
    await second();
    return rec;
  } catch (e) {
    rec.status = e instanceof Timeout ? "timeout" : "error";
    if (e instanceof Timeout) rec.timeoutStage = rec.readyMs === undefined ? "ready" : "interaction";
    rec.errors.push(String(e.message ?? e).slice(0, 300));
    return rec;
  } finally {
    // A hung renderer can make close() hang too; the caller relaunches the browser then.
    await within(context.close(), 10_000, "closing the context").catch(() => {
      rec.hungContext = true;
    });
  }
}
