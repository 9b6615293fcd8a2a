// Every screen holds up (issue 12, the shell and the story): the page never scrolls, the
// phone header fits, menus are never clipped, keyboard, Copy link, About, honest years, the
// dataset's own title, story focus and a presentation that fits. At the sizes named there.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { setup, openApp, axe } from "./harness.mjs";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const DESKTOP = [
  [1280, 800],
  [1280, 720],
  [1024, 768],
];
const PHONE = { width: 375, height: 667 };
const VIEWS = ["timeline", "table", "figures", "compare"];
const vp = ([width, height]) => ({ viewport: { width, height } });
const raw = JSON.parse(fs.readFileSync("data/events.json", "utf8"));

/** Where the page and its regions stand: the document's own scroll, and which regions scroll. */
function scrollState(page) {
  return page.evaluate(() => {
    const se = document.scrollingElement;
    const scrollers = [...document.querySelectorAll("#root *")].filter((el) => {
      const cs = getComputedStyle(el);
      const o = cs.overflowY;
      return (
        (o === "auto" || o === "scroll") &&
        cs.visibility === "visible" &&
        el.scrollHeight > el.clientHeight + 1 &&
        el.clientHeight > 0
      );
    });
    return {
      pageScrolls: se.scrollHeight > innerHeight + 1,
      scrollY: window.scrollY,
      scrollers: scrollers.map((el) => el.className),
      nested: scrollers.some((a) => scrollers.some((b) => a !== b && a.contains(b))),
    };
  });
}

for (const size of DESKTOP) {
  test(`the page never scrolls at ${size.join("×")}: views scroll inside their own region`, async () => {
    for (const view of VIEWS) {
      const page = await openApp(env.browser, env.base, view === "timeline" ? "" : `?view=${view}`, vp(size));
      await page.locator("[role=tabpanel]").first().waitFor();
      const s = await scrollState(page);
      assert.equal(s.pageScrolls, false, `${view}: the document is taller than the window`);
      // A wheel over the header (and over the view) never moves the page.
      await page.mouse.move(200, 20);
      await page.mouse.wheel(0, 600);
      await page.mouse.move(size[0] / 2, size[1] - 60);
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(50); // let the scroll events land (not a timing assertion)
      const after = await scrollState(page);
      assert.equal(after.scrollY, 0, `${view}: the page slid`);
      const header = await page.locator(".app-header").boundingBox();
      assert.equal(Math.round(header.y), 0, `${view}: the header moved`);
      if (view === "table" || view === "figures") {
        const top = await page
          .locator(".view-panel")
          .evaluate((el) => Math.max(el.scrollTop, ...[...el.querySelectorAll("*")].map((c) => c.scrollTop)));
        assert.ok(top > 0, `${view}: the view scrolls inside its panel`);
      }
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });
}

test("phones (375×667): one natural scroll, never two nested", async () => {
  for (const view of VIEWS) {
    const page = await openApp(env.browser, env.base, view === "timeline" ? "" : `?view=${view}`, {
      viewport: PHONE,
    });
    const s = await scrollState(page);
    assert.equal(s.pageScrolls, false, `${view}: the document scrolls`);
    assert.equal(s.nested, false, `${view}: nested scrolling regions ${s.scrollers.join(" / ")}`);
    await page.context().close();
  }
});

test("phones (375×667): the header fits, the rest is in More, one button style and size", async () => {
  const page = await openApp(env.browser, env.base, "", { viewport: PHONE });
  const boxes = await page.$$eval(".app-header button, .app-header a, .view-actions button", (els) =>
    els
      .filter((el) => el.getClientRects().length > 0 && !el.closest("[popover], .popover"))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.textContent.trim(), left: r.left, right: r.right, height: Math.round(r.height) };
      }),
  );
  assert.ok(boxes.length >= 4);
  for (const b of boxes) assert.ok(b.left >= 0 && b.right <= PHONE.width, `${b.name} runs off-screen`);
  assert.equal(new Set(boxes.map((b) => b.height)).size, 1, `one button size: ${JSON.stringify(boxes)}`);
  // What did not fit is in More.
  await page.getByRole("button", { name: /^More/ }).click();
  const more = page.locator(".popover:visible");
  for (const name of [/^Open dataset/, /^Embed/, /^About/, /^Present/, /^Cite/])
    assert.ok(await more.getByRole("button", { name }).isVisible(), `More holds ${name}`);
  // The theme is chosen in More too, and a dialog opened from More works.
  await more.getByRole("radio", { name: "Dark" }).check();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  await more.getByRole("button", { name: /^About/ }).click();
  await page.getByRole("dialog", { name: "About this timeline" }).waitFor();
  assert.deepEqual(await axe(page), [], "About opened from More");
  await page.keyboard.press("Escape");
  // A tap outside closes More.
  await page.mouse.click(10, 400);
  await page.locator(".popover:visible").waitFor({ state: "hidden" });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** The item must be on screen and the topmost thing where a finger lands on it. */
