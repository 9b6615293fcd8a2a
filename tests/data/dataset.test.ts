/**
 * The built-in dataset (data/events.json) and its curated story
 * (data/stories/japan-china-asean.json): valid, cited, anchored — and proof
 * that validateDataset really rejects broken copies of it.
 *
 * Runs in the default jsdom environment: tests/setup.ts touches `window`, so
 * a node-environment pragma would fail before any test ran.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import rawDataset from "../../data/events.json";
import rawStory from "../../data/stories/japan-china-asean.json";
import { validateDataset, type DataProblem } from "../../src/data/validate";
import { parsePartialDate } from "../../src/data/dates";
import { PartialDate } from "../../src/data/schema";

interface RawEvent {
  id: string;
  date: string;
  end?: string;
  title: string;
  summary: string;
  actors: string[];
  category: string;
  amount?: { value: number; scale?: string; currency: string; kind: string; text?: string };
  figures?: { label: string; value: number; unit: string; text?: string }[];
  sources: { source: string; section?: string; page?: number | string }[];
  note?: string;
  importance?: number;
  related?: string[];
  respondsTo?: string[];
}
interface RawDataset {
  actors: { id: string }[];
  categories: { id: string; dimension: string }[];
  sources: { id: string; title: string; year?: number }[];
  eras: { id: string; date: string; end: string; sources: { source: string }[] }[];
  events: RawEvent[];
  [key: string]: unknown;
}

const dataset = rawDataset as unknown as RawDataset;
const events = dataset.events;
const byId = new Map(events.map((e) => [e.id, e]));

/** A fresh deep copy to break. */
function copy(): RawDataset {
  return structuredClone(dataset);
}
function mustGet(list: RawEvent[], id: string): RawEvent {
  const ev = list.find((e) => e.id === id);
  if (!ev) throw new Error(`no event ${id}`);
  return ev;
}
function messages(problems: DataProblem[]): string {
  return problems.map((p) => p.message).join("\n");
}

