/**
 * CSV translation columns (issue 15): `title_xx` / `summary_xx` / `note_xx` become the
 * dataset's `translations`, are not reported as unused columns, and the CSV export writes
 * them back, so a spreadsheet with translations survives export and import unchanged.
 */
import { describe, expect, it } from "vitest";
import { datasetToCsv } from "../../src/data/csv";
import { translationColumn, translationHeader } from "../../src/data/csvTranslations";
import { normalizeDataset } from "../../src/data/normalize";
import { parseDatasetText } from "../../src/data/parseDataset";
import { eventsToCsv, eventsToJson } from "../../src/components/Export/exportData";
import { applyTranslation } from "../../src/i18n/applyTranslation";

const CSV = [
  "id,date,title,summary,actors,category,source,title_ja,summary_ja,title_zh-Hans,Summary_VI,note_th",
  "2003-tokyo,2003-12-12,Tokyo Declaration,Japan and ASEAN sign.,Japan,Aid,Report,東京宣言,日本とASEANが署名。,东京宣言,,",
  "2009-fund,2009,A fund,China sets up a fund.,China,Aid,Report,,,,Trung Quốc lập quỹ.,หมายเหตุ",
  "",
].join("\n");

function load(text: string, filename = "class.csv") {
  const out = parseDatasetText(text, { filename });
  if (!out.ok) throw new Error(out.error);
  return out;
}

describe("CSV translation columns", () => {
  it("read headers as language tags, as spreadsheets write them", () => {
    expect(translationColumn("title_ja")).toEqual({ field: "title", lang: "ja" });
    expect(translationColumn("summary_zh_hans")).toEqual({ field: "summary", lang: "zh-Hans" });
    expect(translationColumn("note_pt_br")).toEqual({ field: "note", lang: "pt-BR" });
    expect(translationColumn("title")).toBeNull();
    expect(translationColumn("date_note")).toBeNull();
    expect(translationHeader("title", "zh-Hans")).toBe("title_zh_hans");
  });

  it("import maps them into the dataset's translations, per language and event", () => {
    const out = load(CSV);
    expect(out.dataset.translations).toEqual({
      ja: { events: { "2003-tokyo": { title: "東京宣言", summary: "日本とASEANが署名。" } } },
      "zh-Hans": { events: { "2003-tokyo": { title: "东京宣言" } } },
      vi: { events: { "2009-fund": { summary: "Trung Quốc lập quỹ." } } },
      th: { events: { "2009-fund": { note: "หมายเหตุ" } } },
    });
    // The English stays the event's own text.
    expect(out.dataset.events[0]!.title).toBe("Tokyo Declaration");
    expect(out.problems.map((p) => p.message).join("\n")).not.toMatch(/is not used/);
  });

  it("the translations show in the app: the dataset in Japanese, the English kept for search", () => {
    const ds = normalizeDataset(load(CSV).dataset);
    const ja = applyTranslation(ds, ds.translations!.ja!, "ja");
    expect(ja.eventById.get("2003-tokyo")!.title).toBe("東京宣言");
    expect(ja.eventById.get("2009-fund")!.title).toBe("A fund");
  });

  it("export writes them back and import gives the same translations (round trip)", () => {
    const first = load(CSV).dataset;
    const csv = datasetToCsv(first);
    expect(csv.split("\r\n")[0]).toMatch(/,title_ja,summary_ja,note_th,summary_vi,title_zh_hans$/);
    const second = load(csv, "export.csv").dataset;
    expect(second.translations).toEqual(first.translations);
    expect(second.events).toEqual(first.events);
  });

  it("a long translated title is shortened like the English, not fatal", () => {
    const long = "長".repeat(300);
    const out = load(`date,title,title_ja\n2003,Short,${long}\n`);
    const title = Object.values(out.dataset.translations!.ja!.events!)[0]!.title!;
    expect(title.length).toBeLessThanOrEqual(160);
    expect(title.endsWith("…")).toBe(true);
  });

  it("the app's export of a dataset shown in another language keeps the English and the translations", () => {
    const ds = normalizeDataset(load(CSV).dataset);
    const ja = applyTranslation(ds, ds.translations!.ja!, "ja");
    const json = JSON.parse(eventsToJson(ja, ja.events));
    expect(json.events[0].title).toBe("Tokyo Declaration");
    expect(json.translations.ja.events["2003-tokyo"].title).toBe("東京宣言");
    const again = load(eventsToCsv(ja, ja.events), "export.csv").dataset;
    expect(again.events.map((e) => e.title)).toEqual(["Tokyo Declaration", "A fund"]);
    expect(again.translations?.ja).toEqual(json.translations.ja);
  });
});
