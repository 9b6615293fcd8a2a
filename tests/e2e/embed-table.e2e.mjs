// Issue 12, "Embedded in an article" and "Table, Figures, Export, print": automatic
// height per view (a table of 10 rows vs the timeline's lanes), embed.js sizing two
// embeds on a host page of another origin, the source line and "Open full timeline"
// in a 600×450 frame, Table cards with short citations at 375 px, an image export
// from Table, Compare and Figures, the CSV's columns, and the browser's own Print.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { setup, openApp, startHost, frameReady } from "./harness.mjs";

let env;
let host;
before(async () => {
  env = await setup();
  host = await startHost();
});
after(async () => {
  await env?.close();
  await host?.close();
});

/** In the frame: is every table row inside the frame's viewport, with nothing to scroll? */
const tableFits = () => {
  const rows = [...document.querySelectorAll("tr[data-row]")];
  const wrap = document.querySelector(".table-wrap");
  return {
    rows: rows.length,
    shown: rows.filter((r) => r.getBoundingClientRect().bottom <= innerHeight + 1).length,
    overflow: wrap.scrollHeight - wrap.clientHeight,
    spare: innerHeight - Math.max(...rows.map((r) => r.getBoundingClientRect().bottom)),
  };
};

/** In the frame: lane headers and whether the view has to scroll. */
const lanesFit = () => {
  const panel = document.querySelector(".view-panel");
  const area = document.querySelector(".timeline-area");
  return {
    panelOverflow: panel.scrollHeight - panel.clientHeight,
    areaOverflow: area.scrollHeight - area.clientHeight,
  };
};

