/**
 * Content translations of the built-in dataset and its story
 * (data/translations/<lang>.json, format in the issue-15 notes): every file
 * present is checked, so languages can be added one by one.
 *
 * - valid JSON whose `lang` matches the file name;
 * - every id it names exists in data/events.json (no typos, no stale ids);
 * - every event it translates has a title and a summary;
 * - its story has exactly as many steps as the English story;
 * - figures are kept: every 4-digit year in an English text appears in its
 *   translation, and for languages whose number words we can read (ja,
 *   zh-Hans, ko) every English figure, with its scale word multiplied out
 *   ("US$44.7 billion" = 44 700 000 000), appears with the same value in the
 *   translation ("447億", "447亿", "447억").
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import rawDataset from "../../data/events.json";
import rawStory from "../../data/stories/japan-china-asean.json";

// Relative to the repository root, where vitest runs (as in csv.test.ts).
const dir = "data/translations/";

interface Texts {
  [field: string]: string | undefined;
}
interface Translation {
  lang: string;
  dataset?: Texts;
  actors?: Record<string, Texts>;
  categories?: Record<string, Texts>;
  eras?: Record<string, Texts>;
  sources?: Record<string, Texts>;
  events?: Record<string, Texts>;
  story?: { title?: string; description?: string; steps?: Texts[] };
}

const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")) : [];

const englishEvents = new Map<string, Texts>(
  rawDataset.events.map((e) => [
    e.id,
    { title: e.title, summary: e.summary, note: e.note, dateNote: (e as { dateNote?: string }).dateNote },
  ]),
);
const ids = {
  actors: new Set(rawDataset.actors.map((a) => a.id)),
  categories: new Set(rawDataset.categories.map((c) => c.id)),
  eras: new Set(rawDataset.eras.map((e) => e.id)),
  sources: new Set(rawDataset.sources.map((s) => s.id)),
  events: new Set(englishEvents.keys()),
};

const years = (text: string): string[] => text.match(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g) ?? [];

const englishScales: Record<string, number> = { trillion: 1e12, billion: 1e9, million: 1e6 };
/** Every figure in an English text, scale words multiplied out, rounded to a whole number. */
function englishValues(text: string): number[] {
  const re = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(trillion|billion|million)\b)?/g;
  return [...text.matchAll(re)].map((m) => {
    const n = Number(m[1]!.replace(/,/g, ""));
    return Math.round(n * (m[2] ? englishScales[m[2]]! : 1));
  });
}

/** Large-number units of the East Asian languages, longest first. */
const cjkUnits: Record<string, [string, number][]> = {
  ja: [
    ["兆", 1e12],
    ["億", 1e8],
    ["万", 1e4],
  ],
  "zh-Hans": [
    ["万亿", 1e12],
    ["亿", 1e8],
    ["万", 1e4],
  ],
  ko: [
    ["조", 1e12],
    ["억", 1e8],
    ["만", 1e4],
  ],
};
/**
 * Every figure in a translated text, reading compounds such as "2億4360万"
 * (243 600 000) or "1조 8000억" as one value; the parts alone count too.
 */
function cjkValues(text: string, units: [string, number][]): number[] {
  const num = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
  const unit = units.map(([u]) => u).join("|");
  const re = new RegExp(String.raw`(?:(?:${num})\s?(?:${unit})\s?)*(?:${num})(?:\s?(?:${unit}))?`, "g");
  const values: number[] = [];
  for (const [whole] of text.matchAll(re)) {
    let total = 0;
    for (const part of whole.matchAll(new RegExp(String.raw`(${num})\s?(${unit})?`, "g"))) {
      const n = Number(part[1]!.replace(/,/g, ""));
      const scale = part[2] ? units.find(([u]) => u === part[2])![1] : 1;
      values.push(Math.round(n * scale), n);
      total += n * scale;
    }
    values.push(Math.round(total));
  }
  return values;
}

