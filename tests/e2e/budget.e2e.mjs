// The first view's weight in bytes (issues 14, 15, 17): every file the page fetches on
// its own, from navigation until the network is quiet after an idle callback, gzip as a
// static host sends it (scripts/serve.mjs). No timing is asserted: which files load
// without a user's action, and their sizes, are the same on every machine.
import test, { after, before } from "node:test";
import assert from "node:assert/strict";
import { setup } from "./harness.mjs";
import { BUDGET, kb, measureFirstView } from "../../bench/lib/firstView.mjs";
import { LANGS } from "../../bench/firstView.mjs";

let env;
const views = new Map();
before(async () => {
  env = await setup();
  for (const lang of LANGS) {
    const url = lang === "en" ? env.base : `${env.base}?lang=${lang}`;
    views.set(lang, await measureFirstView(env.browser, url, { settle: "idle" }));
  }
});
after(() => env?.close());

const list = (v) =>
  [...v.files]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8)
    .map((f) => `${f.path} ${kb(f.bytes)}`)
    .join(", ");

test("the first view fits its budget: English within 150 KB gzip, any other language within 170 KB", () => {
  for (const [lang, v] of views) {
    const budget = lang === "en" ? BUDGET.en : BUDGET.other;
    assert.ok(
      v.total <= budget,
      `${lang}: ${kb(v.total)} > ${kb(budget)} (largest: ${list(v)}). Keep new code out of the first view (lazy chunks, loaded on first use).`,
    );
  }
});

test("the first view loads no code or text it does not show: no zod, no CSV parser, no editor, no dialogs, no second catalog part", () => {
  for (const [lang, v] of views) {
    const names = v.files.map((f) => f.path);
    for (const lazy of [
      /\/schema-/,
      /\/validate-/,
      /\/csv-/,
      /\/Editor-/,
      /\/workerLoad-/,
      /\/PrintSheet-/,
      /\/DraftOffer-/,
      /\/OpenDatasetPanel-/,
      /\/ProblemList-/,
      /-more-/,
    ])
      assert.ok(!names.some((n) => lazy.test(n)), `${lang} fetched ${names.find((n) => lazy.test(n))}`);
    assert.deepEqual(v.errors, [], `${lang}: page errors`);
  }
});