test("embed.js sizes two embeds on a host page: a table of 10 rows fits them, the timeline shows all its lanes", async () => {
  const url = host.page(
    "two.html",
    `<h1>An article</h1><p>Before.</p>
<iframe id="table" title="Trade events" src="${env.base}?view=table&categories=trade&embed=1" style="display:block;width:720px;height:640px;border:0"></iframe>
<p>Between.</p>
<iframe id="timeline" title="Timeline" src="${env.base}?view=timeline&embed=1" style="display:block;width:720px;height:640px;border:0"></iframe>
<p>After.</p>
<script src="${env.base}embed.js" async></script>`,
  );
  const context = await env.browser.newContext({ viewport: { width: 900, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  const table = await frameReady(page, "#table");
  // The table's frame settles on a height that shows its 10 rows and little more.
  await page.waitForFunction(() => document.getElementById("table").style.height !== "640px");
  await table.waitForFunction(
    () =>
      document.querySelectorAll("tr[data-row]").length === 10 &&
      document.querySelector(".table-wrap").scrollHeight <=
        document.querySelector(".table-wrap").clientHeight + 1,
  );
  const t = await table.evaluate(tableFits);
  assert.equal(t.rows, 10);
  assert.equal(t.shown, 10, "every row inside the frame");
  assert.ok(t.overflow <= 1, `the table does not scroll (${t.overflow})`);
  assert.ok(t.spare < 120, `no tall empty space under the rows (${t.spare} px)`);

  await page.locator("#timeline").scrollIntoViewIfNeeded();
  const timeline = await frameReady(page, "#timeline");
  await page.waitForFunction(() => document.getElementById("timeline").style.height !== "640px");
  // Every lane is drawn in the frame: the lane names are all inside the frame's viewport.
  // (Rows adapt to the height in the timeline's layout; see chart/place.ts.)
  await timeline.waitForFunction(() => {
    const a = document.querySelector(".timeline-area");
    return a && a.scrollHeight <= a.clientHeight + 1;
  });
  const l = await timeline.evaluate(lanesFit);
  assert.ok(l.areaOverflow <= 1 && l.panelOverflow <= 1, `all lanes without scrolling ${JSON.stringify(l)}`);

  const [th, lh] = await page.evaluate(() =>
    ["table", "timeline"].map((id) => parseFloat(document.getElementById(id).style.height)),
  );
  assert.notEqual(th, lh, "each view asks for its own height");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a 600×450 embed in an article shows its sources in one line and Open full timeline", async () => {
  const para = "<p>Japan and China courted Southeast Asia with aid, trade and culture. ".repeat(6) + "</p>";
  const url = host.page(
    "article.html",
    `<article style="max-width:640px;margin:auto">${para.repeat(3)}
<iframe id="t" title="Timeline" src="${env.base}?view=timeline&actors=japan,china&embed=1" style="display:block;width:600px;height:450px;border:0"></iframe>
${para.repeat(6)}</article>`,
  );
  const context = await env.browser.newContext({ viewport: { width: 800, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator("#t").scrollIntoViewIfNeeded();
  const frame = await frameReady(page, "#t");
  const open = frame.getByRole("link", { name: /^Open full timeline/ });
  assert.equal(await open.isVisible(), true);
  assert.equal(await open.getAttribute("target"), "_blank");
  const line = frame.locator(".embed-sources");
  assert.equal(await line.isVisible(), true);
  assert.match(await line.innerText(), /^Sources?: .*\(2023\).*\(2009\)/);
  // One line, inside the frame.
  const box = await line.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { h: r.height, lh: parseFloat(getComputedStyle(el).lineHeight), bottom: r.bottom };
  });
  assert.ok(box.h < box.lh * 1.5, `one line (${box.h} px)`);
  assert.ok(box.bottom <= 450, "inside the 450 px frame");
  const links = frame.locator(".embed-sources a");
  assert.equal(await links.count(), 2);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.href))) assert.match(href, /^https?:/);
  await context.close();
});

test("Table at 375 px: rows are cards with short citations", async () => {
  const page = await openApp(env.browser, env.base, "?view=table", { viewport: { width: 375, height: 667 } });
  await page.waitForSelector("tr[data-row]");
  const cards = await page.evaluate(() =>
    [...document.querySelectorAll("tr[data-row]")].slice(0, 10).map((r) => ({
      display: getComputedStyle(r).display,
      width: r.getBoundingClientRect().width,
      cite: r.querySelector(".td-source").textContent,
    })),
  );
  for (const c of cards) {
    assert.equal(c.display, "grid", "a card");
    assert.ok(c.width <= 375, "within the phone's width");
    assert.match(c.cite, /^\d{4}, (p|pp|para|paras)\. \d/);
  }
  const overflowX = await page.evaluate(
    () =>
      document.querySelector(".table-wrap").scrollWidth - document.querySelector(".table-wrap").clientWidth,
  );
  assert.ok(overflowX <= 1, `no sideways scrolling (${overflowX})`);
  // The table is still a table, its rows reachable by role.
  assert.ok((await page.getByRole("row").count()) > 10);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("Table at 1280 px: short citations keep a row to one or two lines", async () => {
  const page = await openApp(env.browser, env.base, "?view=table");
  const heights = await page.evaluate(() =>
    [...document.querySelectorAll("tr[data-row]")].map((r) => ({
      h: r.getBoundingClientRect().height,
      lh: parseFloat(getComputedStyle(r.querySelector(".td-title")).lineHeight) || 20,
    })),
  );
  const tall = heights.filter(({ h, lh }) => h > lh * 2 + 24);
  // A few titles with many actors wrap to three lines; most rows take one or two.
  assert.ok(tall.length <= heights.length / 5, `${tall.length} of ${heights.length} rows above two lines`);
  await page.context().close();
});

async function exportFrom(page, name) {
  await page.getByRole("button", { name: /^Export/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60000 }),
    page.getByRole("button", { name }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

test("an image can be exported from Table, Compare and Figures", async () => {
  for (const [view, label, kind] of [
    ["table", "Table", "PNG"],
    ["compare", "Comparison", "SVG"],
    ["figures", "Figures", "SVG"],
  ]) {
    const page = await openApp(env.browser, env.base, `?view=${view}&actors=japan,china`, {
      acceptDownloads: true,
    });
    const { name, bytes } = await exportFrom(page, new RegExp(`^${label} as ${kind}`));
    if (kind === "PNG") {
      assert.match(name, /\.png$/);
      assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], "a PNG file");
      assert.ok(bytes.length > 20000, "with a picture in it");
    } else {
      assert.match(name, /\.svg$/);
      const svg = bytes.toString("utf8");
      assert.match(svg, /<foreignObject/);
      assert.match(svg, /Sources: /);
      assert.doesNotMatch(svg, /<script|tabindex/);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test("CSV keeps the amount as printed beside value and scale, and names sources by title and id", async () => {
  const page = await openApp(env.browser, env.base, "?view=table", { acceptDownloads: true });
  const { name, bytes } = await exportFrom(page, /^Events as CSV/);
  assert.match(name, /\.csv$/);
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  const header = text.split("\r\n")[0].split(",");
  const at = header.indexOf("amount");
  assert.deepEqual(header.slice(at, at + 4), ["amount", "scale", "currency", "amount_text"]);
  assert.equal(header[header.indexOf("source") + 1], "source_title");
  assert.match(text, /USD100 million/);
  assert.match(text, /The Courteous Charmer/);
  await page.context().close();
});

test("the browser's own Print gives the handout: the chart and the event list", async () => {
  const page = await openApp(env.browser, env.base, "?actors=japan,china");
  await page.emulateMedia({ media: "print" });
  await page.waitForSelector(".print-sheet", { state: "visible" });
  const shown = await page.evaluate(() => {
    const visible = (el) =>
      !!el && el.getBoundingClientRect().height > 0 && getComputedStyle(el).display !== "none";
    return {
      chart: visible(document.querySelector('[data-testid="timeline-chart"] svg')),
      list: document.querySelectorAll(".print-events li").length,
      filters: visible(document.querySelector(".filters")),
    };
  });
  assert.equal(shown.chart, true, "the chart prints");
  assert.ok(shown.list > 10, `the event list prints (${shown.list})`);
  assert.equal(shown.filters, false, "no controls on paper");
  await page.context().close();
});