describe("cjkValues and englishValues", () => {
  it("multiply scale words out", () => {
    expect(englishValues("US$44.7 billion and USD243.6 million, 1,154 firms")).toEqual([
      44_700_000_000, 243_600_000, 1154,
    ]);
    expect(cjkValues("447億米ドル、2億4360万米ドル", cjkUnits.ja!)).toEqual(
      expect.arrayContaining([44_700_000_000, 243_600_000]),
    );
    expect(cjkValues("1.8万亿日元", cjkUnits["zh-Hans"]!)).toContain(1_800_000_000_000);
    expect(cjkValues("2억 4360만 달러", cjkUnits.ko!)).toContain(243_600_000);
    expect(cjkValues("30.77億円", cjkUnits.ja!)).not.toContain(30_770_000_000);
  });
});

it("has files only for the six languages the built-in content is translated into", () => {
  for (const f of files)
    expect(["ja", "zh-Hans", "ko", "id", "vi", "th"]).toContain(f.replace(/\.json$/, ""));
});

describe.each(files)("data/translations/%s", (file) => {
  const text = readFileSync(dir + file, "utf8");
  const t = JSON.parse(text) as Translation;
  const lang = file.replace(/\.json$/, "");

  it("is valid JSON whose lang matches the file name", () => {
    expect(t.lang).toBe(lang);
  });

  it("names only ids that exist in data/events.json", () => {
    for (const kind of ["actors", "categories", "eras", "sources", "events"] as const) {
      for (const id of Object.keys(t[kind] ?? {})) {
        expect(ids[kind].has(id), `${kind}: unknown id ${id}`).toBe(true);
      }
    }
  });

  it("gives every translated event a title and a summary, and only known fields", () => {
    for (const [id, e] of Object.entries(t.events ?? {})) {
      expect(e.title?.trim(), `${id}: title`).toBeTruthy();
      expect(e.summary?.trim(), `${id}: summary`).toBeTruthy();
      for (const field of Object.keys(e)) {
        expect(["title", "summary", "note", "dateNote"], `${id}: field ${field}`).toContain(field);
        expect(englishEvents.get(id)![field], `${id}: ${field} has no English original`).toBeTruthy();
      }
    }
  });

  it("has as many story steps as the English story", () => {
    if (t.story?.steps) expect(t.story.steps).toHaveLength(rawStory.steps.length);
  });

  const pairs = (): [string, string, string][] => {
    const out: [string, string, string][] = [];
    for (const [id, e] of Object.entries(t.events ?? {})) {
      for (const field of ["title", "summary", "note", "dateNote"]) {
        const en = englishEvents.get(id)?.[field];
        const tr = e[field];
        if (en && tr) out.push([`${id}.${field}`, en, tr]);
      }
    }
    (t.story?.steps ?? []).forEach((s, i) => {
      const en = rawStory.steps[i];
      if (en && s.title) out.push([`step ${i}.title`, en.title, s.title]);
      if (en && s.narration) out.push([`step ${i}.narration`, en.narration, s.narration]);
    });
    if (t.story?.description) out.push(["story.description", rawStory.description, t.story.description]);
    if (t.story?.title) out.push(["story.title", rawStory.title, t.story.title]);
    if (t.dataset?.description)
      out.push(["dataset.description", rawDataset.description, t.dataset.description]);
    for (const era of rawDataset.eras) {
      const tr = t.eras?.[era.id]?.label;
      if (tr) out.push([`era ${era.id}`, era.label, tr]);
    }
    return out;
  };

  it("keeps every 4-digit year of the English", () => {
    const missing = pairs().flatMap(([where, en, tr]) =>
      years(en)
        .filter((y) => !tr.includes(y))
        .map((y) => `${where}: ${y}`),
    );
    expect(missing).toEqual([]);
  });

  const units = cjkUnits[lang];
  it.runIf(units !== undefined)("keeps every English figure at the same value", () => {
    const missing = pairs().flatMap(([where, en, tr]) => {
      const have = new Set(cjkValues(tr, units!));
      return englishValues(en)
        .filter((v) => !have.has(v))
        .map((v) => `${where}: ${v}`);
    });
    expect(missing).toEqual([]);
  });
});
