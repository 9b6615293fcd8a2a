// The classroom: a story stepped with a presentation remote (PageDown/PageUp) and
// arrows with the URL following; presentation mode; exports (SVG with the visible
// events, CSV with one row per filtered event, PNG at 2×, JSON); the print handout;
// "Cite this view"; and axe-core in story mode, presentation and every theme.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { setup, openApp, axe, waitReady } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";

const DIST = "dist";
let env;
let dataServer;
let corsApp; // dist/ with CORS: a sandboxed (opaque-origin) frame loads its module scripts as CORS requests
before(async () => {
  env = await setup({ dir: DIST });
  dataServer = await startServer({
    dir: path.resolve("tests/fixtures/e2e"),
    headers: { "access-control-allow-origin": "*" },
  });
  corsApp = await startServer({ dir: DIST, headers: { "access-control-allow-origin": "*" } });
});
after(async () => {
  await env?.close();
  await dataServer?.close();
  await corsApp?.close();
});

const PROJECTOR = { viewport: { width: 1024, height: 768 } };
const params = (page) => new URL(page.url()).searchParams;
/** The story step in the URL: `story=1` alone is step 1. */
const urlStep = (page) => {
  const p = params(page);
  if (p.get("story") !== "1") return null;
  return Number(p.get("step") ?? 1);
};

async function waitStep(page, n) {
  await page.waitForSelector(`.story[data-step="${n}"]`, { timeout: 10000 });
}

/** Press a key and wait for the story to show step `n`. */
async function press(page, key, n) {
  await page.keyboard.press(key);
  await waitStep(page, n);
  assert.equal(urlStep(page), n, `after ${key} the URL says step ${urlStep(page)}, expected ${n}`);
}

