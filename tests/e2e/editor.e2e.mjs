// The editor, as a teacher uses it: a three-event timeline built from empty with
// the keyboard only; the draft kept across a reload and continued; undo and redo;
// an event's image in the detail panel; a sandboxed frame with no storage; axe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openApp, axe, waitReady } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";

let env;
let corsApp; // a sandboxed (opaque-origin) frame loads the module scripts as CORS requests
before(async () => {
  env = await setup();
  corsApp = await startServer({
    dir: process.env.E2E_DIST ?? "dist",
    headers: { "access-control-allow-origin": "*" },
  });
});
after(async () => {
  await env?.close();
  await corsApp?.close();
});

const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

/** The accessible-ish name of the focused element: its label, aria-label or text. */
const focusedName = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return "";
    const label = el.labels?.[0]?.textContent ?? el.getAttribute("aria-label") ?? el.textContent ?? "";
    return label.replace(/\s+/g, " ").trim();
  });

/** Press Tab until the focused control's name matches `name` (a string prefix or a RegExp). */
async function tabTo(page, name, { max = 120, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    const n = await focusedName(page);
    if (typeof name === "string" ? n.startsWith(name) : name.test(n)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`never reached ${name}; last focus: ${await focusedName(page)}`);
}

const rows = (page) => page.locator(".ed-rowbtn").allTextContents();
const marks = (page) =>
  page
    .locator(".app [data-event-id]")
    .evaluateAll((els) => [...new Set(els.map((e) => e.dataset.eventId))].sort());

async function addEventByKeyboard(page, { year, title, summary, firstOfKind }) {
  await tabTo(page, "Add event", { back: true });
  await page.keyboard.press("Enter");
  await tabTo(page, "Year");
  await page.keyboard.type(year);
  await tabTo(page, "Title");
  await page.keyboard.type(title);
  await page.keyboard.press("Tab");
  await page.keyboard.type(summary);
  if (firstOfKind) {
    await tabTo(page, "New actor");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Japan");
    await page.keyboard.press("Enter");
    await tabTo(page, "New category");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Development aid");
    await page.keyboard.press("Enter");
    await tabTo(page, "New source");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.type("ASEAN-Japan relations, a history");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Sudo Sueo");
    await page.keyboard.press("Tab");
    await page.keyboard.type("2002");
    await page.keyboard.press("Enter");
  } else {
    await tabTo(page, /Japan$/);
    await page.keyboard.press("Space");
    await tabTo(page, "Category");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "Cite a source");
    await page.keyboard.press("Enter");
  }
}