describe("data/events.json", () => {
  it("validates with zero problems and keeps every event", () => {
    const result = validateDataset(rawDataset);
    expect(messages(result.problems)).toBe("");
    expect(result.skipped).toBe(0);
    expect(result.dataset).not.toBeNull();
    expect(result.dataset!.events).toHaveLength(events.length);
    expect(events.length).toBeGreaterThanOrEqual(60);
  });

  it("has unique ids of the form YYYY-slug whose year is the date's year", () => {
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const ev of events) {
      expect(ev.id, ev.id).toMatch(/^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(ev.id.slice(0, 4), ev.id).toBe(ev.date.slice(0, 4));
    }
  });

  it("cites at least one known source in every event and era", () => {
    const sourceIds = new Set(dataset.sources.map((s) => s.id));
    for (const ev of events) {
      expect(ev.sources.length, ev.id).toBeGreaterThanOrEqual(1);
      for (const s of ev.sources) expect(sourceIds.has(s.source), `${ev.id} cites ${s.source}`).toBe(true);
      // The 2009 article is cited by section and page; the commentary has no pages.
      for (const s of ev.sources) {
        expect(s.section, ev.id).toBeTruthy();
        if (s.source === "soft-power-asean-2009") expect(s.page, ev.id).toBeDefined();
        if (s.source === "courteous-charmer") expect(s.page, ev.id).toBeUndefined();
      }
    }
    for (const era of dataset.eras) {
      expect(era.sources.length, era.id).toBeGreaterThanOrEqual(1);
      for (const s of era.sources) expect(sourceIds.has(s.source), era.id).toBe(true);
    }
  });

  it("uses every actor and category it declares, and links only to existing events", () => {
    const usedActors = new Set(events.flatMap((e) => e.actors));
    for (const a of dataset.actors) expect(usedActors.has(a.id), a.id).toBe(true);
    const usedCategories = new Set(events.map((e) => e.category));
    for (const c of dataset.categories) expect(usedCategories.has(c.id), c.id).toBe(true);
    for (const ev of events)
      for (const r of [...(ev.related ?? []), ...(ev.respondsTo ?? [])])
        expect(byId.has(r), `${ev.id} → ${r}`).toBe(true);
    expect(dataset.actors.slice(0, 2).map((a) => a.id)).toEqual(["japan", "china"]);
  });

  it("keeps amounts as printed: a text for every amount, no trailing conversions", () => {
    for (const ev of events) {
      if (ev.amount) expect(ev.amount.text, ev.id).toBeTruthy();
      for (const f of ev.figures ?? []) expect(f.text, `${ev.id}: ${f.label}`).toBeTruthy();
    }
  });

  it("has about a dozen headline events", () => {
    const headline = events.filter((e) => e.importance === 1).length;
    expect(headline).toBeGreaterThanOrEqual(12);
    expect(headline).toBeLessThanOrEqual(15);
  });

  it("has the eras the sources treat as turning points", () => {
    const eras = new Map(dataset.eras.map((e) => [e.id, e]));
    expect(eras.get("asian-financial-crisis")?.date).toBe("1997");
    expect(eras.get("global-financial-crisis")?.date).toBe("2008");
    expect(eras.get("covid-19-pandemic")?.date).toBe("2020");
  });

  describe("anchors", () => {
    const anchors: {
      id: string;
      date: string;
      amount?: { value: number; scale: string; currency: string; text: string };
    }[] = [
      {
        id: "1977-fukuda-doctrine",
        date: "1977",
        amount: { value: 1, scale: "billion", currency: "USD", text: "US$1 billion" },
      },
      { id: "1997-asean-plus-three", date: "1997" },
      {
        id: "2003-tokyo-declaration",
        date: "2003",
        amount: { value: 3, scale: "billion", currency: "USD", text: "$ 3 billion" },
      },
      {
        id: "2006-jaif-launch",
        date: "2006",
        amount: { value: 70, scale: "million", currency: "USD", text: "US$ 70 million" },
      },
      { id: "2008-ajcep", date: "2008" },
      {
        id: "2023-jaif-100-million",
        date: "2023-09",
        amount: { value: 100, scale: "million", currency: "USD", text: "USD100 million" },
      },
    ];
    for (const a of anchors) {
      it(`${a.id} exists with its date${a.amount ? " and amount" : ""}`, () => {
        const ev = byId.get(a.id);
        expect(ev).toBeDefined();
        expect(ev!.date).toBe(a.date);
        expect(ev!.importance).toBe(1);
        if (a.amount) expect(ev!.amount).toMatchObject(a.amount);
      });
    }

    it("the 1977 anchor says what the article says: a summit visit and a promise, not 'the Fukuda Doctrine'", () => {
      // "Its formal tie with ASEAN began in 1977 when Fukuda Takeo attended the 2nd ASEAN Summit in Kuala
      // Lumpur" and "In 1977, when Fukuda Takeo promised US$1 billion in aid to ASEAN states" (p. 6); the
      // article names "the Fukuda Doctrine of 1977" only apart from both (p. 7), and gives Fukuda no office.
      const ev = byId.get("1977-fukuda-doctrine")!;
      expect(`${ev.title} ${ev.summary}`).toMatch(/2nd ASEAN Summit/);
      expect(`${ev.title} ${ev.summary}`).not.toMatch(/Doctrine|Prime Minister/);
      // "a new contribution of USD100 million to JAIF": the source's word, in the title and the kind.
      const jaif = byId.get("2023-jaif-100-million")!;
      expect(jaif.title).toMatch(/contribution/);
      expect(jaif.amount!.kind).toBe("contribution");
    });

    it("APT's 'late 1997' and AJCEP's 'late 2008' are kept in the notes", () => {
      expect(byId.get("1997-asean-plus-three")!.note).toMatch(/late 1997/);
      expect(byId.get("1997-asean-plus-three")!.summary).toMatch(/Kuala Lumpur/);
      expect(byId.get("2008-ajcep")!.note).toMatch(/late 2008/);
      expect(byId.get("2023-jaif-100-million")!.summary).toMatch(/26th ASEAN-Japan Summit/);
    });

    it("the USD243.6 million JAIF total is linked to the launch and the 2023 contribution", () => {
      const total = byId.get("2006-jaif-cumulative-243-6-million")!;
      expect(total.amount).toMatchObject({
        value: 243.6,
        scale: "million",
        currency: "USD",
        text: "USD243.6 million",
      });
      expect(total.related).toEqual(expect.arrayContaining(["2006-jaif-launch", "2023-jaif-100-million"]));
      expect(byId.get("2023-jaif-100-million")!.related).toContain("2006-jaif-cumulative-243-6-million");
    });
  });

  describe("a broken copy is rejected", () => {
    const cases: { name: string; breakIt: (d: RawDataset) => void; expected: RegExp }[] = [
      {
        name: "an impossible date",
        breakIt: (d) => {
          mustGet(d.events, "2003-tokyo-declaration").date = "2023-13-45";
        },
        expected: /2003-tokyo-declaration.*date '2023-13-45' must be a real date/,
      },
      {
        name: "a duplicated id",
        breakIt: (d) => {
          d.events.push(structuredClone(mustGet(d.events, "2006-jaif-launch")));
        },
        expected: /id '2006-jaif-launch' is already used/,
      },
      {
        name: "an unknown source",
        breakIt: (d) => {
          mustGet(d.events, "2008-ajcep").sources[0]!.source = "no-such-source";
        },
        expected: /2008-ajcep.*source 'no-such-source' is not in the dataset's sources/,
      },
      {
        name: "an end before the date",
        breakIt: (d) => {
          mustGet(d.events, "1999-japan-mekong-55-projects").end = "1990";
        },
        expected: /1999-japan-mekong-55-projects.*end '1990' is before its date '1999'/,
      },
      {
        name: "an unknown currency",
        breakIt: (d) => {
          mustGet(d.events, "1977-fukuda-doctrine").amount!.currency = "XYZ";
        },
        expected: /1977-fukuda-doctrine.*amount\.currency 'XYZ' is not a known currency code/,
      },
      {
        name: "no sources at all",
        breakIt: (d) => {
          mustGet(d.events, "2020-foip-aoip").sources = [];
        },
        expected: /2020-foip-aoip.*every event needs at least one source/,
      },
      {
        name: "an unknown actor",
        breakIt: (d) => {
          mustGet(d.events, "2004-asean-china-fta").actors.push("atlantis");
        },
        expected: /2004-asean-china-fta.*actor 'atlantis' is not in the dataset's actors/,
      },
      {
        name: "an unknown category",
        breakIt: (d) => {
          mustGet(d.events, "2007-eria").category = "astrology";
        },
        expected: /2007-eria.*category 'astrology' is not in the dataset's categories/,
      },
      {
        name: "a dangling related link",
        breakIt: (d) => {
          mustGet(d.events, "2006-jaif-launch").related = ["2099-nothing"];
        },
        expected: /related event '2099-nothing' does not exist/,
      },
      {
        name: "a dangling respondsTo link",
        breakIt: (d) => {
          mustGet(d.events, "2008-ajcep").respondsTo = ["2099-nothing"];
        },
        expected: /2008-ajcep: responds to '2099-nothing', which is not another event in the dataset/,
      },
      {
        name: "an event that responds to itself",
        breakIt: (d) => {
          mustGet(d.events, "2008-ajcep").respondsTo = ["2008-ajcep"];
        },
        expected: /2008-ajcep: responds to '2008-ajcep', which is not another event in the dataset/,
      },
    ];
    for (const c of cases) {
      it(`${c.name}`, () => {
        const broken = copy();
        c.breakIt(broken);
        const result = validateDataset(broken);
        expect(result.problems.length).toBeGreaterThan(0);
        expect(messages(result.problems)).toMatch(c.expected);
        // The original is untouched.
        expect(validateDataset(rawDataset).problems).toEqual([]);
      });
    }

    it("a broken era source is reported", () => {
      const broken = copy();
      broken.eras[0]!.sources[0]!.source = "nowhere";
      expect(messages(validateDataset(broken).problems)).toMatch(/cites unknown source 'nowhere'/);
    });
  });
});

