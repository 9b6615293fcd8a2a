// @vitest-environment node
/**
 * The importer's messages in the reader's language: src/data names each message by a catalog
 * key (its English text stays the fallback), and describeProblem/describeRefusal translate them.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDatasetText, type ParseOutcome } from "../../src/data/parseDataset";
import { activateLocale, t } from "../../src/i18n/i18n";
import { describeProblem, describeRefusal, IMPORT_KEYS } from "../../src/i18n/describeProblem";

const SRC = join(__dirname, "../../src/data");
const FIXTURES = join(__dirname, "../fixtures/teacher");
const en = JSON.parse(readFileSync(join(__dirname, "../../src/i18n/catalogs/en.json"), "utf8")) as Record<
  string,
  string
>;

const load = (name: string): ParseOutcome =>
  parseDatasetText(readFileSync(join(FIXTURES, name), "utf8"), { filename: name });
const refused = readdirSync(FIXTURES)
  .filter((f) => f !== "expected.json")
  .map((f) => [f, load(f)] as const)
  .filter(([, o]) => !o.ok);

afterAll(() => activateLocale("en"));

describe("import messages through the catalogs", () => {
  it("every key the importer can send is in the catalog and known to describeProblem", () => {
    const sent = new Set<string>();
    for (const f of readdirSync(SRC).filter((f) => f.endsWith(".ts")))
      for (const m of readFileSync(join(SRC, f), "utf8").matchAll(/"(import\.[A-Za-z.]+)"/g)) sent.add(m[1]!);
    expect(sent.size).toBeGreaterThan(20);
    for (const key of sent) {
      expect(IMPORT_KEYS, key).toContain(key);
      expect(en[key], key).toBeDefined();
    }
    for (const key of IMPORT_KEYS) expect(en[key], key).toBeDefined();
  });

  it("in English, the translated text is exactly the importer's own", async () => {
    await activateLocale("en");
    expect(refused.length).toBeGreaterThan(1);
    const odd = [
      "",
      "PK\u0003\u0004zip",
      "%PDF-1.4",
      "<html></html>",
      "just words",
      "[1, 2]",
      "date,title\n,\n",
    ].map((text) => parseDatasetText(text));
    for (const o of [...refused.map(([, o]) => o), ...odd]) {
      if (o.ok) continue;
      expect(describeRefusal(o.error, o.errorRef, t)).toBe(o.error);
      for (const p of o.problems) expect(describeProblem(p, t)).toBe(p.message);
    }
    expect(odd.filter((o) => !o.ok && o.errorRef).length).toBe(odd.length);
  });

  it("a refused teacher's file reads in Japanese", async () => {
    const outcome = load("19-all-rows-bad.csv");
    if (outcome.ok) throw new Error("expected a refusal");
    await activateLocale("ja");
    const head = describeRefusal(outcome.error, outcome.errorRef, t);
    expect(head).toBe("2行のうち、使える行がありませんでした。問題点を下に示します。");
    const lines = outcome.problems.map((p) => describeProblem(p, t));
    expect(lines).toEqual([
      "2行目: date「31/31/2000」は実在しない日付です（31月はありません）",
      expect.stringMatching(/^3行目: date「soon」は読み取れる日付の形式ではありません。/),
      "category（またはType）列がありません。すべての出来事はカテゴリー「Event」になります。",
    ]);
    // A missing date is keyed, so the whole line is Japanese.
    const missing = parseDatasetText("date,title,actors,source\n,A,Japan,Book\n", { filename: "x.csv" });
    if (missing.ok) throw new Error("expected a refusal");
    expect(missing.problems.map((p) => describeProblem(p, t))).toContain("2行目: date（日付）がありません");
  });
});
