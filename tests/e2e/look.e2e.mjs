// What a reader of each language sees: the header fits in every language at the classroom
// projector's 1024×768 and on a phone, the dataset's title keeps a readable width beside the actions (it was cut to "Soft p…"
// beside a language menu as wide as "Bahasa Indonesia"), nothing leaves the screen, and the
// language menu keeps its accessible name.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { setup, openApp } from "./harness.mjs";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const catalog = (lang) => JSON.parse(fs.readFileSync(`src/i18n/catalogs/${lang}.json`, "utf8"));

for (const lang of ["en", "ja", "th", "km", "vi"]) {
  test(`${lang}: at 1024×768 the title keeps its room beside the actions`, async () => {
    const page = await openApp(env.browser, env.base, `?lang=${lang}`, {
      viewport: { width: 1024, height: 768 },
    });
    const menu = page.getByRole("combobox", { name: catalog(lang)["language.label"], exact: true });
    const box = await page.evaluate(() => {
      const r = (el) => el.getBoundingClientRect();
      const title = document.querySelector(".brand-title");
      const actions = [...document.querySelectorAll(".app-header .actions > *")]
        .map(r)
        .filter((a) => a.width > 0);
      return {
        title: { width: r(title).width, right: r(title).right },
        firstAction: Math.min(...actions.map((a) => a.left)),
        rightmost: Math.max(...actions.map((a) => a.right)),
        headerOverflows: document.querySelector(".app-header").scrollWidth > innerWidth,
      };
    });
    assert.ok(box.title.width >= 160, `title ${box.title.width}px wide`);
    assert.ok(box.title.right <= box.firstAction, "the actions never cover the title");
    assert.ok(box.rightmost <= 1024 && !box.headerOverflows, "nothing leaves the screen");
    // As wide as the language shown, not as the longest name in the list.
    assert.ok((await menu.boundingBox()).width < 130, "a compact language menu");
    await page.context().close();
  });

  test(`${lang}: on a phone the header stays on the screen`, async () => {
    const page = await openApp(env.browser, env.base, `?lang=${lang}`, {
      viewport: { width: 375, height: 667 },
    });
    const fits = await page.evaluate(() => {
      const h = document.querySelector(".app-header");
      const title = document.querySelector(".brand-title").getBoundingClientRect();
      return h.scrollWidth <= innerWidth && title.width >= 80;
    });
    assert.ok(fits);
    await page.context().close();
  });
}

test("th: the open-dataset dialog's file button speaks Thai and opens the file picker", async () => {
  const th = catalog("th");
  const page = await openApp(env.browser, env.base, "?lang=th", { viewport: { width: 1280, height: 800 } });
  await page.getByRole("button", { name: th["open.button"], exact: true }).click();
  const choose = page.getByRole("button", { name: th["open.chooseFile"], exact: true });
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), choose.click()]);
  assert.ok(chooser, "the picker opened");
  // The browser's own "Choose File · No file chosen" is not shown (the input is visually hidden).
  const input = await page.getByLabel(new RegExp(th["open.file"].slice(0, 12))).boundingBox();
  assert.ok(input.width <= 2 && input.height <= 2, "the native file button is hidden");
  await page.context().close();
});