test("build a three-event timeline from empty by keyboard, reload and continue, undo and redo", async () => {
  const page = await openApp(env.browser, env.base, "");
  // Edit, from the header, by keyboard.
  await page.locator(".edit-action").focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Make your own timeline" }).waitFor();
  assert.match(page.url(), /[?&]edit=1/);
  await tabTo(page, "Start empty");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Editor" }).waitFor();

  await addEventByKeyboard(page, {
    year: "1977",
    title: "Fukuda Doctrine",
    summary: "Japan's prime minister promises ASEAN a heart-to-heart partnership.",
    firstOfKind: true,
  });
  await addEventByKeyboard(page, {
    year: "1987",
    title: "ASEAN-Japan Development Fund",
    summary: "Japan announces a fund for ASEAN's private sector.",
  });
  await addEventByKeyboard(page, {
    year: "2003",
    title: "Tokyo Declaration",
    summary: "Japan and ASEAN sign a declaration of partnership.",
  });

  // Three events, none a draft, all three on the timeline beside the form.
  await page.waitForFunction(() => document.querySelectorAll(".ed-rowbtn").length === 3);
  assert.equal(await page.locator(".ed-rowbtn--draft").count(), 0, (await rows(page)).join(" | "));
  await page.waitForFunction(
    () =>
      new Set([...document.querySelectorAll(".app [data-event-id]")].map((e) => e.dataset.eventId)).size ===
      3,
  );
  assert.deepEqual(await marks(page), [
    "1977-fukuda-doctrine",
    "1987-asean-japan-development-fund",
    "2003-tokyo-declaration",
  ]);
  await page.getByText("Saved in this browser").waitFor();

  // Selecting in the editor selects in the timeline (the detail panel opens), and the other way round.
  await page.locator(".ed-rowbtn", { hasText: "Fukuda Doctrine" }).click();
  await page.locator(".detail-title", { hasText: "Fukuda Doctrine" }).waitFor();
  await page.locator('.app [data-event-id="2003-tokyo-declaration"]').first().click();
  await page.locator('.ed-rowbtn[aria-current="true"]', { hasText: "Tokyo Declaration" }).waitFor();

  // Undo and redo, by keys and by buttons.
  const title = page.getByRole("textbox", { name: "Title", exact: true });
  await title.focus();
  await page.keyboard.press("End");
  await page.keyboard.type(" of 2003");
  await page.locator(".ed-rowbtn", { hasText: "Tokyo Declaration of 2003" }).waitFor();
  await page.keyboard.press("Control+z");
  await page.waitForFunction(() =>
    [...document.querySelectorAll(".ed-rowbtn")].every((b) => !b.textContent.includes("of 2003")),
  );
  await page.keyboard.press("Control+Shift+z");
  await page.locator(".ed-rowbtn", { hasText: "Tokyo Declaration of 2003" }).waitFor();
  await page.getByRole("button", { name: "Undo" }).click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll(".ed-rowbtn")].every((b) => !b.textContent.includes("of 2003")),
  );
  await page.getByRole("button", { name: "Redo" }).click();
  await page.locator(".ed-rowbtn", { hasText: "Tokyo Declaration of 2003" }).waitFor();
  await page.getByText("Saved in this browser").waitFor();

  const violations = await axe(page, { runOnly: ["wcag2a", "wcag2aa"] });
  assert.deepEqual(violations, []);

  // Reload: the editor offers to continue the draft, with its three events.
  await page.reload();
  await page.getByRole("heading", { name: "Make your own timeline" }).waitFor();
  const cont = page.getByRole("button", { name: /^Continue “/ });
  await cont.waitFor();
  await cont.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll(".ed-rowbtn").length === 3);
  await page.locator(".ed-rowbtn", { hasText: "Tokyo Declaration of 2003" }).waitFor();
  await page.waitForFunction(
    () =>
      new Set([...document.querySelectorAll(".app [data-event-id]")].map((e) => e.dataset.eventId)).size ===
      3,
  );
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("an event with an image shows it in the detail panel; a broken one shows its alt text and credit", async () => {
  const page = await openApp(env.browser, env.base, "?edit=1");
  await page.getByRole("button", { name: "Start from the built-in events" }).click();
  await page.getByRole("heading", { name: "Editor" }).waitFor();
  await page.locator(".ed-rowbtn").first().click();
  await page.getByLabel("Image link (http or https)").fill(PNG.replace("data:", "https://invalid.invalid/"));
  await page.getByLabel(/^Alt text/).fill("A handshake at the summit");
  await page.getByLabel("Credit").fill("Photo: ASEAN Secretariat");
  // The detail panel shows the event, with the broken image's alt text and credit.
  await page.locator(".detail .event-image-broken", { hasText: "A handshake at the summit" }).waitFor();
  await page.locator(".detail .event-image-credit", { hasText: "Photo: ASEAN Secretariat" }).waitFor();
  // A picked (data:) image is drawn through <img>, lazily.
  const file = Buffer.from(PNG.split(",")[1], "base64");
  await page
    .getByLabel(/^Or pick a file/)
    .setInputFiles({ name: "dot.png", mimeType: "image/png", buffer: file });
  const img = page.locator(".detail .event-image img");
  await img.waitFor();
  assert.equal(await img.getAttribute("loading"), "lazy");
  assert.equal(await img.getAttribute("alt"), "A handshake at the summit");
  assert.match(await img.getAttribute("src"), /^data:image\/png;base64,/);
  assert.deepEqual(
    page.errors.filter((e) => !/invalid\.invalid|ERR_NAME_NOT_RESOLVED/.test(e)),
    [],
  );
  await page.context().close();
});

