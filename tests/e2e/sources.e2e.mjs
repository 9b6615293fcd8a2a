// Where a fact comes from, in the browser: a date the documents do not print says so in
// the detail panel (desktop and phone), and a story step names the events its narration
// rests on as "Based on:" buttons that open them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openApp } from "./harness.mjs";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true };

for (const [name, opts] of [
  ["desktop", {}],
  ["phone", PHONE],
]) {
  test(`a placed date says so in the detail panel (${name})`, async () => {
    const page = await openApp(env.browser, env.base, "?event=1997-cmi-abmi", opts);
    const kind = page.locator(".detail-datekind");
    await kind.waitFor({ state: "visible" });
    assert.match(await kind.innerText(), /^Placed at 1997: the documents give no year/);
    assert.equal(await kind.getAttribute("data-date-kind"), "placed");
    // It is on screen, not clipped by the panel: inside the viewport's width.
    const box = await kind.boundingBox();
    const vw = page.viewportSize().width;
    assert.ok(box && box.x >= 0 && box.x + box.width <= vw + 0.5, `date kind at ${JSON.stringify(box)}`);
    // A printed date shows no such line.
    await page.goto(env.base + "?event=2003-tokyo-declaration");
    await page.locator(".detail-title").waitFor();
    assert.equal(await page.locator(".detail-datekind").count(), 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test("a story step's 'Based on:' buttons open the events its narration rests on", async () => {
  const page = await openApp(env.browser, env.base, "?story=1&step=12");
  await page.waitForSelector('.story[data-step="12"]');
  const basis = page.getByRole("list", { name: "Based on:" });
  const buttons = basis.getByRole("button");
  assert.equal(await buttons.count(), 2);
  const second = buttons.nth(1);
  assert.match(await second.innerText(), /soft-power diplomacy for a decade/);
  await second.click();
  const title = page.locator("#detail-title");
  await title.waitFor();
  assert.equal(await title.innerText(), "Japan has stressed soft-power diplomacy for a decade");
  // The detail says the date was placed, and the story is still on its step.
  assert.match(await page.locator(".detail-datekind").innerText(), /^Placed at 2009:/);
  assert.equal(new URL(page.url()).searchParams.get("event"), "2009-japan-soft-power-decade");
  assert.equal(await page.locator(".story").getAttribute("data-step"), "12");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("on a phone the 'Based on:' list starts folded and unfolds with a tap", async () => {
  const page = await openApp(env.browser, env.base, "?story=1&step=14", PHONE);
  await page.waitForSelector('.story[data-step="14"]');
  const summary = page.locator(".story-basis > summary");
  assert.equal(await summary.innerText(), "Based on: 3 events");
  assert.equal(await page.locator("[data-basis-id]").first().isVisible(), false);
  await summary.tap();
  const first = page.locator('[data-basis-id="2020-covid-response-fund"]');
  await first.waitFor({ state: "visible" });
  await first.tap();
  await page.locator("#detail-title").waitFor();
  assert.equal(await page.locator("#detail-title").innerText(), "Japan backs ASEAN's COVID-19 Response Fund");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