test("story: PageDown/PageUp (a presentation remote) and arrows step it, and the URL follows", async () => {
  const page = await openApp(env.browser, env.base, "?story=1", PROJECTOR);
  await waitStep(page, 1);
  assert.equal(urlStep(page), 1);
  await press(page, "PageDown", 2);
  await press(page, "PageDown", 3);
  await press(page, "PageUp", 2);
  await press(page, "ArrowRight", 3);
  await press(page, "ArrowRight", 4);
  await press(page, "ArrowLeft", 3);
  await press(page, "Space", 4);
  await press(page, "End", 15);
  await press(page, "Home", 1);
  // The step's range and filters are in the URL too, so the link restores the view.
  await press(page, "PageDown", 2);
  assert.equal(params(page).get("actors"), "japan,china");
  assert.equal(params(page).get("from"), "1980");
  assert.equal(params(page).get("to"), "1995");
  // Back and Forward walk the steps.
  await page.goBack();
  await waitStep(page, 1);
  assert.equal(urlStep(page), 1);
  await page.goForward();
  await waitStep(page, 2);
  // Escape leaves the story.
  await page.keyboard.press("Escape");
  await page.waitForSelector(".story", { state: "detached" });
  assert.equal(params(page).get("story"), null);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("story: a deep link opens its step; highlighted events are drawn and the caption never covers them", async () => {
  const page = await openApp(env.browser, env.base, "?story=1&step=7", PROJECTOR);
  await waitStep(page, 7);
  assert.match(await page.textContent(".story-title"), /Tokyo Declaration/);
  assert.equal(await page.textContent(".story-count"), "Step 7 of 15");
  await page.waitForTimeout(700); // the zoom transition
  const boxes = await page.evaluate(() => {
    const cap = document.querySelector(".story").getBoundingClientRect();
    const area = document.querySelector("[data-testid=timeline-chart]").getBoundingClientRect();
    const marks = [...document.querySelectorAll("[data-testid=timeline-chart] .ev--highlighted")].map(
      (el) => {
        const r = el.getBoundingClientRect();
        return {
          id: el.getAttribute("data-event-id"),
          top: r.top,
          bottom: r.bottom,
          left: r.left,
          right: r.right,
        };
      },
    );
    return { cap: { top: cap.top, bottom: cap.bottom }, area: { top: area.top, bottom: area.bottom }, marks };
  });
  const ids = new Set(boxes.marks.map((m) => m.id));
  for (const id of [
    "2002-asean-japan-cep-declaration",
    "2003-tokyo-declaration",
    "2003-asean-japan-cep-framework",
  ])
    assert.ok(ids.has(id), `${id} is drawn highlighted`);
  for (const m of boxes.marks) {
    assert.ok(m.top >= boxes.cap.bottom, `${m.id} is below the caption`);
    assert.ok(
      m.top >= boxes.area.top && m.bottom <= boxes.area.bottom,
      `${m.id} is inside the chart's visible area`,
    );
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("story: the Story button starts it on the timeline, the buttons step it, Leave ends it", async () => {
  const page = await openApp(env.browser, env.base, "?view=table");
  await page.getByRole("button", { name: "Story" }).click();
  await waitStep(page, 1);
  assert.equal(params(page).get("view"), null, "the story runs on the timeline view");
  await page.getByRole("button", { name: /^Next/ }).click();
  await waitStep(page, 2);
  await page.getByRole("button", { name: /^Previous/ }).click();
  await waitStep(page, 1);
  await page.getByRole("button", { name: "Leave story" }).click();
  await page.waitForSelector(".story", { state: "detached" });
  // The view from before the story comes back.
  assert.equal(params(page).get("view"), "table");
  assert.equal(params(page).get("story"), null);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("story: hidden for a custom dataset", async () => {
  const url = `${dataServer.url}hostile.csv`;
  const page = await openApp(env.browser, env.base, `?data=${encodeURIComponent(url)}`);
  assert.equal(await page.getByRole("button", { name: "Story" }).count(), 0);
  assert.equal(await page.getByRole("button", { name: "Present" }).count(), 1);
  await page.context().close();
});

test("presentation: F turns it on (large type, controls hidden) and off again", async () => {
  const page = await openApp(env.browser, env.base, "?story=1&step=3", PROJECTOR);
  await waitStep(page, 3);
  await page.keyboard.press("f");
  await page.waitForSelector(".present-exit");
  await page.waitForTimeout(300);
  const look = await page.evaluate(() => ({
    presenting: document.documentElement.dataset.presenting,
    body: parseFloat(getComputedStyle(document.body).fontSize),
    narration: parseFloat(getComputedStyle(document.querySelector(".story-narration")).fontSize),
    actionsShown: [".app-header .actions", ".view-actions"].some(
      (sel) => (document.querySelector(sel)?.getBoundingClientRect().width ?? 0) > 0,
    ),
    tabsShown: document.querySelector("[role=tablist]").getBoundingClientRect().width > 0,
    label: parseFloat(
      getComputedStyle(document.querySelector("[data-testid=timeline-chart] .ev .label")).fontSize,
    ),
  }));
  assert.equal(look.presenting, "true");
  assert.ok(look.body >= 24, `body text ${look.body}px`);
  assert.ok(look.narration >= 24, `narration ${look.narration}px`);
  assert.ok(look.label >= 18, `chart labels ${look.label}px`);
  assert.equal(look.actionsShown, false);
  assert.equal(look.tabsShown, false);
  // Stepping still works while presenting.
  await press(page, "PageDown", 4);
  assert.deepEqual(await axe(page), []);
  await page.keyboard.press("f");
  await page.waitForSelector(".present-exit", { state: "detached" });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.presenting ?? null), null);
  await page.getByRole("button", { name: "Present" }).click();
  await page.waitForSelector(".present-exit");
  await page.getByRole("button", { name: "Exit presentation" }).click();
  await page.waitForSelector(".present-exit", { state: "detached" });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("presentation and story inside a sandboxed iframe: no fullscreen, the layout still applies", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.setContent(
    `<iframe src="${corsApp.url}?story=1&step=2" sandbox="allow-scripts" width="1024" height="700" title="Timeline"></iframe>`,
  );
  const handle = await page.waitForSelector("iframe");
  let frame = await handle.contentFrame();
  for (let i = 0; !frame && i < 50; i++) {
    await page.waitForTimeout(100);
    frame = await handle.contentFrame();
  }
  await waitReady(frame);
  await frame.waitForSelector('.story[data-step="2"]');
  await frame.click(".story-narration");
  await page.keyboard.press("PageDown");
  await frame.waitForSelector('.story[data-step="3"]');
  await page.keyboard.press("f");
  await frame.waitForSelector(".present-exit");
  assert.equal(await frame.evaluate(() => document.fullscreenElement === null), true);
  // Escape leaves the fallback presentation first, then the story.
  await page.keyboard.press("Escape");
  await frame.waitForSelector(".present-exit", { state: "detached" });
  await frame.waitForSelector('.story[data-step="3"]');
  // Export in a frame offers the content by hand too (the host may block downloads).
  await frame.getByRole("button", { name: /^Export/ }).click();
  await frame.getByRole("button", { name: /^Events as CSV/ }).click();
  const area = frame.getByRole("textbox", { name: /Content of .*\.csv/ });
  await area.waitFor();
  assert.match(await area.inputValue(), /^\uFEFF?id,date,end,title/);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Open the Export menu, pick `item`, return the download's file name and path. */
async function download(page, item) {
  await page.getByRole("button", { name: /^Export/ }).click();
  const wait = page.waitForEvent("download");
  await page.getByRole("button", { name: new RegExp(`^${item}`) }).click();
  const d = await wait;
  const file = await d.path();
  return { name: d.suggestedFilename(), file };
}

const unescapeXml = (s) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

test("export: the SVG holds every visible event's title, with title, range and credit", async () => {
  const page = await openApp(env.browser, env.base, "?actors=japan,china&from=1997&to=2008");
  await page.waitForTimeout(300);
  const names = await page.$$eval("[data-testid=timeline-chart] [data-event-id]", (els) => [
    ...new Set(els.map((e) => e.getAttribute("aria-label"))),
  ]);
  assert.ok(names.length > 10);
  const { name, file } = await download(page, "Chart as SVG");
  assert.equal(name, "soft-power-timeline_japan-china_1997-2008.svg");
  const svg = fs.readFileSync(file, "utf8");
  assert.match(svg, /^<\?xml[^>]*>\s*<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const text = unescapeXml(svg);
  for (const n of names) assert.ok(text.includes(n), `the SVG names “${n}”`);
  assert.ok(text.includes("Soft Power Timeline"));
  assert.ok(text.includes("1997 – 2008"));
  assert.ok(text.includes("Sources:"));
  assert.ok(!/tabindex|role="button"/.test(svg));
  // The SVG renders on its own.
  const view = await env.browser.newPage();
  await view.goto(`data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`);
  await view.close();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("export: the CSV has one row per filtered event; JSON the same events; PNG at 2×", async () => {
  const page = await openApp(env.browser, env.base, "?actors=japan&categories=aid,trade&from=1990&to=2010");
  const count = Number(await page.textContent(".filters-toggle .badge"));
  assert.ok(count > 0);
  const csv = await download(page, "Events as CSV");
  assert.match(csv.name, /^soft-power-timeline_japan_aid-trade_1990-2010\.csv$/);
  const parsed = Papa.parse(fs.readFileSync(csv.file, "utf8").replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });
  assert.equal(parsed.data.length, count);
  assert.ok(parsed.data.every((r) => /(^|;)japan(;|$)/i.test(r.actors)));

  const json = await download(page, "Events as JSON");
  const ds = JSON.parse(fs.readFileSync(json.file, "utf8"));
  assert.equal(ds.schemaVersion, 1);
  assert.equal(ds.events.length, count);

  const png = await download(page, "Chart as PNG");
  assert.match(png.name, /@2x\.png$/);
  const buf = fs.readFileSync(png.file);
  assert.equal(buf.subarray(1, 4).toString(), "PNG");
  const width = buf.readUInt32BE(16);
  const chartWidth = await page.$eval("[data-testid=timeline-chart] svg", (s) =>
    Number(s.getAttribute("width")),
  );
  assert.equal(width, chartWidth * 2);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("print: a handout with the chart and the filtered events, no controls", async () => {
  const page = await openApp(env.browser, env.base, "?actors=japan,china&from=2003&to=2009");
  await page.evaluate(() => {
    window.print = () => {
      window.__printed = true;
    };
  });
  await page.getByRole("button", { name: /^Export/ }).click();
  await page.getByRole("button", { name: /^Print handout/ }).click();
  await page.waitForFunction(() => window.__printed === true);
  const pdf = await page.pdf({ format: "A4" });
  assert.equal(pdf.subarray(0, 4).toString(), "%PDF");
  await page.emulateMedia({ media: "print" });
  const count = Number(await page.textContent(".filters-toggle .badge"));
  const look = await page.evaluate(() => {
    const shown = (sel) => {
      const el = document.querySelector(sel);
      return !!el && el.getBoundingClientRect().height > 0;
    };
    return {
      items: document.querySelectorAll(".print-sheet li").length,
      sheet: shown(".print-sheet"),
      chart: shown("[data-testid=timeline-chart] svg"),
      actions: shown(".app-header .actions") || shown(".view-actions"),
      filters: shown(".filters"),
      tabs: shown("[role=tablist]"),
      title: shown(".brand-title"),
    };
  });
  assert.deepEqual(look, {
    items: count,
    sheet: true,
    chart: true,
    actions: false,
    filters: false,
    tabs: false,
    title: true,
  });
  await page.context().close();
});

test("cite: title, sources, the deep link and the access date, with a copy button", async () => {
  const page = await openApp(env.browser, env.base, "?actors=china&from=2004&to=2010");
  await page.getByRole("button", { name: "Cite" }).click();
  const dialog = page.getByRole("dialog", { name: "Cite this view" });
  await dialog.waitFor();
  const text = await page.textContent(".cite-text");
  assert.ok(text.includes(page.url()), "the citation holds the deep link");
  assert.match(text, /Soft Power Timeline/);
  assert.match(text, /The Courteous Charmer/);
  assert.match(text, /accessed \d{1,2} \w+ \d{4}/);
  assert.deepEqual(await axe(page), []);
  await page.getByRole("button", { name: "Copy citation" }).click();
  await page.getByText(/Citation (copied|selected)/).waitFor();
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const theme of ["light", "dark", "contrast"]) {
  test(`axe: no violations in story mode at projector size — ${theme} theme`, async () => {
    const page = await openApp(env.browser, env.base, `?story=1&step=5&theme=${theme}`, PROJECTOR);
    await waitStep(page, 5);
    await page.waitForTimeout(600);
    assert.deepEqual(await axe(page), []);
    await page.getByRole("button", { name: /^Export/ }).click();
    await page.getByRole("button", { name: /^Events as CSV/ }).waitFor();
    assert.deepEqual(await axe(page), [], "with the Export menu open");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test("contrast theme: text at 7:1 or more on its background", async () => {
  const page = await openApp(env.browser, env.base, "?story=1&step=2&theme=contrast", PROJECTOR);
  await waitStep(page, 2);
  const violations = await axe(page, { runOnly: ["color-contrast-enhanced"] });
  assert.deepEqual(violations, []);
  await page.context().close();
});
