// Share as a link and offline in class (issue 14): a timeline opened from a file is
// shared as one link and opens identically in a fresh browser with no server holding
// it; forged links give a message, never a crash or a script; after one visit the app
// loads with the network off (the service worker). tests/e2e/offline.e2e.mjs covers
// the single-file build from file://, which has no service worker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import zlib from "node:zlib";
import path from "node:path";
import { setup, openApp, waitReady, axe } from "./harness.mjs";

const FIXTURE = path.resolve("tests/fixtures/events.small.json");
let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** A fragment as the codec makes it, forged here from any text. */
const forge = (text) => `#d1.${zlib.deflateRawSync(Buffer.from(text)).toString("base64url")}`;

/** Every row of the table view: date, title, actors, category, in order. */
const tableRows = (page) =>
  page.$$eval("table tbody tr", (rows) => rows.map((r) => r.innerText.replace(/\s+/g, " ").trim()));

test("a timeline opened from a file, shared as a link, opens identically in a fresh browser", async () => {
  const page = await openApp(env.browser, env.base, "?view=table");
  // As a teacher does: Open dataset…, then the file (the dialog loads when first opened).
  await page.getByRole("button", { name: "Open dataset…" }).click();
  await page
    .getByRole("dialog", { name: "Open a dataset" })
    .getByLabel(/A file from this device/)
    .setInputFiles(FIXTURE);
  await page.getByRole("complementary", { name: "Where this timeline comes from" }).waitFor();
  await page.getByRole("heading", { name: "Small test dataset", level: 1 }).waitFor();
  await page.getByRole("checkbox", { name: "China" }).uncheck();
  await page.locator("table tbody tr").first().waitFor();
  const rows = await tableRows(page);
  assert.ok(rows.length >= 3, rows.join("\n"));

  await page.getByRole("button", { name: "Share link" }).click();
  const dialog = page.getByRole("dialog", { name: "Share this timeline as a link" });
  const field = dialog.getByLabel("Share link", { exact: true });
  await field.waitFor();
  const link = await field.inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/\?[^#]*view=table[^#]*#d1\.[A-Za-z0-9_-]+$/);
  assert.match(await dialog.innerText(), new RegExp(`${link.length.toLocaleString("en")} characters`));
  await dialog.getByRole("button", { name: /^Copy/ }).click();
  await dialog
    .getByRole("status")
    .filter({ hasText: /Copied|Ctrl\+C/ })
    .waitFor();
  assert.deepEqual(await axe(page, { include: [".share-modal"] }), []);
  await page.keyboard.press("Escape");

  // A fresh browser context: no storage, no file, nothing but the link.
  const fresh = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const other = await fresh.newPage();
  const errors = [];
  const requested = [];
  other.on("pageerror", (e) => errors.push(String(e)));
  other.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  other.on("request", (r) => requested.push(r.url()));
  await other.goto(link);
  await waitReady(other);
  const mark = other.getByRole("complementary", { name: "Where this timeline comes from" });
  await mark.waitFor();
  assert.match(await mark.innerText(), /Shared timeline: made by whoever sent you this link/);
  assert.match(await mark.innerText(), /Small test dataset/);
  await mark.getByText(/Its sources \(2\)/).click();
  assert.equal(await mark.getByRole("listitem").count(), 2);
  await other.getByRole("heading", { name: "Small test dataset", level: 1 }).waitFor();
  await other.locator("table tbody tr").first().waitFor();
  assert.deepEqual(await tableRows(other), rows, "identical events, same filters");
  // The fragment never left the browser.
  assert.ok(requested.length > 0);
  assert.ok(
    requested.every((u) => !u.includes("d1.")),
    requested.filter((u) => u.includes("d1.")).join("\n"),
  );
  assert.deepEqual(errors, []);

  // Opening another dataset drops the fragment from the address.
  await mark.getByRole("button", { name: "Open the built-in timeline" }).click();
  await mark.waitFor({ state: "detached" });
  await other.waitForFunction(() => location.hash === "");
  await fresh.close();
  await page.context().close();
});

test("forged and damaged links give a clear message, never a crash, never a script", async () => {
  const ctx = await env.browser.newContext();
  const page = await ctx.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const cases = [
    ["#d1.not*base64", /damaged.*characters a share link never has/],
    ["#d1.AAAAbroken", /damaged.*could not be unpacked/],
    ["#d9.AAAA", /format d9/],
    [forge("{ not json"), /could not be opened.*JSON is not valid at line 1/],
    [forge('{"title":"No events"}'), /could not be opened.*not a usable dataset/],
    [
      forge(
        JSON.stringify({
          schemaVersion: 1,
          title: "<img src=x onerror=window.__pwned=1>",
          actors: [{ id: "a", name: "<script>window.__pwned=2</script>" }],
          categories: [{ id: "c", name: "C", dimension: "aid" }],
          sources: [{ id: "s", title: "S", url: "javascript:window.__pwned=3" }],
          events: [],
        }),
      ),
      /could not be opened.*http or https/,
    ],
  ];
  for (const [hash, message] of cases) {
    await page.goto(`${env.base}${hash}`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match(await alert.innerText(), message, hash.slice(0, 40));
    // The rest still works.
    await page.getByRole("button", { name: "Load the built-in dataset" }).waitFor();
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.getByRole("button", { name: "Load the built-in dataset" }).click();
  await waitReady(page);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test("after one visit the app loads with the network off (service worker)", async () => {
  const page = await openApp(env.browser, env.base);
  // The worker installs after the first visit's load and caches the shell and data.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.context().setOffline(true);
  await page.goto(`${env.base}?view=table&actors=japan`);
  await waitReady(page);
  await page.locator("table tbody tr").first().waitFor();
  // Lazy chunks come from the cache too.
  await page.getByRole("tab", { name: "Compare" }).click();
  await page.getByRole("tab", { name: "Compare", selected: true }).waitFor();
  await page.locator("[role=tabpanel]").first().waitFor();
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("no service worker inside a frame", async () => {
  const ctx = await env.browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${env.base}host-example.html`).catch(() => undefined);
  await page.setContent(`<iframe src="${env.base}?embed=1" style="width:600px;height:500px"></iframe>`);
  const frame = page.frames()[1];
  await waitReady(frame);
  await new Promise((r) => setTimeout(r, 500));
  const regs = await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
  assert.equal(regs, 0);
  await ctx.close();
});
