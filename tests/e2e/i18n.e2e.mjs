// The interface in twelve languages (issue 15), in a real browser: every view of every
// locale renders with no missing catalog key, no console error, the right <html lang>
// and dir, and axe clean; chart labels do not overlap in Japanese, Thai and Burmese;
// `lang=vi` survives a share link, a citation and an embed code.
//
// Kept fast for CI (2 cores): one browser and one page reused for the sweep, each view
// reached by navigation; axe on the timeline of every locale and on every view in ja.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { setup, openApp, waitReady, axe, startHost, frameReady, labelOverlaps } from "./harness.mjs";

const catalog = (l) =>
  JSON.parse(fs.readFileSync(new URL(`../../src/i18n/catalogs/${l}.json`, import.meta.url), "utf8"));
const LOCALES = ["en", "ja", "zh-Hans", "ko", "id", "ms", "vi", "th", "fil", "km", "lo", "my"];
const KEYS = Object.keys(catalog("en"));
const vi = catalog("vi");

/**
 * Every view, how a reader reaches it from the one before (a tab, the Story button: no
 * reload, so a locale costs one page load) and an element that shows it has rendered.
 */
const VIEWS = [
  ["timeline", null, "[data-testid=timeline-chart] [data-event-id]"],
  ["compare", "#tab-compare", ".compare"],
  ["table", "#tab-table", ".events-table tbody tr"],
  ["figures", "#tab-figures", ".figures .fig-card"],
  ["story", "[data-story-button]", ".story[data-step]"],
];
/** axe reports only violations: collecting the passes would double its time. */
const AXE = { resultTypes: ["violations"] };

let env;
let page;
before(async () => {
  env = await setup();
  page = await openApp(env.browser, env.base, "?lang=en");
});
after(async () => {
  await env?.close();
});

/** Open `query` in the shared page and wait until the app is ready in language `lang`. */
async function open(lang, query, ready) {
  page.errors.length = 0;
  await page.goto(`${env.base}?lang=${lang}${query ? `&${query}` : ""}`);
  await waitReady(page);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 10000 });
  if (ready) await page.waitForSelector(ready, { timeout: 10000 });
}

/**
 * What a reader would see of a catalog gone wrong: a message id shown instead of its text
 * (Lingui renders a missing message as its id, e.g. "embed.title") or a placeholder left
 * unfilled ("{count}"), in the page's text or in the names and hints assistive technology reads.
 */
function missingKeys(page) {
  return page.evaluate((keys) => {
    const ids = new Set(keys);
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const style = n.parentElement?.closest("script, style");
      if (!style) texts.push(n.textContent ?? "");
    }
    for (const el of document.querySelectorAll(
      "[aria-label], [title], [placeholder], [alt], [aria-roledescription]",
    ))
      for (const a of ["aria-label", "title", "placeholder", "alt", "aria-roledescription"]) {
        const v = el.getAttribute(a);
        if (v) texts.push(v);
      }
    const found = new Set();
    for (const t of texts) {
      for (const m of t.matchAll(/[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+/g))
        if (ids.has(m[0])) found.add(m[0]);
      for (const m of t.matchAll(/\{[A-Za-z_][A-Za-z0-9_]*(?:,[^}]*)?\}/g)) found.add(m[0]);
    }
    return [...found];
  }, KEYS);
}

async function htmlLangDir(page) {
  return page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
}

for (const lang of LOCALES) {
  test(`${lang}: every view renders with no missing key, no console error, lang and dir set`, async () => {
    await open(lang, "");
    for (const [view, control, ready] of VIEWS) {
      if (control) await page.locator(control).click();
      await page.waitForSelector(ready, { timeout: 10000 });
      assert.deepEqual(await htmlLangDir(page), [lang, "ltr"], `${lang} ${view}`);
      assert.deepEqual(await missingKeys(page), [], `${lang} ${view}: message ids or placeholders shown`);
      if (view === "timeline" || lang === "ja")
        assert.deepEqual(await axe(page, AXE), [], `${lang} ${view}: axe`);
      assert.deepEqual(page.errors, [], `${lang} ${view}: console errors`);
    }
  });
}

for (const lang of ["ja", "th", "my"]) {
  for (const [width, height] of [
    [1280, 800],
    [375, 667],
  ]) {
    test(`${lang}: no chart label overlaps another at ${width}×${height}`, async () => {
      await page.setViewportSize({ width, height });
      try {
        for (const query of ["", "from=2003&to=2009"]) {
          await open(lang, query, "[data-testid=timeline-chart] [data-event-id]");
          const { count, bad } = await labelOverlaps(page);
          assert.ok(count > 5, `${lang} ${query}: marks drawn`);
          assert.deepEqual(bad, [], `${lang} ${query || "zoomed out"}`);
        }
      } finally {
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    });
  }
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A control named exactly by one of these catalog texts. */
const named = (...texts) => new RegExp(`^(${texts.filter(Boolean).map(escape).join("|")})$`);
/** A fresh context with English browser languages: only the link can make it Vietnamese. */
async function freshPage() {
  const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
  const p = await ctx.newPage();
  p.errors = [];
  p.on("pageerror", (e) => p.errors.push(String(e)));
  p.on("console", (m) => m.type() === "error" && p.errors.push(m.text()));
  return p;
}

test("lang=vi survives a share link opened in a fresh browser, and the citation carries it", async () => {
  await open("vi", "view=table&actors=japan");
  await page.getByRole("button", { name: named(vi["share.button"]) }).click();
  const link = await page.locator(".share-modal textarea").first().inputValue();
  assert.equal(new URL(link).searchParams.get("lang"), "vi", link);
  await page.keyboard.press("Escape");

  const other = await freshPage();
  await other.goto(link);
  await waitReady(other);
  await other.waitForFunction(() => document.documentElement.lang === "vi");
  await other.getByRole("tab", { name: vi["view.table"], selected: true }).waitFor();
  await other.locator(".events-table tbody tr").first().waitFor();
  assert.deepEqual(await missingKeys(other), []);
  assert.deepEqual(other.errors, []);
  await other.context().close();

  await page.getByRole("button", { name: named(vi["cite.button"]) }).click();
  const cite = await page.locator(".cite-text").innerText();
  assert.match(cite, /[?&]lang=vi(&|\s|$)/, cite);
  await page.keyboard.press("Escape");
  assert.deepEqual(page.errors, []);
});

test("lang=vi survives embedding: the Embed dialog's code carries it and the iframe shows Vietnamese", async () => {
  await open("vi", "view=table");
  await page.getByRole("button", { name: vi["embed.button"] }).click();
  const dialog = page.getByRole("dialog", { name: vi["embed.title"] });
  await dialog.waitFor();
  const code = await dialog.getByLabel(vi["embed.iframeCode"]).inputValue();
  const src = /src="([^"]*)"/.exec(code)?.[1]?.replace(/&amp;/g, "&") ?? "";
  assert.equal(new URL(src).searchParams.get("lang"), "vi", code);
  await page.keyboard.press("Escape");

  const host = await startHost();
  try {
    const other = await freshPage();
    await other.goto(host.page("vi.html", code));
    const frame = await frameReady(other, "iframe#soft-power-timeline");
    await frame.waitForFunction(() => document.documentElement.lang === "vi");
    await frame.getByRole("tab", { name: vi["view.table"], selected: true }).waitFor();
    assert.deepEqual(await missingKeys(frame), []);
    assert.deepEqual(other.errors, []);
    await other.context().close();
  } finally {
    await host.close();
  }
  assert.deepEqual(page.errors, []);
});