// ---------------------------------------------------------------------------
// The story. There is no shared story schema yet (src/data/storySchema.ts), so
// the test defines the format it checks.
const StoryStep = z.object({
  title: z.string().min(1).max(120),
  events: z.array(z.string()).min(1),
  from: PartialDate,
  to: PartialDate,
  actors: z.array(z.string()).optional(),
  categories: z.array(z.string()).optional(),
  narration: z.string().min(1).max(600),
  basedOn: z.array(z.string()).min(1),
});
const Story = z.object({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  description: z.string().optional(),
  steps: z.array(StoryStep).min(12),
});

describe("data/stories/japan-china-asean.json", () => {
  const parsed = Story.safeParse(rawStory);

  it("matches the story format", () => {
    expect(parsed.success ? "" : JSON.stringify(parsed.error.issues)).toBe("");
    expect(parsed.data!.id).toBe("japan-china-asean");
  });

  it("cites only existing events, actors and categories, each step's range containing its events", () => {
    const actorIds = new Set(dataset.actors.map((a) => a.id));
    const categoryIds = new Set(dataset.categories.map((c) => c.id));
    for (const step of parsed.data!.steps) {
      const from = parsePartialDate(step.from)!;
      const to = parsePartialDate(step.to)!;
      expect(from.start, step.title).toBeLessThanOrEqual(to.start);
      for (const id of step.events) {
        const ev = byId.get(id);
        expect(ev, `${step.title}: ${id}`).toBeDefined();
        const start = parsePartialDate(ev!.date)!.start;
        const stop = parsePartialDate(ev!.end ?? ev!.date)!.end;
        expect(start, `${step.title}: ${id} starts before 'from'`).toBeGreaterThanOrEqual(from.start);
        expect(stop, `${step.title}: ${id} ends after 'to'`).toBeLessThanOrEqual(to.end);
      }
      for (const id of step.basedOn) expect(byId.has(id), `${step.title}: based on ${id}`).toBe(true);
      for (const a of step.actors ?? []) expect(actorIds.has(a), `${step.title}: actor ${a}`).toBe(true);
      for (const c of step.categories ?? [])
        expect(categoryIds.has(c), `${step.title}: category ${c}`).toBe(true);
    }
  });

  it("runs from Fukuda's 1977 summit visit to the 2023 JAIF contribution, through every anchor", () => {
    const steps = parsed.data!.steps;
    expect(steps[0]!.events).toContain("1977-fukuda-doctrine");
    expect(steps[steps.length - 1]!.events).toContain("2023-jaif-100-million");
    const all = new Set(steps.flatMap((s) => s.events));
    for (const id of [
      "1977-fukuda-doctrine",
      "1997-asean-plus-three",
      "2003-tokyo-declaration",
      "2006-jaif-launch",
      "2008-ajcep",
      "2023-jaif-100-million",
      "2004-asean-china-fta",
      "2004-confucius-institutes",
      "2020-foip-aoip",
    ])
      expect(all.has(id), id).toBe(true);
  });
});
