// A teacher's own data (issue 11): every kind of refusal shows its problems on screen, TimelineJS3
// CSV and JSON files are drawn with their groups as lanes, BC dates are drawn and labelled, and
// axe passes with the problem list open.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { setup, openApp, axe } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";

let env;
let files;
before(async () => {
  env = await setup();
  files = await startServer({ dir: path.resolve("tests/fixtures/teacher") });
});
after(async () => {
  await env?.close();
  await files?.close();
});

/** Open a page whose load is refused: no readiness mark, so wait for the alert instead. */
async function openRefused(query, viewport = { width: 1280, height: 800 }) {
  const ctx = await env.browser.newContext({ viewport });
  const page = await ctx.newPage();
  await page.goto(env.base + query);
  const alert = page.getByRole("alert").filter({ hasText: /could not be loaded/ });
  await alert.waitFor();
  return { page, ctx, alert };
}

test("each kind of refusal shows its problems on screen", async (t) => {
  const cases = [
    // Every row fails: the row-numbered list is shown at once.
    [
      "19-all-rows-bad.csv",
      /None of the 2 rows could be used/,
      [/Row 2: date '31\/31\/2000'/, /Row 3: date 'soon'/],
    ],
    // A JSON file with wrong types.
    ["23-wrong-types.json", /This is not a usable dataset/, [/actors/]],
    // Columns the importer cannot place.
    ["12-vietnamese.csv", /has no 'date'/, []],
  ];
  for (const [file, error, listed] of cases) {
    await t.test(file, async () => {
      const { page, ctx, alert } = await openRefused(`?data=${encodeURIComponent(files.url + file)}`);
      assert.match(await alert.textContent(), error);
      assert.match(await alert.textContent(), /Nothing is shown until a dataset loads/);
      const list = page.getByRole("region", { name: "Problems in the file" });
      for (const re of listed) assert.match(await list.textContent(), re);
      await ctx.close();
    });
  }
  await t.test("in Japanese, the refusal and its rows read in Japanese", async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(`${env.base}?lang=ja&data=${encodeURIComponent(files.url + "19-all-rows-bad.csv")}`);
    const alert = page.getByRole("alert").filter({ hasText: /データセットを読み込めませんでした/ });
    await alert.waitFor();
    assert.match(await alert.textContent(), /2行のうち、使える行がありませんでした/);
    assert.doesNotMatch(await alert.textContent(), /None of the|could be used/);
    const list = page.getByRole("region", { name: "ファイル内の問題" });
    assert.match(await list.textContent(), /2行目: /);
    assert.match(await list.textContent(), /3行目: /);
    assert.doesNotMatch(await list.textContent(), /is not a/);
    await ctx.close();
  });
  await t.test("a javascript: address is shown, never replaced by the built-in data", async () => {
    const { page, ctx, alert } = await openRefused("?data=javascript:alert(1)");
    assert.match(await alert.textContent(), /'javascript:alert\(1\)' cannot be loaded/);
    assert.equal(await page.locator("[data-event-id]").count(), 0);
    await ctx.close();
  });
  await t.test("a missing relative file names its address", async () => {
    const { ctx, alert } = await openRefused("?data=no-such-lesson.csv");
    assert.match(await alert.textContent(), /404.*no-such-lesson\.csv/);
    await ctx.close();
  });
  await t.test("a file from a server without CORS names the ways that allow it", async () => {
    const closed = await startServer({
      dir: path.resolve("tests/fixtures/teacher"),
      headers: { "access-control-allow-origin": "https://elsewhere.invalid" },
    });
    const { ctx, alert } = await openRefused(`?data=${encodeURIComponent(closed.url + "03-year-only.csv")}`);
    const text = await alert.textContent();
    for (const way of ["GitHub Pages", "Google Sheet", "CORS", "A file from this device"])
      assert.ok(text.includes(way), way);
    await ctx.close();
    await closed.close();
  });
  await t.test("the Open dataset dialog lists them too, and axe passes with the list open", async () => {
    const page = await openApp(env.browser, env.base, "");
    await page.getByRole("button", { name: "Open dataset…" }).click();
    await page
      .getByLabel(/A file from this device/)
      .setInputFiles(path.resolve("tests/fixtures/teacher/19-all-rows-bad.csv"));
    const dialog = page.getByRole("dialog");
    await dialog.getByText(/Row 3: date 'soon'/).waitFor();
    assert.match(await dialog.textContent(), /Row 2: date '31\/31\/2000'/);
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });
});

test("TimelineJS3 CSV and JSON are drawn with their groups as lanes", async () => {
  for (const [file, groups, title] of [
    ["timelinejs-example.csv", ["Vietnam", "China", "Korea"], "The Cold War in Asia"],
    ["timelinejs-example.json", ["China", "Greece", "Rome"], "Ancient Mediterranean and China"],
  ]) {
    const page = await openApp(env.browser, env.base, `?data=${file}`);
    assert.ok((await page.locator("[data-testid=timeline-chart] [data-event-id]").count()) >= 7, file);
    const text = await page.locator("[data-testid=timeline-chart]").textContent();
    for (const g of groups) assert.ok(text.includes(g), `${file}: lane ${g}`);
    assert.ok((await page.locator("h1").textContent()).includes(title) || (await page.title()).length > 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test("BC dates are drawn and labelled", async () => {
  const page = await openApp(env.browser, env.base, "?data=timelinejs-example.json");
  const axisText = await page.locator("[data-testid=timeline-chart]").textContent();
  assert.match(axisText, /\d+ BC/);
  assert.ok((await page.locator("[data-testid=timeline-chart] [data-event-id]").count()) >= 7);
  const label = await page
    .locator("[data-testid=timeline-chart] [aria-label*='Caesar']")
    .first()
    .getAttribute("aria-label");
  assert.match(label, /44 BC/);
  await page.context().close();
});
