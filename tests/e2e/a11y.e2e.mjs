// Accessibility in a real browser: axe-core in every view, theme and mode, with the
// detail panel and dialogs open; and the main flows by keyboard alone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openApp, axe } from "./harness.mjs";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const SCENARIOS = [
  ["timeline", ""],
  ["compare", "?view=compare"],
  ["table", "?view=table"],
  ["figures", "?view=figures"],
  ["dark theme", "?theme=dark"],
  ["contrast theme", "?theme=contrast"],
  ["dark table", "?view=table&theme=dark"],
  ["contrast compare", "?view=compare&theme=contrast"],
  ["contrast figures", "?view=figures&theme=contrast"],
  ["detail panel open", "?event=2003-tokyo-declaration"],
  ["zoomed in", "?from=2003&to=2009"],
  ["filtered and searched", "?actors=japan,china&q=fund"],
  ["story mode", "?story=1&step=3"],
  ["story mode, contrast", "?story=1&step=5&theme=contrast"],
  ["embed mode", "?embed=1"],
  ["embed mode, table", "?embed=1&view=table"],
];

for (const [name, query] of SCENARIOS) {
  test(`axe: no violations — ${name}`, async () => {
    const page = await openApp(env.browser, env.base, query);
    await page.waitForTimeout(250);
    const violations = await axe(page);
    assert.deepEqual(violations, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test("axe: no violations with the About dialog open", async () => {
  const page = await openApp(env.browser, env.base);
  await page.getByRole("button", { name: /About/ }).click();
  await page.getByRole("dialog").waitFor();
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});

test("axe: no violations with the Open dataset dialog open", async () => {
  const page = await openApp(env.browser, env.base);
  await page.getByRole("button", { name: /Open dataset/ }).click();
  await page.getByRole("dialog").waitFor();
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});

test("axe: no violations at phone size with the filters drawer open", async () => {
  const page = await openApp(env.browser, env.base, "", { viewport: { width: 375, height: 667 } });
  await page.getByRole("button", { name: /^Filters/ }).click();
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});

/** Press Tab until `predicate(activeElement)` holds; returns the number of presses. */
async function tabTo(page, predicate, max = 80) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(predicate)) return i;
  }
  throw new Error("focus never reached the target");
}

test("keyboard only: filter, zoom, open an event, switch views", async () => {
  const page = await openApp(env.browser, env.base);
  // Filter: untick China with the keyboard.
  await tabTo(
    page,
    () => document.activeElement?.closest("label")?.textContent?.startsWith("China") ?? false,
  );
  await page.keyboard.press("Space");
  await page.waitForFunction(() => new URL(location.href).searchParams.has("actors"));
  // Zoom with the keyboard.
  await page.keyboard.press("+");
  await page.waitForFunction(() => new URL(location.href).searchParams.has("from"));
  // Into the chart: one tab stop, then arrows and Enter.
  await tabTo(page, () => document.activeElement?.hasAttribute("data-event-id") ?? false);
  // Right and back (the neighbour may be a cluster badge, where Enter zooms in).
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  assert.ok(await page.evaluate(() => document.activeElement?.hasAttribute("data-event-id")));
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => new URL(location.href).searchParams.has("event"));
  // The panel's code loads with the first opened event: focus moves to its title once it is in.
  await page.waitForSelector("#detail-title");
  await page
    .waitForFunction(() => document.activeElement?.id === "detail-title", null, { timeout: 5000 })
    .catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.id), "detail-title");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("event"));
  assert.ok(
    await page.evaluate(() => document.activeElement?.hasAttribute("data-event-id")),
    "focus back on the mark",
  );
  // Views: tabs with arrow keys.
  await tabTo(page, () => document.activeElement?.getAttribute("role") === "tab");
  await page.keyboard.press("End");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("view") === "figures");
  await page.keyboard.press("Home");
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("view"));
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("view") === "table");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("screen-reader names of the chart marks read as date, title, actors, category", async () => {
  const page = await openApp(env.browser, env.base, "?from=2003&to=2009&actors=japan");
  const names = await page.$$eval("[data-testid=timeline-chart] [data-event-id][data-primary=true]", (els) =>
    els.map((e) => e.getAttribute("aria-label")),
  );
  assert.ok(names.length > 3);
  for (const n of names) assert.match(n, /^(\d{1,2} )?([A-Z][a-z]+ )?\d{4}(–.+)? — .+ \(.+; .+\)$/);
  await page.context().close();
});

test("a filter change is announced in the live region", async () => {
  const page = await openApp(env.browser, env.base);
  await page.getByRole("checkbox", { name: /^Japan/ }).uncheck();
  const live = page.locator("[role=status][aria-live=polite]").filter({ hasText: /events shown|No events/ });
  await live.waitFor();
  assert.match(await live.textContent(), /^\d+ of \d+ events shown/);
  await page.context().close();
});
