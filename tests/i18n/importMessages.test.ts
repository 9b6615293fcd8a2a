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
import { describeLoadError, describeProblem, describeRefusal } from "../../src/i18n/describeProblem";

const SRC = join(__dirname, "../../src/data");
const FIXTURES = join(__dirname, "../fixtures/teacher");
const BAD = join(__dirname, "../fixtures/bad");
const en = JSON.parse(readFileSync(join(__dirname, "../../src/i18n/catalogs/en.json"), "utf8")) as Record<
  string,
  string
>;

const load = (name: string): ParseOutcome =>
  parseDatasetText(readFileSync(join(FIXTURES, name), "utf8"), { filename: name });
const all = [FIXTURES, BAD].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f !== "expected.json")
    .map((f) => [f, parseDatasetText(readFileSync(join(dir, f), "utf8"), { filename: f })] as const),
);
const refused = all.filter(([, o]) => !o.ok);

afterAll(() => activateLocale("en"));

describe("import messages through the catalogs", () => {
  it("every key the importer can send is in the catalog", () => {
    const sent = new Set<string>();
    for (const f of readdirSync(SRC).filter((f) => f.endsWith(".ts")))
      for (const m of readFileSync(join(SRC, f), "utf8").matchAll(/"((?:import|load)\.[A-Za-z.]+)"/g))
        sent.add(m[1]!);
    expect(sent.size).toBeGreaterThan(100);
    for (const key of sent) expect(en[key], key).toBeDefined();
  });

  it("every problem and refusal of the fixtures (a teacher's files, bad files) has a key", () => {
    expect(all.length).toBeGreaterThan(70);
    for (const [f, o] of all) {
      if (!o.ok) expect(o.errorRef, f).toBeDefined();
      for (const p of o.problems) expect(p.key, `${f}: ${p.message}`).toBeDefined();
    }
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
    // Every fixture's problems, kept or refused: the English catalog says exactly what the importer says.
    for (const o of [...all.map(([, o]) => o), ...odd]) {
      if (!o.ok) expect(describeRefusal(o.error, o.errorRef, t)).toBe(o.error);
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

  it("a teacher's messy CSV reads in Japanese and Thai, field names aside", async () => {
    const outcome = load("18-mixed-good-bad.csv");
    await activateLocale("ja");
    const ja = outcome.problems.map((p) => describeProblem(p, t));
    expect(ja).toContain("4行目: date「1946-02-30」は実在しない日付です（1946年2月に30日はありません）");
    expect(ja).toContain("6行目: id「1」は前の出来事ですでに使われています");
    expect(ja).toContain(
      "8行目: date「15/08/45」の年が2桁です。1945-08-15 のことですか？ 年は4桁で書いてください",
    );
    expect(ja.find((l) => l.startsWith("5行目"))).toMatch(/^5行目: link 'javascript:alert\(1\)' は http/);
    await activateLocale("th");
    const th = outcome.problems.map((p) => describeProblem(p, t));
    expect(th).toContain("แถว 6: id “1” ถูกใช้แล้วโดยเหตุการณ์ก่อนหน้า");
    // No English sentence is left: only field names, values and formats (YYYY, 15 August 1945).
    for (const line of [...ja, ...th])
      expect(line.replace(/'[^']*'|“[^”]*”|「[^」]*」|15 August 1945/g, "")).not.toMatch(
        /\b(is|are|the|should|must|Row|Event|not|was)\b/,
      );
  });

  it("notes name rows and dates in the reader's words; TimelineJS3 events keep their numbers", async () => {
    await activateLocale("ja");
    const uk = load("05-uk-slashes.csv").problems.map((p) => describeProblem(p, t));
    expect(uk.some((l) => l.includes("日が先として読みました（1949年4月3日）。対象: 4行目"))).toBe(true);
    const tjs = load("21-timelinejs.json").problems.map((p) => describeProblem(p, t));
    expect(tjs).toContain("出来事 4: date「1999/14」は実在しない日付です（14月はありません）");
    expect(tjs[0]).toMatch(/^TimelineJS3 の年表として読みました/);
  });

  it("JSON syntax errors and download failures are translated too", async () => {
    await activateLocale("ja");
    const broken = parseDatasetText('{"title": "x",}', { filename: "x.json" });
    if (broken.ok) throw new Error("expected a refusal");
    expect(describeRefusal(broken.error, broken.errorRef, t)).toBe(
      "JSON の 1 行 15 文字目に誤りがあります: 「}」の前にカンマが1つ多くあります。",
    );
    const quote = parseDatasetText("{'title': 1}", { filename: "x.json" });
    if (quote.ok) throw new Error("expected a refusal");
    expect(describeRefusal(quote.error, quote.errorRef, t)).toContain(
      "一重引用符（JSON では二重引用符が必要です）",
    );
    const { resolveDatasetUrl } = await import("../../src/data/fetchDataset");
    const bad = resolveDatasetUrl("ftp://example.com/x.csv");
    if (bad.ok) throw new Error("expected a refusal");
    expect(describeRefusal(bad.error, bad.errorRef, t)).toBe(
      "データのアドレス「ftp://example.com/x.csv」は読み込めません。読み込めるのは http と https のアドレスだけです。",
    );
  });

  it("a stored load error is worded again in the language shown now", async () => {
    const cancelled = { error: "Loading was cancelled.", errorRef: { key: "load.cancelled" } };
    await activateLocale("en");
    expect(describeLoadError(cancelled, t)).toBe("Loading was cancelled.");
    await activateLocale("ja");
    const ja = describeLoadError(cancelled, t);
    expect(ja).not.toBe("Loading was cancelled.");
    expect(ja).toBe(t("load.cancelled"));
    const shared = {
      prefix: { key: "load.shareFailedPrefix" },
      error: "The file is empty.",
      errorRef: { key: "import.empty" },
    };
    expect(describeLoadError(shared, t)).toBe(`${t("load.shareFailedPrefix")} ${t("import.empty")}`);
  });
});
