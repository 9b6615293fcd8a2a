// Offline and any path (issue 6): `npm run build:single` → dist-offline/index.html
// opens from file:// with every http(s) request blocked and works fully; the
// regular build (base "./") works served from a sub-path; no request leaves the
// page at run time.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { launch, waitReady, axe } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";

const SINGLE = path.resolve("dist-offline/index.html");
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A page whose every non-file request is aborted and recorded. */
async function offlinePage(viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  const blocked = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.route("**/*", (r) => {
    const u = r.request().url();
    if (u.startsWith("file:") || u.startsWith("data:")) return r.continue();
    blocked.push(u);
    return r.abort();
  });
  await context.setOffline(true);
  return { page, errors, blocked };
}

test("dist-offline/index.html is one self-contained file", () => {
  assert.ok(fs.existsSync(SINGLE), "run `npm run build:single` first");
  const html = fs.readFileSync(SINGLE, "utf8");
  // Script tags of the page itself: the inlined code may hold the text "<script src=…>" (the
  // Embed dialog's host snippet), so only tags outside script bodies are checked.
  const tags = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, "$1</script>");
  assert.doesNotMatch(tags, /<script[^>]+\bsrc=/i, "no external script");
  assert.doesNotMatch(
    html,
    /<link[^>]+rel="(stylesheet|modulepreload|preload)"/i,
    "no external stylesheet or preload",
  );
  assert.doesNotMatch(html, /href="\.\/[^"]+"/, "no file next to it is needed");
  assert.doesNotMatch(
    html,
    /@font-face|fonts\.googleapis|googletagmanager|google-analytics/i,
    "no web fonts, no analytics",
  );
  assert.doesNotMatch(html, /import\(\s*["'`][./]/, "dynamic imports are inlined");
});

test("the single file works from file:// with the network blocked: timeline, table, detail, every view", async () => {
  const { page, errors, blocked } = await offlinePage();
  await page.goto(pathToFileURL(SINGLE).href);
  await waitReady(page);

  // Timeline with events.
  const marks = page.locator("[data-event-id]");
  assert.ok((await marks.count()) > 20, "events drawn");

  // Detail panel from a mark.
  await page.goto(pathToFileURL(SINGLE).href + "?event=2003-tokyo-declaration");
  await waitReady(page);
  await page
    .getByRole("heading", { name: /Tokyo Declaration/ })
    .first()
    .waitFor();

  // Every view renders (lazy chunks are inlined).
  for (const [name, check] of [
    ["Table", "table tbody tr"],
    ["Compare", "[role=tabpanel]"],
    ["Figures", "[role=tabpanel]"],
    ["Timeline", "[data-event-id]"],
  ]) {
    await page.getByRole("tab", { name }).click();
    await page.getByRole("tab", { name, selected: true }).waitFor();
    await page.locator(check).first().waitFor();
  }
  assert.ok((await page.locator("[role=tabpanel]").innerText()).length > 0);

  // Dialogs load too (focus-trap and the Embed dialog are lazy in the regular build).
  await page.getByRole("button", { name: "Embed" }).click();
  await page.getByRole("dialog", { name: "Embed this timeline" }).waitFor();
  await page.getByLabel("iframe code").waitFor();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: /^About/ }).click();
  await page.getByRole("dialog", { name: "About this timeline" }).waitFor();
  await page.keyboard.press("Escape");

  assert.deepEqual(blocked, [], "no request left the page");
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("the single file in embed mode from file://, axe clean", async () => {
  const { page, errors, blocked } = await offlinePage({ width: 600, height: 450 });
  await page.goto(pathToFileURL(SINGLE).href + "?embed=1&view=table");
  await waitReady(page);
  await page.getByRole("tab", { name: "Table", selected: true }).waitFor();
  await page.locator("table tbody tr").first().waitFor();
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(blocked, []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("the regular build works from a sub-path (/sub/path/) and asks for nothing elsewhere", async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "spt-subpath-"));
  fs.cpSync("dist", path.join(root, "sub", "path"), { recursive: true });
  const server = await startServer({ dir: root });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  const failed = [];
  const requests = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("request", (r) => requests.push(r.url()));
  page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  try {
    for (const q of ["", "?view=table&embed=1"]) {
      await page.goto(`${server.url}sub/path/${q}`);
      await waitReady(page);
      // Views other than the timeline are lazy chunks: wait for them.
      await page.locator("[data-event-id], table tbody tr").nth(5).waitFor();
    }
    await page.getByRole("tab", { name: "Compare" }).click();
    await page.getByRole("tab", { name: "Compare", selected: true }).waitFor();
    assert.deepEqual(failed, []);
    assert.ok(
      requests.every((u) => u.startsWith(`${server.url}sub/path/`) || u.startsWith("data:")),
      requests.join("\n"),
    );
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
