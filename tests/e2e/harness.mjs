// Shared end-to-end harness: one static server for dist/ and one headless Chromium
// per test file (node:test). Tests wait on the readiness mark of PRODUCT.md.
import { launch } from "../../scripts/chromium.mjs";
import { startServer } from "../../scripts/serve.mjs";

// The browser launcher is part of the harness for tests that open their own contexts.
export { launch };

/** Start a server for `dir` (default dist) and a browser; returns both with a `close()`. */
export async function setup({ dir = process.env.E2E_DIST ?? "dist" } = {}) {
  const server = await startServer({ dir });
  const browser = await launch();
  return {
    server,
    browser,
    base: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Open a page on `query` (e.g. "?view=table") and wait for `timeline:ready`.
 * Collects console errors and page errors into `page.errors` so tests can assert none.
 */
export async function openApp(
  browser,
  base,
  query = "",
  { viewport = { width: 1280, height: 800 }, ...ctx } = {},
) {
  const context = await browser.newContext({ viewport, ...ctx });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.errors = errors;
  await page.goto(base + query);
  await waitReady(page);
  return page;
}

export async function waitReady(page) {
  // Generous: two apps in one host page, beside another test file on two cores, can take
  // more than 15 s to draw. No speed is asserted here (that is `npm run bench`'s job).
  await page.waitForFunction(() => performance.getEntriesByName("timeline:ready").length > 0, null, {
    timeout: 30000,
  });
}

/** Run axe-core in the page; returns the violations (id + nodes). */
export async function axe(page, options = {}) {
  const { createRequire } = await import("node:module");
  const require = createRequire(import.meta.url);
  const fs = await import("node:fs");
  const src = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: src });
  return page.evaluate(async (opts) => {
    const r = await axe.run(document, opts);
    return r.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  }, options);
}

/**
 * A host site on another origin (another port) for embedding tests: `page(name, body)`
 * writes an HTML page holding `body` and returns its URL. Close it with `close()`.
 */
export async function startHost() {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const { startServer } = await import("../../scripts/serve.mjs");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spt-host-"));
  const server = await startServer({ dir });
  return {
    url: server.url,
    page(name, body, { title = "Host" } = {}) {
      fs.writeFileSync(
        path.join(dir, name),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head><body style="margin:0;padding:16px;font-family:sans-serif">${body}</body></html>`,
      );
      return server.url + name;
    },
    async close() {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The content frame of the iframe `selector`, once its app is ready. */
export async function frameReady(page, selector) {
  const handle = await page.waitForSelector(selector);
  let frame = await handle.contentFrame();
  for (let i = 0; !frame && i < 50; i++) {
    await page.waitForTimeout(100);
    frame = await handle.contentFrame();
  }
  await waitReady(frame);
  return frame;
}

/** Boxes of drawn marks and clusters that intersect on screen (should be none). */
export async function labelOverlaps(page) {
  return page.evaluate(() => {
    const boxes = [
      ...document.querySelectorAll("[data-testid=timeline-chart] .ev, [data-testid=timeline-chart] .cluster"),
    ].map((g) => {
      const r = g.getBoundingClientRect();
      return { id: g.getAttribute("data-key"), x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
    });
    const bad = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1)
          bad.push(`${a.id} × ${b.id}`);
      }
    return { count: boxes.length, bad };
  });
}
