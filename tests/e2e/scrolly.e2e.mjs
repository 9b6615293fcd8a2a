// Scrollytelling (issue 16): the demo article on a host page of another origin,
// with the timeline in a sandboxed frame driven by public/scrolly.js. Scrolling
// the article moves the timeline to the paragraphs' steps (seen through the
// state messages it posts); malformed messages and messages from anyone but the
// parent frame change nothing; the host page's scrolling stays the reader's.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { axe, launch, waitReady } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";

const STATE = "soft-power-timeline:state";
const GOTO = "soft-power-timeline:goto";

let app;
let host;
let hostDir;
let browser;

before(async () => {
  app = await startServer({ dir: "dist" });
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), "spt-scrolly-"));
  host = await startServer({ dir: hostDir });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
  fs.rmSync(hostDir, { recursive: true, force: true });
});

const RECORD = `<script>window.__msgs=[];addEventListener("message",function(e){var f=[].slice.call(document.querySelectorAll("iframe")).find(function(x){return x.contentWindow===e.source});window.__msgs.push({frame:f?f.id:null,data:e.data})});</script>`;

/** The built demo article, served from the host's origin, pointing at the app's origin. */
function demoOnHost(name, transform = (html) => html) {
  let html = fs.readFileSync("dist/scrolly-demo.html", "utf8");
  assert.match(html, /src="\.\/\?embed=1"/);
  assert.match(html, /sandbox="allow-scripts allow-popups"/);
  html = html
    .replace('src="./?embed=1"', `src="${app.url}?embed=1"`)
    .replace('src="./scrolly.js"', `src="${app.url}scrolly.js"`)
    .replace('href="./favicon.svg"', 'href="data:,"')
    .replace("</head>", `${RECORD}</head>`);
  fs.writeFileSync(path.join(hostDir, name), transform(html));
  return host.url + name;
}

async function open(url, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.errors = errors;
  await page.goto(url);
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

const states = (page, id = "scrolly-timeline") =>
  page.evaluate(
    ([id, type]) => window.__msgs.filter((m) => m.frame === id && m.data && m.data.type === type),
    [id, STATE],
  );

/** Scroll so that the paragraph crosses the reading line (mid-screen on a wide page). */
async function scrollToStep(page, n) {
  return page.evaluate((n) => {
    const el = document.querySelector(`[data-timeline-step="${n}"]`);
    const y = Math.round(window.scrollY + el.getBoundingClientRect().top - innerHeight * 0.45);
    window.scrollTo(0, y);
    return window.scrollY;
  }, n);
}

test("scrolling the demo article through three paragraphs takes the sandboxed embed to the same steps", async () => {
  const page = await open(demoOnHost("demo.html"));
  const frame = await frameOf(page, "scrolly-timeline");
  // The frame is really sandboxed and of another origin.
  assert.equal(await frame.evaluate(() => window.origin), "null");

  for (const n of [3, 4, 5]) {
    const y = await scrollToStep(page, n);
    await page.waitForFunction(
      ([n, type]) =>
        window.__msgs.some(
          (m) =>
            m.frame === "scrolly-timeline" &&
            m.data &&
            m.data.type === type &&
            new URLSearchParams(m.data.query).get("step") === String(n),
        ),
      [n, STATE],
    );
    // The embed shows that step (its story band), and the paragraph is marked current.
    await frame.locator(`section.story[data-step="${n}"]`).waitFor();
    assert.equal(
      await page.locator(`[data-timeline-step="${n}"]`).getAttribute("aria-current"),
      "step",
      `paragraph ${n} is the current step`,
    );
    // The host page's scroll position is the reader's: nothing moved it.
    assert.equal(await page.evaluate(() => window.scrollY), y);
  }
  // The last state message is step 5, and the frame is still sticky in view beside the text.
  const last = (await states(page)).at(-1);
  assert.equal(new URLSearchParams(last.data.query).get("step"), "5");
  const box = await page.locator("#scrolly-timeline").boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 800, `frame in view: ${JSON.stringify(box)}`);
  const para = await page.locator('[data-timeline-step="5"]').boundingBox();
  assert.ok(para.x + para.width <= box.x, "text beside the frame, not under it");
  // The article itself (the frame is checked by the app's own axe tests).
  assert.deepEqual(await axe(page, { exclude: [["iframe"]] }), []);
  assert.deepEqual(page.errors, []);
});

test("on a phone the frame stays on top of the text and follows it", async () => {
  const page = await open(demoOnHost("demo-phone.html"), { width: 375, height: 667 });
  const frame = await frameOf(page, "scrolly-timeline");
  const y = await page.evaluate(() => {
    const el = document.querySelector('[data-timeline-step="2"]');
    window.scrollTo(0, Math.round(window.scrollY + el.getBoundingClientRect().top - innerHeight * 0.65));
    return window.scrollY;
  });
  await frame.locator('section.story[data-step="2"]').waitFor();
  assert.equal(await page.evaluate(() => window.scrollY), y);
  const box = await page.locator("#scrolly-timeline").boundingBox();
  const para = await page.locator('[data-timeline-step="2"]').boundingBox();
  assert.ok(box.y <= 1 && para.y >= box.y + box.height - 1, "frame above the current paragraph");
  assert.deepEqual(page.errors, []);
});

