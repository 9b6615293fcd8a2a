// The first view's weight: every file the page fetches from navigation until its
// readiness mark (PRODUCT.md, `timeline:ready`) plus a settle time, as sent by a
// gzipping static host (scripts/serve.mjs). Shared by `npm run bench`,
// `node bench/firstView.mjs` and the budget check in tests/e2e/budget.e2e.mjs.

/** The budgets of issues 14, 15 and 17, in gzip bytes: English, and any other language. */
export const BUDGET = { en: 150 * 1024, other: 170 * 1024 };

/** After the ready mark, files fetched within this long still count (deferred chunks). */
export const SETTLE_MS = 1500;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const typeOf = (pathname, resourceType) =>
  resourceType === "document"
    ? "html"
    : /\.m?js$/.test(pathname)
      ? "js"
      : /\.css$/.test(pathname)
        ? "css"
        : /\.(json|csv)$/.test(pathname) || resourceType === "fetch"
          ? "data"
          : "other";

/**
 * Open `url` in a fresh context (no cache, no service worker: its precache is a background
 * download after the first view, not part of it) and sum the encoded (gzip) body sizes of
 * every request the page and its workers finished by the ready mark + `settleMs`.
 * With `settle: "idle"` it waits instead until the page has fetched nothing for `settleMs`
 * after an idle callback ran: every file the first view pulls in without a user's action,
 * whatever the machine's speed (the deterministic upper bound the budget test uses).
 * Returns { readyMs, total, byType, files: [{ path, type, bytes }] } (bytes gzip).
 */
export async function measureFirstView(
  browser,
  url,
  {
    settleMs = SETTLE_MS,
    settle = "window",
    timeoutMs = 30_000,
    viewport = { width: 1280, height: 800 },
  } = {},
) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: "block" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const finished = [];
  let lastActivity; // Date.now() of the last request started or finished
  context.on("request", () => (lastActivity = Date.now()));
  context.on("requestfinished", (r) => {
    lastActivity = Date.now();
    finished.push(r);
  });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await page.goto(url, { waitUntil: "commit", timeout: timeoutMs });
    await page.waitForFunction(() => performance.getEntriesByName("timeline:ready").length > 0, null, {
      polling: 50,
      timeout: timeoutMs,
    });
    const readyMs = await page.evaluate(() => performance.getEntriesByName("timeline:ready")[0].startTime);
    if (settle === "idle") {
      // An idle callback first (deferred work is scheduled there), then quiet on the network.
      await page.evaluate(
        () =>
          new Promise((r) =>
            "requestIdleCallback" in window
              ? requestIdleCallback(() => r(), { timeout: 5000 })
              : setTimeout(r, 1000),
          ),
      );
      lastActivity = Date.now();
      const until = Date.now() + timeoutMs;
      while (Date.now() - lastActivity < settleMs && Date.now() < until) await sleep(100);
    } else {
      // Page clock: ready + settleMs after navigation start, however long the ready took to poll.
      const now = await page.evaluate(() => performance.now());
      await sleep(Math.max(0, readyMs + settleMs - now));
    }
    const snapshot = [...finished];
    const files = [];
    for (const req of snapshot) {
      const u = new URL(req.url());
      if (u.protocol === "data:") continue;
      const sizes = await req.sizes().catch(() => null);
      if (!sizes) continue;
      files.push({
        path: u.pathname + u.search,
        type: typeOf(u.pathname, req.resourceType()),
        bytes: sizes.responseBodySize,
      });
    }
    const byType = { html: 0, js: 0, css: 0, data: 0, other: 0 };
    for (const f of files) byType[f.type] += f.bytes;
    const total = files.reduce((a, f) => a + f.bytes, 0);
    return { readyMs, total, byType, files, errors };
  } finally {
    await context.close().catch(() => {});
  }
}

/** "148.2 KB" from bytes (KB = 1,024 bytes, as the budget is written). */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The budget for a language: English's, or the one for any other. */
export const budgetFor = (lang) => (lang === "en" ? BUDGET.en : BUDGET.other);
