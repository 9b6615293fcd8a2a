/**
 * The built-in content translations (data/translations/<lang>.json) stay faithful in
 * what a machine can check: every id they name exists in data/events.json, every
 * event has a title and summary, the story keeps its step count, and every year the
 * English prints in a title, summary or narration appears in the translation too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface Texts {
  [field: string]: string | undefined;
}
interface TranslationFile {
  lang: string;
  dataset?: Texts;
  actors?: Record<string, Texts>;
  categories?: Record<string, Texts>;
  eras?: Record<string, Texts>;
  sources?: Record<string, Texts>;
  events?: Record<string, Texts>;
  story?: { title?: string; description?: string; steps?: Texts[] };
}

const DIR = "data/translations";
const english = JSON.parse(readFileSync("data/events.json", "utf8")) as {
  actors: { id: string }[];
  categories: { id: string }[];
  eras: { id: string }[];
  sources: { id: string }[];
  events: { id: string; title: string; summary: string }[];
};
const story = JSON.parse(readFileSync("data/stories/japan-china-asean.json", "utf8")) as {
  steps: { title: string; narration: string }[];
};
const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
const years = (text: string) => text.match(/\b(?:1[89]\d\d|20\d\d)\b/g) ?? [];

describe("content translations", () => {
  it("are only for the six languages the built-in story is translated into", () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files)
      expect(["ja", "zh-Hans", "ko", "id", "vi", "th"]).toContain(f.replace(/\.json$/, ""));
  });

  for (const file of files) {
    const t = JSON.parse(readFileSync(`${DIR}/${file}`, "utf8")) as TranslationFile;
    describe(file, () => {
      it("names its language after the file", () => {
        expect(t.lang).toBe(file.replace(/\.json$/, ""));
      });

      it("names only ids the dataset declares", () => {
        const known = {
          actors: english.actors,
          categories: english.categories,
          eras: english.eras,
          sources: english.sources,
          events: english.events,
        };
        for (const [part, list] of Object.entries(known)) {
          const ids = new Set(list.map((x) => x.id));
          for (const id of Object.keys(t[part as keyof typeof known] ?? {}))
            expect(ids, `${part}: ${id}`).toContain(id);
        }
      });

      it("gives each translated event a title and a summary, keeping the English years", () => {
        for (const e of english.events) {
          const tr = t.events?.[e.id];
          if (!tr) continue;
          expect(tr.title, e.id).toBeTruthy();
          expect(tr.summary, e.id).toBeTruthy();
          for (const y of years(e.title)) expect(tr.title, `${e.id} title`).toContain(y);
          for (const y of years(e.summary)) expect(tr.summary, `${e.id} summary`).toContain(y);
        }
      });

      it("keeps the story's steps in number and years", () => {
        const steps = t.story?.steps;
        if (!steps) return;
        expect(steps).toHaveLength(story.steps.length);
        story.steps.forEach((s, i) => {
          const tr = `${steps[i]!.title ?? ""} ${steps[i]!.narration ?? ""}`;
          for (const y of years(`${s.title} ${s.narration}`)) expect(tr, `step ${i + 1}`).toContain(y);
        });
      });
    });
  }
});