async function assertTappable(page, locator, what) {
  const box = await locator.boundingBox();
  const vpSize = page.viewportSize();
  assert.ok(box, `${what} is not shown`);
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= vpSize.width + 0.5, `${what} is clipped`);
  assert.ok(box.y + box.height <= vpSize.height + 0.5, `${what} runs below the screen`);
  const hit = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return el.contains(top);
  });
  assert.ok(hit, `${what} is covered: a tap would fall through`);
}

test("menus are never clipped: Export at 375×667 (and Theme and More), taps land on the menu", async () => {
  const page = await openApp(env.browser, env.base, "", { viewport: PHONE });
  await page.getByRole("button", { name: /^Export/ }).click();
  for (const name of [/^Chart as SVG/, /^Events as CSV/, /^Print handout/]) {
    await assertTappable(page, page.getByRole("button", { name }), `Export ▸ ${name}`);
  }
  assert.deepEqual(await axe(page), [], "with the Export menu open at 375×667");
  // A tap on an item does what it says, not what lies under it on the chart.
  const url = page.url();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /^Events as CSV/ }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  assert.equal(new URL(page.url()).searchParams.get("event"), new URL(url).searchParams.get("event"));
  await page.getByRole("button", { name: /^More/ }).click();
  await assertTappable(page, page.getByRole("radio", { name: "High contrast" }), "More ▸ High contrast");
  await page.context().close();

  const wide = await openApp(env.browser, env.base, "", vp([1024, 768]));
  await wide.getByRole("button", { name: /^Theme/ }).click();
  await assertTappable(wide, wide.getByRole("radio", { name: "High contrast" }), "Theme ▸ High contrast");
  await wide.getByRole("radio", { name: "High contrast" }).check();
  assert.equal(await wide.evaluate(() => document.documentElement.dataset.theme), "contrast");
  await wide.keyboard.press("Escape");
  assert.equal(await wide.getByRole("button", { name: /^Theme/ }).getAttribute("aria-expanded"), "false");
  assert.deepEqual(await axe(wide), []);
  await wide.context().close();
});

test("keyboard: the first Tab offers “Skip to the chart”, which lands on the chart", async () => {
  for (const size of [
    [1280, 800],
    [1024, 768],
  ]) {
    const page = await openApp(env.browser, env.base, "", vp(size));
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => document.activeElement?.textContent);
    assert.equal(first, "Skip to the chart");
    assert.ok(await page.getByRole("link", { name: "Skip to the chart" }).isVisible(), "shown when focused");
    await page.keyboard.press("Enter");
    assert.ok(
      await page.evaluate(
        () =>
          document.activeElement?.closest("[data-testid=timeline-chart]") !== null &&
          document.activeElement.hasAttribute("data-event-id"),
      ),
      "focus on an event of the chart",
    );
    // Without the skip link, the chart comes before the ~30 filter controls.
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName("timeline:ready").length > 0);
    let presses = 0;
    for (; presses < 40; presses++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.hasAttribute("data-event-id"))) break;
    }
    // The header's actions (language menu included) and the view's toolbar come first: 17 today.
    assert.ok(presses + 1 <= 18, `the chart took ${presses + 1} Tab presses`);
    await page.context().close();
  }
});

test("Copy link copies the current view's address and says so", async () => {
  const page = await openApp(env.browser, env.base, "?view=table&actors=japan", vp([1280, 800]));
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.base });
  await page.getByRole("button", { name: "Copy link" }).click();
  await page.getByRole("status").filter({ hasText: "Link to this view copied." }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  assert.match(copied, /view=table/);
  await page.context().close();
});

/** First and last year the built-in events cover, from the data file. */
function dataYears() {
  const years = raw.events.flatMap((e) => [e.date, e.end ?? e.date].map((d) => Number(d.slice(0, 4))));
  return [Math.min(...years), Math.max(...years)];
}

