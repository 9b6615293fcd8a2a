// The timeline in a real browser: zoom, deep links, history, keyboard, and no overlapping labels.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openApp, labelOverlaps as overlaps } from "./harness.mjs";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const params = (page) => new URL(page.url()).searchParams;

test("first render: events are focusable with names that begin with their date", async () => {
  const page = await openApp(env.browser, env.base);
  const marks = page.locator("[data-testid=timeline-chart] [data-event-id]");
  assert.ok((await marks.count()) > 20, "many events drawn");
  const fukuda = page.locator('[data-event-id="1977-fukuda-doctrine"]').first();
  const name = await fukuda.getAttribute("aria-label");
  assert.match(name, /^1977 — .*Fukuda/);
  assert.equal((await fukuda.getAttribute("tabindex")) !== null, true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const [w, h] of [
  [1280, 800],
  [1024, 768],
  [375, 667],
]) {
  for (const q of ["", "?from=2003&to=2009"]) {
    test(`no label overlaps another at ${w}×${h} ${q || "zoomed out"}`, async () => {
      const page = await openApp(env.browser, env.base, q, { viewport: { width: w, height: h } });
      const { count, bad } = await overlaps(page);
      assert.ok(count > 5);
      assert.deepEqual(bad, []);
      // Nothing drawn past the chart's right edge.
      const cut = await page.evaluate(() => {
        const area = document.querySelector("[data-testid=timeline-chart]").getBoundingClientRect();
        return [...document.querySelectorAll("[data-testid=timeline-chart] .ev text")]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.right > area.right + 1 || r.left < area.left - 1;
          })
          .map((t) => t.textContent);
      });
      assert.deepEqual(cut, []);
      await page.context().close();
    });
  }
}

test("wheel zoom over the chart changes from/to in the address", async () => {
  const page = await openApp(env.browser, env.base);
  assert.equal(params(page).get("from"), null);
  const box = await page.locator("[data-testid=timeline-chart] svg").boundingBox();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(40);
  }
  await page.waitForFunction(() => new URL(location.href).searchParams.has("from"));
  const from = params(page).get("from");
  const to = params(page).get("to");
  assert.ok(from && to, "range written");
  assert.ok(Number(to.slice(0, 4)) - Number(from.slice(0, 4)) < 60, "zoomed in");
  await page.context().close();
});

test("keyboard + zooms in and 0 resets", async () => {
  const page = await openApp(env.browser, env.base);
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  await page.waitForFunction(() => new URL(location.href).searchParams.has("from"));
  await page.keyboard.press("0");
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("from"));
  await page.context().close();
});

test("a deep link with actors, from, to and event restores the view", async () => {
  const page = await openApp(
    env.browser,
    env.base,
    "?actors=japan,china&from=1997&to=2008&event=2003-tokyo-declaration",
  );
  const lanes = await page.locator(".lane-name").allTextContents();
  assert.deepEqual(
    lanes.map((s) => s.toLowerCase()),
    ["japan", "china"],
  );
  assert.equal(await page.locator(".zoom-range").textContent(), "1997 – 2008");
  const detail = page.getByRole("complementary", { name: /Tokyo Declaration/ });
  await detail.waitFor();
  assert.match(await detail.textContent(), /3 billion/);
  assert.ok(await page.locator('[data-event-id="2003-tokyo-declaration"]').first().isVisible());
  await page.context().close();
});

test("Back after a filter change restores the previous filters", async () => {
  const page = await openApp(env.browser, env.base);
  await page.getByRole("checkbox", { name: /^China/ }).uncheck();
  await page.waitForFunction(() => new URL(location.href).searchParams.has("actors"));
  assert.ok(!params(page).get("actors").split(",").includes("china"));
  await page.goBack();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("actors"));
  assert.equal(await page.getByRole("checkbox", { name: /^China/ }).isChecked(), true);
  await page.goForward();
  await page.waitForFunction(() => new URL(location.href).searchParams.has("actors"));
  assert.equal(await page.getByRole("checkbox", { name: /^China/ }).isChecked(), false);
  await page.context().close();
});

test("arrow keys move between events and Enter opens one", async () => {
  const page = await openApp(env.browser, env.base, "?from=2003&to=2009&actors=japan");
  const first = page.locator('[data-testid=timeline-chart] [tabindex="0"]');
  await first.focus();
  const before = await page.evaluate(() => document.activeElement.getAttribute("data-key"));
  await page.keyboard.press("ArrowRight");
  const afterRight = await page.evaluate(() => document.activeElement.getAttribute("data-key"));
  assert.notEqual(afterRight, before);
  await page.keyboard.press("ArrowLeft");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("data-key")), before);
  await page.keyboard.press("ArrowRight");
  const id = await page.evaluate(() => document.activeElement.getAttribute("data-event-id"));
  await page.keyboard.press("Enter");
  await page.waitForFunction((id) => new URL(location.href).searchParams.get("event") === id, id);
  await page.locator(".detail").waitFor();
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("event"));
  await page.context().close();
});

test("a cluster zooms in on click", async () => {
  const page = await openApp(env.browser, env.base, "", { viewport: { width: 1024, height: 768 } });
  const cluster = page.locator("[data-testid=timeline-chart] .cluster").first();
  const n = Number((await cluster.textContent()).replace("+", ""));
  assert.ok(n >= 1);
  await cluster.click();
  await page.waitForFunction(() => new URL(location.href).searchParams.has("from"));
  await page.context().close();
});

test("dragging the overview brush moves the view", async () => {
  const page = await openApp(env.browser, env.base, "?from=1990&to=2000");
  const sel = await page.locator(".overview-brush .selection").boundingBox();
  await page.mouse.move(sel.x + sel.width / 2, sel.y + sel.height / 2);
  await page.mouse.down();
  await page.mouse.move(sel.x + sel.width / 2 + 80, sel.y + sel.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => new URL(location.href).searchParams.get("from") !== "1990");
  assert.ok(Number(params(page).get("from").slice(0, 4)) > 1990);
  await page.context().close();
});

test("on a phone, the first touch on the overview drags the view (the brush is there before it)", async () => {
  const page = await openApp(env.browser, env.base, "?from=1990&to=2000", {
    viewport: { width: 375, height: 667 },
    isMobile: true,
    hasTouch: true,
  });
  // No touch, click or key yet: the page has only been opened.
  const sel = page.locator(".overview-brush .selection");
  await sel.waitFor();
  const box = await sel.boundingBox();
  const cdp = await page.context().newCDPSession(page);
  const y = box.y + box.height / 2;
  const x0 = box.x + box.width / 2;
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: x0, y }] });
  for (let k = 1; k <= 6; k++)
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: x0 + k * 10, y }] });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await page.waitForFunction(() => new URL(location.href).searchParams.get("from") !== "1990", null, {
    timeout: 5000,
  });
  assert.ok(Number(params(page).get("from").slice(0, 4)) > 1990);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
