// Embedding (issue 6): the app in iframes on a host page served from another
// origin, plain and sandbox="allow-scripts"; automatic height without loops;
// deep links through the host page's hash; the Embed dialog's code pasted into
// a host page; compact embed layout at small frame sizes; axe in embed mode and
// with the Embed dialog open.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launch, openApp, axe, waitReady } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";

const RESIZE = "soft-power-timeline:resize";
const STATE = "soft-power-timeline:state";

let app; // dist/, with CORS so an opaque-origin (sandboxed) frame may load its module scripts
let host; // host pages, another port = another origin
let hostDir;
let browser;

before(async () => {
  // A sandboxed frame without allow-same-origin has origin "null": its module
  // scripts and stylesheets are CORS requests, which static hosts such as GitHub
  // Pages allow with `Access-Control-Allow-Origin: *`. (The single-file build needs nothing.)
  app = await startServer({ dir: "dist", headers: { "access-control-allow-origin": "*" } });
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), "spt-host-"));
  host = await startServer({ dir: hostDir });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
  fs.rmSync(hostDir, { recursive: true, force: true });
});

/** A host page; `body` is raw HTML. Messages the page receives are recorded in window.__msgs. */
function hostPage(name, body) {
  fs.writeFileSync(
    path.join(hostDir, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script>window.__msgs=[];addEventListener("message",function(e){var f=[].slice.call(document.querySelectorAll("iframe")).find(function(x){return x.contentWindow===e.source});window.__msgs.push({frame:f?f.id:null,data:e.data,t:Date.now()})});</script>
</head><body style="margin:0;padding:16px;font-family:sans-serif">${body}</body></html>`,
  );
  return host.url + name;
}

/** A page that collects errors from itself and its frames. */
async function newPage(viewport = { width: 1100, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  page.errors = errors;
  page.requests = requests;
  return page;
}

async function frameOf(page, id) {
  const handle = await page.waitForSelector(`#${id}`);
  let frame = await handle.contentFrame();
  for (let i = 0; !frame && i < 50; i++) {
    await page.waitForTimeout(100);
    frame = await handle.contentFrame();
  }
  await waitReady(frame);
  return frame;
}

const msgs = (page, id, type) =>
  page.evaluate(
    ([id, type]) => window.__msgs.filter((m) => m.frame === id && m.data && m.data.type === type),
    [id, type],
  );

/** Wait until no new resize message came for `quietMs`; returns the last height. */
async function settledHeight(page, id, quietMs = 600) {
  let n = -1;
  for (let i = 0; i < 40; i++) {
    const list = await msgs(page, id, RESIZE);
    if (list.length > 0 && list.length === n) return list[list.length - 1].data.height;
    n = list.length;
    await page.waitForTimeout(quietMs);
  }
  throw new Error(`resize messages from #${id} never settled`);
}

const overflow = (frame) =>
  frame.evaluate(() => {
    const d = document.documentElement;
    return { v: d.scrollHeight - d.clientHeight, h: d.scrollWidth - d.clientWidth };
  });

// The few lines of PRODUCT.md's auto-height host (the Embed dialog prints the full version).
const AUTO_HEIGHT = `<script>addEventListener("message",function(e){var m=e.data;if(!m||m.type!=="${RESIZE}"||typeof m.height!=="number")return;
[].slice.call(document.querySelectorAll("iframe")).forEach(function(f){if(f.contentWindow===e.source)f.style.height=m.height+"px"})});</script>`;

// The second frame may sit below the fold once the first takes its natural height: Chromium
// gives an out-of-view cross-origin frame no animation frames, and the readiness mark once
// waited for one (app/ready.ts now falls back to a timer).
test("a cross-origin host embeds the app twice (plain and sandboxed) with automatic height and no errors", async () => {
  const url = hostPage(
    "twice.html",
    `<h1>Host article</h1>
<iframe id="plain" name="plain" title="Timeline (plain)" src="${app.url}?embed=1" style="width:900px;height:300px;border:0;display:block"></iframe>
<iframe id="sandboxed" name="sandboxed" title="Timeline (sandboxed)" sandbox="allow-scripts" src="${app.url}?embed=1&view=table" style="width:600px;height:300px;border:0;display:block"></iframe>
${AUTO_HEIGHT}`,
  );
  const page = await newPage();
  await page.goto(url);
  const plain = await frameOf(page, "plain");
  const sandboxed = await frameOf(page, "sandboxed");

  // The sandbox is real: storage throws there, and the app still drew everything.
  assert.equal(
    await sandboxed.evaluate(() => {
      try {
        void window.localStorage;
        return "no throw";
      } catch {
        return "throws";
      }
    }),
    "throws",
  );
  assert.ok((await plain.locator("[data-event-id]").count()) > 10, "plain frame draws events");
  assert.ok((await sandboxed.getByRole("tab", { name: "Table", selected: true }).count()) === 1);
  // The table is a lazy chunk (a CORS request from the sandbox's opaque origin).
  await sandboxed.locator("table tbody tr").nth(5).waitFor();

  for (const id of ["plain", "sandboxed"]) {
    const h = await settledHeight(page, id);
    // The timeline asks for its lanes' height; the table for all its rows (issue 12: the height
    // follows the view's content), so only the timeline has an upper bound here.
    assert.ok(h > 480 && (id === "sandboxed" || h < 900), `#${id} natural height ${h}`);
    const applied = await page.evaluate(
      (id) => document.getElementById(id).getBoundingClientRect().height,
      id,
    );
    assert.equal(Math.round(applied), h, `host applied #${id}'s height`);
  }
  // Applying the height is a fixed point: no further message, no scrollbars inside.
  const before = (await msgs(page, "plain", RESIZE)).length;
  await page.waitForTimeout(800);
  assert.equal((await msgs(page, "plain", RESIZE)).length, before, "no resize loop");
  assert.deepEqual(await overflow(plain), { v: 0, h: 0 });
  assert.deepEqual(await overflow(sandboxed), { v: 0, h: 0 });

  // The height follows the content: a narrow frame stacks the header, so it is taller.
  const wide = await settledHeight(page, "plain");
  await page.evaluate(() => (document.getElementById("plain").style.width = "340px"));
  await page.waitForFunction(
    ([n]) =>
      window.__msgs.filter((m) => m.frame === "plain" && m.data.type === "soft-power-timeline:resize")
        .length > n,
    [before],
  );
  const narrow = await settledHeight(page, "plain");
  assert.ok(narrow > wide, `narrow ${narrow} > wide ${wide}`);
  assert.deepEqual(await overflow(plain), { v: 0, h: 0 });

  // State messages for deep links, from both frames.
  // A reader scrolls to a frame before using it: an out-of-view cross-origin frame gets no
  // animation frames in Chromium, and Playwright's click waits for one.
  // Each frame's message is awaited while that frame is in view: scrolled away at once, a frame
  // Chromium throttles may hold it back until it is seen again (a busy CI runner showed it).
  const stated = (frame) =>
    page.waitForFunction(
      (f) => window.__msgs.some((m) => m.frame === f && m.data.type === "soft-power-timeline:state"),
      frame,
    );
  await page.locator("#plain").scrollIntoViewIfNeeded();
  await plain.getByRole("tab", { name: "Table" }).click();
  await stated("plain");
  await page.locator("#sandboxed").scrollIntoViewIfNeeded();
  await sandboxed.getByRole("tab", { name: "Figures" }).click();
  await stated("sandboxed");
  const [sp] = await msgs(page, "plain", STATE);
  const [ss] = await msgs(page, "sandboxed", STATE);
  assert.match(sp.data.query, /(^|&)view=table(&|$)/);
  assert.match(sp.data.query, /(^|&)embed=1(&|$)/);
  assert.match(ss.data.query, /(^|&)view=figures(&|$)/);

  // Nothing but the two local servers was asked for.
  const origins = new Set(page.requests.filter((u) => /^https?:/.test(u)).map((u) => new URL(u).origin));
  assert.deepEqual([...origins].sort(), [new URL(app.url).origin, new URL(host.url).origin].sort());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("embed layout fits fixed frames of 320×400, 600×450 and 1000×600 without scrollbars", async () => {
  const sizes = [
    [320, 400],
    [600, 450],
    [1000, 600],
  ];
  const url = hostPage(
    "fixed.html",
    sizes
      .map(
        ([w, h]) =>
          `<iframe id="f${w}" name="f${w}" title="Timeline ${w}" src="${app.url}?embed=1&view=timeline" style="width:${w}px;height:${h}px;border:1px solid #999;display:block;margin-bottom:8px"></iframe>`,
      )
      .join("\n"),
  );
  const page = await newPage({ width: 1100, height: 1600 });
  await page.goto(url);
  for (const [w] of sizes) {
    const f = await frameOf(page, `f${w}`);
    assert.deepEqual(await overflow(f), { v: 0, h: 0 }, `no scrollbars at ${w}`);
    // Compact header: title, tabs, Filters, and the way out to the full app.
    assert.equal(await f.getByRole("tab").count(), 4);
    const link = f.getByRole("link", { name: /^Open/ });
    assert.equal(await link.getAttribute("target"), "_blank");
    const href = new URL(await link.evaluate((a) => a.href));
    assert.equal(href.searchParams.get("embed"), null, "the full timeline is not in embed mode");
    assert.equal(await f.getByRole("button", { name: /^About/ }).count(), 0, "no app-only actions");
    assert.equal(await f.getByRole("button", { name: "Embed" }).count(), 0);
    // The chart uses the frame: marks are inside the visible area.
    const inView = await f.evaluate(() => {
      const h = document.documentElement.clientHeight;
      return [...document.querySelectorAll("[data-event-id]")].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= h;
      }).length;
    });
    assert.ok(inView >= 5, `${inView} events visible at ${w}`);
    // Filters fold behind a button and open as a drawer.
    await f.getByRole("button", { name: /^Filters/ }).click();
    await f.getByRole("checkbox", { name: /Japan/ }).first().waitFor({ state: "visible" });
    assert.deepEqual(await overflow(f), { v: 0, h: 0 }, `no scrollbars with filters open at ${w}`);
    await f.getByRole("button", { name: "Close filters" }).click();
    // Every view fits too (a view taller than the frame scrolls inside its panel).
    for (const name of ["Compare", "Table", "Figures", "Timeline"]) {
      await f.getByRole("tab", { name }).click();
      await f.locator("[role=tabpanel] *").first().waitFor();
      await f.waitForTimeout(150);
      assert.deepEqual(await overflow(f), { v: 0, h: 0 }, `no scrollbars in ${name} at ${w}`);
    }
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the Embed dialog: a modal that prints working code; the host hash round-trips the view", async () => {
  const page = await openApp(browser, app.url, "?actors=japan,china", {
    viewport: { width: 1280, height: 900 },
  });
  const opener = page.getByRole("button", { name: "Embed" });
  await opener.click();
  const dialog = page.getByRole("dialog", { name: "Embed this timeline" });
  await dialog.waitFor();
  await dialog.getByLabel("View", { exact: true }).selectOption("table");
  await dialog.getByLabel("Theme", { exact: true }).selectOption("dark");

  // Focus stays in the dialog.
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const inside = await page.evaluate(() => Boolean(document.activeElement?.closest("[role=dialog]")));
    assert.ok(inside, `focus left the dialog after ${i + 1} Tab presses`);
  }

  // The live preview is the embed itself (inert: not in the tab order).
  const preview = page.frameLocator("iframe[title='Preview of the embedded timeline']");
  await preview.locator("#tab-table[aria-selected=true]").waitFor();

  const code = await dialog.getByLabel("iframe code").inputValue();
  const script = await dialog.getByLabel(/^Script/).inputValue();
  assert.match(code, /^<iframe id="soft-power-timeline"/);
  assert.match(code, /embed=1/);
  assert.match(code, /view=table/);
  assert.match(code, /theme=dark/);
  assert.match(code, /actors=japan,china/);
  assert.match(script, /soft-power-timeline:resize/);
  assert.match(script, /soft-power-timeline:state/);

  // axe with the dialog open (the preview frame is the embed, checked on its own below).
  assert.deepEqual(await axe(page, { iframes: false }), []);

  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent),
    "Embed",
    "focus returns to the button",
  );
  assert.deepEqual(page.errors, []);

  // Paste it into a host page on another origin.
  const url = hostPage(
    "pasted.html",
    `<h1>My course page</h1>\n${code}\n${script}\n<p>After the timeline.</p>`,
  );
  const hp = await newPage();
  await hp.goto(url);
  const f = await frameOf(hp, "soft-power-timeline");
  assert.equal(await f.getByRole("tab", { name: "Table", selected: true }).count(), 1);
  assert.equal(await f.evaluate(() => document.documentElement.dataset.theme), "dark");
  // Automatic height: the frame takes the app's natural height.
  const h = await settledHeight(hp, "soft-power-timeline");
  assert.equal(
    Math.round(
      await hp.evaluate(() => document.getElementById("soft-power-timeline").getBoundingClientRect().height),
    ),
    h,
  );
  assert.deepEqual(await overflow(f), { v: 0, h: 0 });

  // The reader changes the view: the host page's hash keeps it...
  await f.getByRole("tab", { name: "Figures" }).click();
  await hp.waitForFunction(() => /view%3Dfigures/.test(location.hash));
  const shared = await hp.evaluate(() => location.href);
  const key = new URLSearchParams(new URL(shared).hash.slice(1)).get("soft-power-timeline");
  assert.match(key, /embed=1/);
  assert.match(key, /actors=japan,china/);

  // ...and a reader who opens that link sees the same view in the frame.
  const again = await newPage();
  await again.goto(shared);
  const f2 = await frameOf(again, "soft-power-timeline");
  assert.equal(await f2.getByRole("tab", { name: "Figures", selected: true }).count(), 1);
  assert.match(
    await again.evaluate(() => document.getElementById("soft-power-timeline").src),
    /view=figures/,
  );
  assert.deepEqual(hp.errors, []);
  assert.deepEqual(again.errors, []);

  // A crafted hash cannot point the frame at another dataset.
  const crafted = new URL(shared);
  crafted.hash = "soft-power-timeline=" + encodeURIComponent("view=table&data=https://evil.example/x.json");
  const third = await newPage();
  await third.goto(crafted.href);
  const src = await third.evaluate(() => document.getElementById("soft-power-timeline").src);
  assert.doesNotMatch(src, /evil/);
  assert.match(src, /embed=1/);
  await Promise.all([page, hp, again, third].map((p) => p.context().close()));
});

test("axe: no violations in embed mode (timeline and table, narrow and wide)", async () => {
  for (const [q, viewport] of [
    ["?embed=1", { width: 600, height: 450 }],
    ["?embed=1&view=table", { width: 1000, height: 600 }],
    ["?embed=1&theme=dark", { width: 320, height: 400 }],
  ]) {
    const page = await openApp(browser, app.url, q, { viewport });
    await page.locator("[data-event-id], table tbody tr").first().waitFor();
    assert.deepEqual(await axe(page), [], `axe ${q} ${viewport.width}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test("the app does not post when it is not in a frame, and only to its parent when it is", async () => {
  const page = await openApp(browser, app.url, "?embed=1", { viewport: { width: 800, height: 600 } });
  // Top level: no resize messages (nothing to resize), no errors.
  const got = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const seen = [];
        addEventListener("message", (e) => seen.push(e.data));
        setTimeout(() => resolve(seen), 400);
      }),
  );
  assert.deepEqual(got, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
