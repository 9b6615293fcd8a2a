// The Compare, Table and Figures views in a real browser: reached through `view=`,
// in step with the filters of the URL (the table's rows are counted against the
// dataset filtered here, independently of the app), axe-clean, no console errors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { setup, openApp, axe } from "./harness.mjs";

const data = JSON.parse(fs.readFileSync(new URL("../../data/events.json", import.meta.url), "utf8"));

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

// ---- an independent reading of PRODUCT.md's filters, to count what the table must show
function interval(text) {
  const [y, m, d] = text.split("-").map(Number);
  if (d) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
  if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}
function expectedCount(query) {
  const p = new URLSearchParams(query);
  const actors = p.get("actors")?.split(",");
  const categories = p.get("categories")?.split(",");
  const terms = (p.get("q") ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const from = p.get("from") ? interval(p.get("from"))[0] : -Infinity;
  const to = p.get("to") ? interval(p.get("to"))[1] : Infinity;
  const actorName = new Map(data.actors.map((a) => [a.id, a.name]));
  const catName = new Map(data.categories.map((c) => [c.id, c.name]));
  return data.events.filter((ev) => {
    const start = interval(ev.date)[0];
    const stop = interval(ev.end ?? ev.date)[1];
    const text = [
      ev.title,
      ev.summary,
      ev.note ?? "",
      ...ev.actors.map((a) => actorName.get(a)),
      catName.get(ev.category),
    ]
      .join(" \u0001 ")
      .toLowerCase();
    return (
      (!actors || ev.actors.some((a) => actors.includes(a))) &&
      (!categories || categories.includes(ev.category)) &&
      terms.every((t) => text.includes(t)) &&
      stop > from &&
      start < to
    );
  }).length;
}

async function tableRowCount(page) {
  await page.waitForSelector(".events-table");
  return page.locator(".events-table tbody tr[data-row]").count();
}

for (const query of [
  "?view=table",
  "?view=table&actors=japan",
  "?view=table&actors=china&categories=tourism,trade",
  "?view=table&q=fund",
  "?view=table&actors=japan,china&from=2003&to=2009",
]) {
  test(`table rows = filtered events — ${query}`, async () => {
    const page = await openApp(env.browser, env.base, query);
    const expected = expectedCount(query);
    assert.ok(expected > 0, "the scenario keeps some events");
    assert.equal(await tableRowCount(page), expected);
    // the app's own count (filter panel) agrees
    const shown = await page.locator(".filters-count").textContent();
    assert.equal(Number.parseInt(shown, 10), expected);
    assert.equal(await page.locator(".events-table").getAttribute("aria-rowcount"), String(expected + 1));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test("views are reached through view= and keep their tab selected", async () => {
  for (const [view, selector, tab] of [
    ["compare", ".cmp-chart", "Compare"],
    ["table", ".events-table", "Table"],
    ["figures", ".figures .fig-card", "Figures"],
  ]) {
    const page = await openApp(env.browser, env.base, `?view=${view}`);
    await page.waitForSelector(selector);
    assert.equal(await page.getByRole("tab", { name: tab }).getAttribute("aria-selected"), "true");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test("switching tabs updates the URL and loads the view", async () => {
  const page = await openApp(env.browser, env.base, "?actors=japan");
  await page.getByRole("tab", { name: "Timeline" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.waitForSelector(".cmp-chart");
  assert.match(page.url(), /view=compare/);
  await page.keyboard.press("ArrowRight");
  await page.waitForSelector(".events-table");
  assert.match(page.url(), /view=table/);
  assert.equal(await tableRowCount(page), expectedCount("?actors=japan"));
  await page.goBack();
  await page.waitForSelector(".cmp-chart");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("search matches are highlighted in the table and a row opens the detail", async () => {
  const page = await openApp(env.browser, env.base, "?view=table&q=confucius");
  await page.waitForSelector(".events-table");
  assert.ok((await page.locator(".events-table tbody mark").count()) > 0);
  const btn = page.locator('.events-table [data-event-id="2004-confucius-institutes"]');
  await btn.click();
  await page.waitForSelector(".detail");
  assert.match(await page.locator("#detail-title").textContent(), /Confucius/);
  assert.match(page.url(), /event=2004-confucius-institutes/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("compare and figures marks open the detail panel", async () => {
  for (const [view, sel] of [
    ["compare", '.cmp-chart [data-event-id="2003-tokyo-declaration"]'],
    ["figures", '.vc [data-event-id="2003-tokyo-declaration"]'],
  ]) {
    const page = await openApp(env.browser, env.base, `?view=${view}`);
    await page.waitForSelector(sel);
    await page.locator(sel).first().focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector(".detail");
    assert.match(await page.locator("#detail-title").textContent(), /Tokyo Declaration/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

for (const query of [
  "?view=compare",
  "?view=table&q=fund",
  "?view=figures",
  "?view=compare&theme=dark",
  "?view=figures&theme=dark",
  "?view=table&theme=contrast",
]) {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 667 },
  ]) {
    test(`axe: no violations — ${query} at ${viewport.width}px`, async () => {
      const page = await openApp(env.browser, env.base, query, { viewport });
      await page.waitForSelector(".compare, .events-table, .figures .fig-card");
      await page.waitForTimeout(200);
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
}