test("honest years, the dataset's own title and description, and About for readers", async () => {
  const page = await openApp(env.browser, env.base, "", vp([1280, 800]));
  const [first, last] = dataYears();
  assert.equal(await page.locator("h1").textContent(), raw.title);
  assert.equal(await page.title(), `${raw.title} — Soft Power Timeline`);
  const tagline = await page.locator(".brand-tagline").textContent();
  assert.ok(tagline.includes(`${first}–${last}`), tagline);
  assert.ok(!tagline.includes("1977–2023"));
  assert.ok(tagline.includes(raw.description.slice(0, 40)));
  await page.getByRole("button", { name: /^About/ }).click();
  const about = page.getByRole("dialog", { name: "About this timeline" });
  // The dialog's content loads when it first opens.
  await about.locator(".about-title").waitFor();
  const text = await about.textContent();
  for (const s of raw.sources) assert.ok(text.includes(s.title), `About names ${s.title}`);
  assert.ok(text.includes(raw.description));
  await about.getByRole("heading", { name: "How the events were chosen" }).waitFor();
  assert.match(text, /names no author/);
  assert.doesNotMatch(text, /PDF-to-text|dump|lone digits|dataset's editors:/);
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});

test("a user's file shows its own title, description and sources; a refused file shows nothing of itself", async () => {
  const page = await openApp(env.browser, env.base, "", vp([1280, 800]));
  const mine = JSON.parse(fs.readFileSync("tests/fixtures/events.small.json", "utf8"));
  mine.title = "Ms Tan's class timeline";
  mine.description = "Our own events, for the Year 9 history class.";
  mine.sources[0].title = "Class notes, week 3";
  const load = async (name, obj) => {
    await page.getByRole("button", { name: "Open dataset…" }).click();
    await page.getByLabel(/A file from this device/).setInputFiles({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(obj)),
    });
  };
  await load("class.json", mine);
  await page.locator("h1").filter({ hasText: mine.title }).waitFor();
  assert.ok((await page.locator(".brand-tagline").textContent()).includes(mine.description));
  assert.equal(await page.title(), `${mine.title} — Soft Power Timeline`);
  await page.getByRole("button", { name: /^About/ }).click();
  const about = page.getByRole("dialog", { name: "About this timeline" });
  await about.locator(".about-title").waitFor();
  assert.ok((await about.textContent()).includes("Class notes, week 3"));
  await page.keyboard.press("Escape");
  // A refused file: its title never shows anywhere.
  const bad = { ...mine, title: "REFUSED FILE TITLE", events: null };
  await load("bad.json", bad);
  await page.locator(".open-dataset__error, [role=alert]").first().waitFor();
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("h1").textContent(), mine.title);
  assert.ok(!(await page.evaluate(() => document.body.innerText)).includes("REFUSED FILE TITLE"));
  assert.ok(!(await page.title()).includes("REFUSED"));
  await page.context().close();
});

test("starting the story moves focus into it: Space and → go forward", async () => {
  for (const size of [
    [1280, 800],
    [375, 667],
  ]) {
    const page = await openApp(env.browser, env.base, "", vp(size));
    await page.getByRole("button", { name: "Story" }).click();
    await page.locator(".story[data-step='1']").waitFor();
    await page.waitForFunction(() => document.activeElement?.closest(".story") !== null);
    await page.keyboard.press("Space");
    await page.locator(".story[data-step='2']").waitFor();
    await page.keyboard.press("ArrowRight");
    await page.locator(".story[data-step='3']").waitFor();
    assert.equal(
      await page.getByRole("button", { name: "Story", exact: true }).getAttribute("aria-pressed"),
      "true",
    );
    if (size[0] === 375) {
      assert.equal((await scrollState(page)).nested, false);
      assert.deepEqual(await axe(page), [], "story at 375×667");
    }
    await page.context().close();
  }
});

for (const size of [
  [1024, 768],
  [1280, 720],
]) {
  test(`presentation at ${size.join("×")}: every step's narration fits without scrolling`, async () => {
    const page = await openApp(env.browser, env.base, "?story=1", vp(size));
    await page.locator(".story[data-step='1']").waitFor();
    await page.keyboard.press("f");
    await page.waitForFunction(() => document.documentElement.dataset.presenting === "true");
    const steps = (await page.locator(".story-count").textContent()).match(/of (\d+)/)[1];
    for (let n = 1; n <= Number(steps); n++) {
      await page.locator(`.story[data-step='${n}']`).waitFor();
      const m = await page.evaluate(() => {
        const story = document.querySelector(".story").getBoundingClientRect();
        const cap = document.querySelector(".story-caption");
        const chart = document.querySelector("[data-testid=timeline-chart]").getBoundingClientRect();
        return {
          storyBottom: story.bottom,
          captionFits: cap.scrollHeight <= cap.clientHeight + 1,
          chartTop: chart.top,
          chartHeight: chart.height,
          pageScrolls: document.scrollingElement.scrollHeight > innerHeight + 1,
        };
      });
      assert.equal(m.pageScrolls, false, `step ${n}: the page scrolls`);
      assert.ok(m.captionFits, `step ${n}: the narration is cut`);
      assert.ok(m.storyBottom <= m.chartTop, `step ${n}: the story band overlaps the chart`);
      assert.ok(m.chartHeight >= 240, `step ${n}: the chart keeps ${m.chartHeight} px`);
      if (n === 3) assert.deepEqual(await axe(page), [], `presentation step 3 at ${size.join("×")}`);
      await page.keyboard.press("ArrowRight");
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test("axe: every view at every size", async () => {
  for (const size of [...DESKTOP, [375, 667]]) {
    for (const view of VIEWS) {
      const page = await openApp(env.browser, env.base, view === "timeline" ? "" : `?view=${view}`, vp(size));
      assert.deepEqual(await axe(page), [], `${view} at ${size.join("×")}`);
      await page.context().close();
    }
  }
});