test("in a sandboxed frame without storage the editor says so and keeps working", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setContent(
    `<iframe sandbox="allow-scripts" src="${corsApp.url}?edit=1" style="width:1200px;height:760px"></iframe>`,
  );
  const frame = page.frameLocator("iframe");
  await frame.getByRole("button", { name: "Start empty" }).click();
  await frame
    .getByText(/does not let the page keep drafts/)
    .first()
    .waitFor();
  await frame.getByRole("button", { name: "Add event" }).click();
  await frame.getByRole("textbox", { name: "Title", exact: true }).fill("Kept in memory");
  await frame.locator(".ed-rowbtn", { hasText: "Kept in memory" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("on return, the app offers to continue the draft, after the first view is ready", async () => {
  const page = await openApp(env.browser, env.base, "?edit=1");
  await page.getByRole("button", { name: "Start from the built-in events" }).click();
  await page.getByRole("heading", { name: "Editor" }).waitFor();
  await page.getByRole("textbox", { name: "Draft name" }).fill("Meiji unit");
  await page.getByText("Saved in this browser").waitFor();

  // Back later, without edit=1: a small notice offers the draft.
  await page.goto(env.base);
  await waitReady(page);
  const offer = page.getByRole("complementary", { name: "Saved draft" });
  await offer.waitFor();
  // Its code and the look-up came after the readiness mark: the first view paid nothing for them.
  const order = await page.evaluate(() => {
    const ready = performance.getEntriesByName("timeline:ready")[0].startTime;
    const chunk = performance.getEntriesByType("resource").find((r) => /DraftOffer/.test(r.name));
    return { ready, chunk: chunk?.startTime ?? null };
  });
  assert.ok(order.chunk === null || order.chunk > order.ready, JSON.stringify(order));
  await offer.getByRole("button", { name: "Continue editing “Meiji unit”" }).click();
  await page.getByRole("heading", { name: "Editor" }).waitFor();
  assert.equal(await page.getByRole("textbox", { name: "Draft name" }).inputValue(), "Meiji unit");
  assert.equal(await offer.count(), 0);

  // Dismissed, it stays out of the way.
  await page.goto(env.base);
  await waitReady(page);
  await offer.getByRole("button", { name: "Not now" }).click();
  assert.equal(await offer.count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("importing a file with bad rows keeps them as marked draft rows, with the validator's words", async () => {
  const page = await openApp(env.browser, env.base, "?edit=1");
  const csv = [
    "id,date,end,title,summary,actors,category,amount,currency,source,page,link,note",
    "a,2003,,Good event,Fine.,Japan,Aid,,,Our textbook,,,",
    "b,31/02/2003,,Bad date,There is no 31 February.,China,Aid,,,Our textbook,,,",
    "c,2005,,Good again,Fine.,Japan,Aid,,,Our textbook,,,",
  ].join("\n");
  await page
    .locator(".editor input[type=file]")
    .setInputFiles({ name: "class.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("heading", { name: "Editor" }).waitFor();
  await page.getByRole("alert").filter({ hasText: "kept as draft rows" }).waitFor();
  assert.equal(await page.locator(".ed-rowbtn").count(), 3);
  assert.equal(await page.locator(".ed-rowbtn--draft").count(), 1);
  // The form opens on it, its date field saying what is wrong.
  assert.equal(await page.locator(".ed-rowbtn[aria-current=true] .ed-row-title").textContent(), "Bad date");
  await page
    .locator(".ed-date .ed-problems", { hasText: /real date/ })
    .first()
    .waitFor();
  // The two good events are on the timeline.
  await page.waitForFunction(
    () =>
      new Set([...document.querySelectorAll(".app [data-event-id]")].map((e) => e.dataset.eventId)).size ===
      2,
  );
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("while the editor's code loads, its placeholder takes the editor's place: beside the app, or the whole phone screen", async () => {
  for (const [viewport, phone] of [
    [{ width: 1280, height: 800 }, false],
    [{ width: 375, height: 667 }, true],
  ]) {
    const context = await env.browser.newContext({ viewport });
    const page = await context.newPage();
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/\/Editor-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(env.base + "?edit=1");
    const placeholder = page.getByText("Loading the editor…");
    await placeholder.waitFor();
    const box = await placeholder.boundingBox();
    const app = await page.locator(".app").boundingBox();
    if (phone) {
      assert.deepEqual([box.x, box.y, box.width, box.height], [0, 0, 375, 667]);
    } else {
      // A column at the left; the app beside it from the top, not pushed below it.
      assert.equal(box.x, 0);
      assert.ok(app.x >= box.x + box.width - 1 && app.y === 0, JSON.stringify({ box, app }));
    }
    release();
    await page.getByRole("button", { name: "Start empty" }).waitFor();
    assert.equal(await placeholder.count(), 0);
    await context.close();
  }
});