test("malformed messages, and goto messages from anyone but the parent, change nothing", async () => {
  // No scrolly.js here: the test posts by hand.
  const page = await open(
    demoOnHost("bare.html", (h) => h.replace(/<script src="[^"]*scrolly\.js"[^>]*><\/script>/, "")),
  );
  const frame = await frameOf(page, "scrolly-timeline");
  const before = await frame.evaluate(() => location.search);
  const countBefore = (await states(page)).length;

  // A sibling frame (another window, not the timeline's parent) tries to move it.
  await page.evaluate(
    ([GOTO]) =>
      new Promise((resolve) => {
        const f = document.createElement("iframe");
        f.id = "foreign";
        f.setAttribute("sandbox", "allow-scripts");
        f.srcdoc = `<script>
          var t = parent.frames[0];
          t.postMessage({ type: "${GOTO}", view: "figures" }, "*");
          t.postMessage({ type: "${GOTO}", step: 9 }, "*");
          parent.postMessage({ type: "foreign-done" }, "*");
        </script>`;
        addEventListener("message", function on(e) {
          if (e.data && e.data.type === "foreign-done") {
            removeEventListener("message", on);
            resolve();
          }
        });
        document.body.appendChild(f);
      }),
    [GOTO],
  );
  // The parent sends malformed ones, then one good probe.
  await page.evaluate(
    ([GOTO]) => {
      const w = document.getElementById("scrolly-timeline").contentWindow;
      const bad = [
        { type: GOTO, step: "4" },
        { type: GOTO, step: 0 },
        { type: GOTO, step: 99 },
        { type: GOTO, event: "2099-no-such-event" },
        { type: GOTO, event: "<img src=x onerror=alert(1)>" },
        { type: GOTO, from: "2008", to: "1997" },
        { type: GOTO, actors: "japan" },
        { type: GOTO, actors: ["japan", "atlantis"] },
        { type: GOTO, view: "map" },
        { type: GOTO, step: 2, view: "map" },
        { type: GOTO },
        { type: "soft-power-timeline:resize", height: 10 },
        "soft-power-timeline:goto",
        null,
        [GOTO, 3],
      ];
      for (const m of bad) w.postMessage(m, "*");
      w.postMessage({ type: GOTO, view: "table" }, "*");
    },
    [GOTO],
  );
  await page.waitForFunction(
    ([type, n]) =>
      window.__msgs.filter((m) => m.frame === "scrolly-timeline" && m.data && m.data.type === type).length >
      n,
    [STATE, countBefore],
  );
  const after = await states(page);
  // Exactly one change: the probe's. Nothing before it, nothing from the sibling.
  assert.equal(after.length, countBefore + 1, JSON.stringify(after.slice(countBefore)));
  const q = new URLSearchParams(after.at(-1).data.query);
  const want = new URLSearchParams(before);
  want.set("view", "table");
  assert.deepEqual(Object.fromEntries(q), Object.fromEntries(want));
  assert.equal(await frame.getByRole("tab", { name: "Table", selected: true }).count(), 1);
  assert.equal(await frame.locator("section.story").count(), 0, "no story started");
  assert.deepEqual(page.errors, []);
});

test("two scrolly blocks on one page drive their own embeds", async () => {
  const block = (id, steps) => `<div data-timeline-scrolly>
<iframe id="${id}" src="${app.url}?embed=1" title="Timeline ${id}" sandbox="allow-scripts"></iframe>
${steps.map((s) => `<p ${s}>Paragraph ${id} ${s}</p>`).join("\n")}
</div>`;
  fs.writeFileSync(
    path.join(hostDir, "two.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two</title><link rel="icon" href="data:,">${RECORD}</head><body>
<h1>Two blocks</h1>
${block("one", ['data-timeline-step="2"', 'data-timeline-step="3"'])}
${block("two", ['data-timeline-event="2008-ajcep"', 'data-timeline-from="2000" data-timeline-to="2010" data-timeline-view="table"'])}
<script src="${app.url}scrolly.js"></script></body></html>`,
  );
  const page = await open(host.url + "two.html");
  const one = await frameOf(page, "one");
  const reach = async (selector) =>
    page.evaluate((sel) => {
      const el = document.querySelector(sel);
      window.scrollTo(0, Math.round(window.scrollY + el.getBoundingClientRect().top - innerHeight * 0.45));
    }, selector);

  await reach('[data-timeline-step="3"]');
  await one.locator('section.story[data-step="3"]').waitFor();
  await reach('[data-timeline-event="2008-ajcep"]');
  // Chromium does not render cross-origin frames out of view: wait for the second one once it is in view.
  const two = await frameOf(page, "two");
  await two.waitForFunction(() => new URLSearchParams(location.search).get("event") === "2008-ajcep");
  await reach('[data-timeline-view="table"]');
  await two.getByRole("tab", { name: "Table", selected: true }).waitFor();
  // The first embed stayed where its own text left it.
  assert.equal(await one.evaluate(() => new URLSearchParams(location.search).get("step")), "3");
  assert.equal(await one.getByRole("tab", { name: "Timeline", selected: true }).count(), 1);
  const q = new URLSearchParams((await states(page, "two")).at(-1).data.query);
  assert.deepEqual([q.get("view"), q.get("from"), q.get("to")], ["table", "2000", "2010"]);
  assert.deepEqual(page.errors, []);
});
