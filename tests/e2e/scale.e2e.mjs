// Loading off the main thread (issue 17): a data= file is parsed and validated in a
// Web Worker; with no Worker API the main thread does it, and both give the same
// dataset and problems. Loading shows progress and can be cancelled; the inlined
// worker also runs in a sandboxed iframe and in the single file from file://.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { setup, waitReady } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";

let env;
let dataServer;
let slowServer;
before(async () => {
  env = await setup();
  dataServer = await startServer({
    dir: path.resolve("tests/fixtures"),
    headers: { "access-control-allow-origin": "*" },
  });
  // Sends the header row of a 1 MB file, then nothing: a download that never ends.
  slowServer = http.createServer((req, res) => {
    res.writeHead(200, {
      "access-control-allow-origin": "*",
      "content-type": "text/csv",
      "content-length": String(1024 * 1024),
    });
    res.write("id,date,end,title,summary,actors,category,amount,currency,source,page,link,note\n");
  });
  await new Promise((r) => slowServer.listen(0, "127.0.0.1", r));
});
after(async () => {
  await env?.close();
  await dataServer?.close();
  slowServer?.closeAllConnections();
  await new Promise((r) => slowServer?.close(r));
});

/** Open `?data=…&view=table` with or without workers; what the page shows about the dataset. */
async function loadAndRead(dataUrl, { workers }) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (!workers) await context.addInitScript(() => delete window.Worker);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  let workersStarted = 0;
  page.on("worker", () => workersStarted++);
  await page.goto(`${env.base}?view=table&data=${encodeURIComponent(dataUrl)}`);
  await waitReady(page);
  const banner = page.getByRole("status").filter({ hasText: /skipped/ });
  await banner.waitFor();
  await banner.getByRole("button", { name: /details/i }).click();
  const shown = {
    title: await page.locator(".brand-title").textContent(),
    problems: await banner.textContent(),
    rows: await page.locator("table tbody tr").allTextContents(),
  };
  await context.close();
  return { shown, workersStarted, errors };
}

test("the worker and the main-thread fallback show the same dataset and the same problems", async () => {
  const url = `${dataServer.url}bad/csv-bad-amounts.csv`;
  const inWorker = await loadAndRead(url, { workers: true });
  const onMain = await loadAndRead(url, { workers: false });
  assert.equal(inWorker.workersStarted, 1, "the worker path used a worker");
  assert.equal(onMain.workersStarted, 0, "the fallback ran without one");
  assert.ok(inWorker.shown.rows.length > 0);
  assert.match(inWorker.shown.problems, /Row \d+:/);
  assert.deepEqual(inWorker.shown, onMain.shown);
  assert.deepEqual(inWorker.errors, []);
  assert.deepEqual(onMain.errors, []);
});

test("loading shows its progress and Cancel stops it (the worker goes away)", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const closed = new Promise((resolve) => page.on("worker", (w) => w.on("close", resolve)));
  const url = `http://127.0.0.1:${slowServer.address().port}/never-ends.csv`;
  await page.goto(`${env.base}?data=${encodeURIComponent(url)}`);
  // Real bytes against the announced total.
  await page
    .getByRole("status")
    .filter({ hasText: /Loading the dataset — \d+ KB of 1\.0 MB/ })
    .waitFor();
  await page.getByRole("button", { name: "Cancel" }).click();
  await closed;
  await page.getByRole("alert").filter({ hasText: "Loading was cancelled." }).waitFor();
  assert.equal(await page.getByRole("button", { name: "Cancel" }).count(), 0);
  // The app stays usable: the built-in dataset can be opened from the dialog.
  await page.getByRole("button", { name: "Open dataset…" }).click();
  await page.getByRole("dialog", { name: "Open a dataset" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("in a sandboxed iframe (opaque origin) the inlined worker loads a data= file", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  let workersStarted = 0;
  page.on("worker", () => workersStarted++);
  const data = `${dataServer.url}e2e/hostile.csv`;
  const src = `${env.base}?embed=1&data=${encodeURIComponent(data)}`;
  await page.setContent(`<iframe sandbox="allow-scripts" src="${src}" width="800" height="500"></iframe>`);
  const frame =
    page.frames().find((f) => f !== page.mainFrame()) ?? (await page.waitForEvent("frameattached"));
  await frame.waitForFunction(() => performance.getEntriesByName("timeline:ready").length > 0, null, {
    timeout: 15000,
  });
  assert.ok((await frame.locator("[data-testid=timeline-chart] [data-event-id]").count()) >= 3);
  assert.equal(workersStarted, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the single file from file:// opens a CSV through its inlined worker", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  let workersStarted = 0;
  page.on("worker", () => workersStarted++);
  await page.goto(pathToFileURL(path.resolve("dist-offline/index.html")).href);
  await waitReady(page);
  await page.getByRole("button", { name: "Open dataset…" }).click();
  await page
    .getByLabel(/A file from this device/)
    .setInputFiles(path.resolve("tests/fixtures/bad/csv-bad-amounts.csv"));
  await page.locator(".brand-title").filter({ hasText: "csv-bad-amounts" }).waitFor();
  assert.equal(workersStarted, 1);
  assert.deepEqual(errors, []);
  await context.close();
});
