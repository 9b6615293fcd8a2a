// Bring your own data: a CSV with a bad row and hostile text, loaded through `data=`
// from another origin. The valid rows are drawn, the bad row is reported, no script runs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { setup, openApp } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";

let env;
let dataServer;
before(async () => {
  env = await setup();
  dataServer = await startServer({
    dir: path.resolve("tests/fixtures/e2e"),
    headers: { "access-control-allow-origin": "*" },
  });
});
after(async () => {
  await env?.close();
  await dataServer?.close();
});

test("a CSV with a bad row and hostile text: valid rows drawn, row reported, nothing executed", async () => {
  const url = `${dataServer.url}hostile.csv`;
  const page = await openApp(env.browser, env.base, `?data=${encodeURIComponent(url)}`);
  // Three valid rows drawn (one with two actors appears in two lanes).
  const ids = await page.$$eval("[data-testid=timeline-chart] [data-event-id]", (els) => [
    ...new Set(els.map((e) => e.getAttribute("data-event-id"))),
  ]);
  assert.deepEqual(ids.sort(), ["2001-safe-event", "2002-hostile-title", "2004-svg-payload"]);
  // The skipped row is reported in plain words with its row number.
  const banner = page.getByRole("status").filter({ hasText: /skipped/ });
  await banner.waitFor();
  assert.match(await banner.textContent(), /2 rows skipped/);
  await banner.getByRole("button", { name: /details/i }).click();
  assert.match(await banner.textContent(), /Row 4: .*2023-13-45/);
  assert.match(await banner.textContent(), /Row 6: .*http/);
  // Nothing ran, nothing was parsed as HTML.
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator("#root img, #root script, #root svg svg").count(), 0);
  const name = await page.locator('[data-event-id="2002-hostile-title"]').first().getAttribute("aria-label");
  assert.match(name, /^2002 — <img src=x onerror="window.__pwned=1">Hostile title/);
  // No javascript: link anywhere.
  await page.locator('[data-event-id="2002-hostile-title"]').first().click();
  await page.locator(".detail").waitFor();
  assert.equal(await page.locator("a[href^='javascript']").count(), 0);
  assert.match(await page.locator(".detail").textContent(), /<script>window.__pwned=2<\/script>/);
  // The deep link keeps data=.
  assert.equal(new URL(page.url()).searchParams.get("data"), url);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a data= URL that fails shows a clear message and the app stays usable", async () => {
  // No dataset loads, so there is no readiness mark to wait for: open the page directly.
  const ctx = await env.browser.newContext();
  const p = await ctx.newPage();
  await p.goto(`${env.base}?data=${encodeURIComponent(`${dataServer.url}missing.csv`)}`);
  const alert = p.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be loaded/i);
  await p.getByRole("button", { name: "Load the built-in dataset" }).click();
  await p.waitForFunction(() => performance.getEntriesByName("timeline:ready").length > 0);
  assert.ok((await p.locator("[data-event-id]").count()) > 10);
  await ctx.close();
});
