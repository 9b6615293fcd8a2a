// The scripted use of our other views, after the timeline's zoom and pan: a switch
// to Table, Figures and Compare (each with a scroll or a look), a search typed in
// the filter panel and cleared, and back to Timeline. Frame times are recorded from
// the page's own requestAnimationFrame clock, as for the gestures (measure.mjs), so
// "Table, Figures, Compare and the filters stay fluid" is a figure, not a claim.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** In page: a fresh rAF recorder and long-task observer for this sequence. */
function installViewRecorder() {
  const b = { frames: [], long: [], stop: false };
  window.__views = b;
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
    // Not Chromium.
  }
  return performance.now();
}

/** In page: stop recording; frame gaps and long tasks per step window. */
function collectViewRecord(steps) {
  const b = window.__views;
  b.stop = true;
  const gaps = [];
  for (let i = 1; i < b.frames.length; i++) gaps.push([b.frames[i], b.frames[i] - b.frames[i - 1]]);
  return steps.map(([name, from, to]) => ({
    name,
    ms: to - from,
    gaps: gaps.filter(([t]) => t > from && t <= to + 200).map(([, g]) => g),
    longest: Math.max(0, ...b.long.filter(([s]) => s >= from - 1 && s <= to).map(([, d]) => d)),
  }));
}

const nearest = (values, p) => {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

/**
 * Run the sequence on a ready page of ours. Each step ends when its view shows
 * (the tab's panel is visible) and two frames have painted, so a step's time is
 * what a person waits. Returns per-step times and frame figures, and the whole.
 */
export async function exerciseViews(page, { timeoutMs = 60_000, log = null } = {}) {
  const steps = [];
  await page.evaluate(installViewRecorder);
  const now = () => page.evaluate(() => performance.now());
  const painted = () =>
    page.evaluate(
      () =>
        new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))),
    );
  const tab = async (name) => {
    const from = await now();
    await page.getByRole("tab", { name, exact: true }).click({ timeout: timeoutMs });
    await page.locator(`[role="tabpanel"][aria-labelledby="tab-${name.toLowerCase()}"]`).first().waitFor({
      state: "visible",
      timeout: timeoutMs,
    });
    steps.push([name, from, await painted()]);
    log?.(`${name}: ${Math.round(steps.at(-1)[2] - from)} ms`);
  };

  await tab("Table");
  // Scroll the table a few screens: the windowing at work.
  {
    const from = await now();
    const grid = page.locator('[role="tabpanel"]:visible').first();
    const box = await grid.boundingBox();
    if (box) {
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
      for (let i = 0; i < 10; i++) {
        await page.mouse.wheel(0, 400);
        await sleep(30);
      }
    }
    steps.push(["Table scroll", from, await painted()]);
  }
  await tab("Figures");
  await tab("Compare");
  // A search, typed as a person types (then the debounce), and cleared.
  {
    const box = page.getByRole("searchbox", { name: "Search events" });
    const from = await now();
    await box.click({ timeout: timeoutMs });
    await box.pressSequentially("tsunami relief", { delay: 40 });
    await box.press("Enter");
    await sleep(300);
    steps.push(["Search", from, await painted()]);
    const from2 = await now();
    await box.fill("");
    await box.press("Enter");
    await sleep(300);
    steps.push(["Clear search", from2, await painted()]);
  }
  await tab("Timeline");

  const per = await page.evaluate(collectViewRecord, steps);
  const all = per.flatMap((s) => s.gaps);
  return {
    steps: per.map((s) => ({
      name: s.name,
      ms: Math.round(s.ms),
      frameMax: s.gaps.length ? Math.round(Math.max(...s.gaps)) : null,
      longestTask: Math.round(s.longest),
    })),
    frame: {
      p50: nearest(all, 50),
      p95: nearest(all, 95),
      max: all.length ? Math.max(...all) : null,
      over50: all.filter((g) => g > 50).length,
      count: all.length,
    },
    /** The slowest tab switch (click to painted), the figure a person feels most. */
    slowestSwitchMs: Math.round(
      Math.max(...per.filter((s) => !/scroll|search/i.test(s.name)).map((s) => s.ms)),
    ),
  };
}
