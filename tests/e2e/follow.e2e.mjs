// Follow along and who moved first (issue 16), in a real browser:
// - presentation's QR code decodes (jsQR, from a screenshot) to the current step's
//   address, and that address opens the same step on a phone;
// - Compare draws the brackets with the lags the documents give for the built-in data;
// - the worksheet prints as two pages: steps without dates, then the answer key.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import fs from "node:fs";
import { setup, openApp, axe } from "./harness.mjs";

const require = createRequire(import.meta.url);
const JSQR = fs.readFileSync(require.resolve("jsqr/dist/jsQR.js"), "utf8");
const PROJECTOR = { viewport: { width: 1024, height: 768 } };

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** Decode the QR code in a PNG screenshot, in the page (canvas pixels → jsQR). */
async function decodeQr(page, png) {
  await page.addScriptTag({ content: JSQR });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height);
    // eslint-disable-next-line no-undef
    const r = jsQR(d.data, d.width, d.height);
    return r ? r.data : null;
  }, png.toString("base64"));
}

test("presentation: the QR code decodes to the current step's address, which opens that step on a phone", async () => {
  const page = await openApp(env.browser, env.base, "?story=1&step=3", PROJECTOR);
  await page.waitForSelector('section.story[data-step="3"]');
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await page.waitForSelector('section.story[data-step="5"]');
  await page.keyboard.press("f");
  await page.getByRole("button", { name: "Follow on your phone" }).click();
  const dialog = page.getByRole("dialog", { name: "Follow on your phone" });
  const qr = dialog.getByRole("img", { name: /^QR code of this view, story step 5/ });
  await qr.waitFor();

  // Scannable from the back of a room: at least 40 % of the projector's height.
  const box = await qr.boundingBox();
  assert.ok(box.height >= 0.4 * 768, `QR code ${box.height}px high`);
  const expected = new URL("?story=1&step=5", env.base).href;
  assert.equal(await decodeQr(page, await page.screenshot({ clip: box })), expected);
  // The address beside it, without the scheme.
  assert.equal(await dialog.locator(".follow-url-text").textContent(), expected.replace(/^https?:\/\//, ""));
  assert.deepEqual(await axe(page), []);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.presenting), "true");

  // A student's phone opens it: step 5, free to explore (the story can be left).
  const phone = await openApp(env.browser, expected, "", { viewport: { width: 375, height: 667 } });
  await phone.waitForSelector('section.story[data-step="5"]');
  await phone.getByRole("button", { name: "Leave story" }).click();
  await phone.waitForSelector("section.story", { state: "detached" });
  assert.deepEqual(page.errors, []);
  assert.deepEqual(phone.errors, []);
  await page.context().close();
  await phone.context().close();
});

test("Compare: brackets show the lags the documents give for the built-in data, and open both events", async () => {
  const page = await openApp(env.browser, env.base, "?view=compare&actors=japan,china");
  const pair = (key) => page.locator(`.pair[data-pair="${key}"]`);
  await pair("2004-asean-china-fta|2008-ajcep").waitFor();
  // Concluded 2004 (p. 6), AJCEP signed and in force 2008 (pp. 7–8): 4 years later.
  assert.equal(await pair("2004-asean-china-fta|2008-ajcep").textContent(), "4 years later");
  assert.equal(
    await pair("2004-asean-china-fta|2008-ajcep").getAttribute("aria-label"),
    "ASEAN-China free trade agreement concluded 2004 → ASEAN-Japan Comprehensive Economic Partnership 2008: 4 years later. Opens both events.",
  );
  // "Steps toward an ASEAN-China FTA … prompted" the Tokyo Declaration (2003): the one "in response".
  assert.equal(await pair("2004-asean-china-fta|2003-tokyo-declaration").textContent(), "in response");
  assert.equal(await page.locator(".pair--response").count(), 1);

  // The bracket's ends sit on the two events' marks (same x on the shared axis).
  const markX = async (id) => {
    const b = await page.locator(`.cmp-chart [data-event-id="${id}"][data-primary="true"]`).boundingBox();
    return b.x + b.width / 2;
  };
  const ends = await pair("2004-asean-china-fta|2008-ajcep")
    .locator(".pair-end")
    .evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return r.x + r.width / 2;
      }),
    );
  assert.ok(Math.abs(ends[0] - (await markX("2004-asean-china-fta"))) < 2, "first end on the FTA");
  assert.ok(Math.abs(ends[1] - (await markX("2008-ajcep"))) < 2, "second end on AJCEP");

  await pair("2004-asean-china-fta|2008-ajcep").click();
  const dialog = page.getByRole("dialog", { name: "Who moved first" });
  await dialog.getByRole("heading", { name: "ASEAN-China free trade agreement concluded" }).waitFor();
  await dialog.getByRole("heading", { name: "ASEAN-Japan Comprehensive Economic Partnership" }).waitFor();
  assert.deepEqual(await axe(page), []);

  // The PNG card: a real image download.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download card (PNG)" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "who-moved-first-2004-asean-china-fta-2008-ajcep.png");
  const file = fs.readFileSync(await download.path());
  assert.deepEqual([...file.subarray(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"

  await dialog.getByRole("button", { name: "Open this event" }).first().click();
  await page.waitForFunction(
    () => new URLSearchParams(location.search).get("event") === "2004-asean-china-fta",
  );
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("Print worksheet: one page of steps without dates and a which-came-first exercise, the answer key on page two", async () => {
  const page = await openApp(env.browser, env.base, "");
  // The print dialog itself cannot be driven headless: count the calls, then print to PDF.
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed++;
    };
  });
  await page.getByRole("button", { name: /^Export/ }).click();
  await page.getByRole("button", { name: /^Print worksheet/ }).click();
  await page.waitForFunction(() => window.__printed === 1);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.printing), "worksheet");

  const sheet = await page.evaluate(() => {
    const ws = document.querySelector(".worksheet:not(.worksheet--key)");
    return {
      steps: [...ws.querySelectorAll(".ws-steps tbody tr")].map((r) => r.textContent),
      quiz: ws.querySelectorAll(".ws-quiz li").length,
      key: document.querySelector(".worksheet--key").textContent,
    };
  });
  assert.equal(sheet.steps.length, 15);
  for (const s of sheet.steps) assert.doesNotMatch(s, /\b(19|20)\d\d\b/, s);
  assert.equal(sheet.quiz, 6);
  assert.match(sheet.key, /1977/);

  await page.emulateMedia({ media: "print" });
  const look = await page.evaluate(() => ({
    app: getComputedStyle(document.getElementById("root")).display,
    key: getComputedStyle(document.querySelector(".worksheet--key")).breakBefore,
  }));
  assert.equal(look.app, "none", "the app itself is not printed");
  assert.equal(look.key, "page");
  const pdf = await page.pdf({ format: "A4" });
  assert.equal(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g).length, 2, "two pages: sheet and key");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
