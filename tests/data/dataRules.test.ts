/**
 * The rules of data/README.md that a machine can check, run against the built-in
 * dataset and story: figures as printed, ambiguities noted, placed or inferred
 * dates admitted, and every story step resting on named events that carry its numbers.
 * Each rule also runs on a broken example, so a rule that cannot fail is caught here.
 */
import { describe, expect, it } from "vitest";
import rawDataset from "../../data/events.json";
import rawStory from "../../data/stories/japan-china-asean.json";
import { validateDataset } from "../../src/data/validate";
import { validateStory } from "../../src/data/storySchema";
import type { Amount, Figure, TimelineEvent } from "../../src/data/schema";

const ds = validateDataset(rawDataset).dataset!;
const events = ds.events;
const byId = new Map(events.map((e) => [e.id, e]));

const WORDS: Record<string, number> = {
  one: 1,
  double: 2,
  second: 2,
  two: 2,
  three: 3,
  third: 3,
  four: 4,
  fourth: 4,
  five: 5,
  ten: 10,
  eleven: 11,
  "one hundred": 100,
};

/** Numbers a printed text states, in digits ("1,372" → 1372) or in words ("four times" → 4). */
function numbersIn(text: string): number[] {
  const digits = (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, "")));
  const words = Object.entries(WORDS)
    .filter(([w]) => new RegExp(`\\b${w}\\b`, "i").test(text))
    .map(([, n]) => n);
  return [...digits, ...words];
}

/** Why a printed figure and its recorded value or scale disagree; null when they agree. */
function printedMismatch(f: Pick<Amount | Figure, "value" | "scale" | "text">): string | null {
  if (!f.text) return "no printed text";
  if (!numbersIn(f.text).includes(f.value)) return `value ${f.value} is not in '${f.text}'`;
  const scaleWord = /\b(thousand|million|billion|trillion)\b/i.exec(f.text)?.[1]?.toLowerCase();
  if ((f.scale ?? undefined) !== scaleWord) return `scale ${f.scale ?? "none"} but '${f.text}'`;
  return null;
}

/** "over $10 million", "more than 2000", "exceeded $2 trillion": the figure is a floor. */
const LOWER_BOUND = /\b(more than|exceeded)\b|^over\s+(?!the\b)/i;
/** A bare "$" (not "US$"): the text does not say which dollar. */
const BARE_DOLLAR = /(^|[^S])\$/;

function printedTexts(e: TimelineEvent): string[] {
  return [e.amount?.text, ...(e.figures ?? []).map((f) => f.text)].filter((t): t is string => !!t);
}

describe("figures as printed", () => {
  it("every amount and figure carries its printed text, whose number and scale word are the recorded ones", () => {
    const bad: string[] = [];
    for (const e of events) {
      const all = [...(e.amount ? [e.amount] : []), ...(e.figures ?? [])];
      for (const f of all) {
        const why = printedMismatch(f);
        if (why) bad.push(`${e.id}: ${why}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("the check catches a rounded value, a dropped scale and a missing text", () => {
    expect(printedMismatch({ value: 2, scale: "billion", text: "1.57 billion yen" })).toMatch(/value 2/);
    expect(printedMismatch({ value: 1.8, text: "1.8 trillion yen" })).toMatch(/scale none/);
    expect(printedMismatch({ value: 4, text: "four times more aid" })).toBeNull();
    expect(printedMismatch({ value: 1372, text: "1,372" })).toBeNull();
    expect(printedMismatch({ value: 70, scale: "million" })).toBe("no printed text");
  });
});

describe("ambiguities noted", () => {
  it("a figure printed as a floor ('over', 'more than', 'exceeded') is called a lower bound in the note", () => {
    const bad = events
      .filter((e) => printedTexts(e).some((t) => LOWER_BOUND.test(t)))
      .filter((e) => !/lower bound/i.test(e.note ?? ""))
      .map((e) => e.id);
    expect(bad).toEqual([]);
    expect(LOWER_BOUND.test("over the last 50 years")).toBe(false);
    expect(LOWER_BOUND.test("over $10 million")).toBe(true);
  });

  it("a dollar amount printed with a bare '$' says in the note that the text does not name the currency", () => {
    const bad = events
      .filter((e) => e.amount?.text && BARE_DOLLAR.test(e.amount.text))
      .filter((e) => !/does not name the currency/.test(e.note ?? ""))
      .map((e) => e.id);
    expect(bad).toEqual([]);
    expect(BARE_DOLLAR.test("US$ 70 million")).toBe(false);
    expect(BARE_DOLLAR.test("$ 3 billion")).toBe(true);
  });
});

describe("placements admitted", () => {
  it("every placed or inferred date says why in dateNote, and only those have one", () => {
    for (const e of events) {
      if (e.dateKind === "placed" || e.dateKind === "inferred")
        expect(e.dateNote?.trim().length ?? 0, `${e.id}: dateNote`).toBeGreaterThan(15);
      else expect(e.dateNote, `${e.id}: a printed date needs no dateNote`).toBeUndefined();
    }
  });

  it("a note that talks of placing, inferring or a writing year belongs to a placed or inferred date", () => {
    const bad = events
      .filter((e) => /\b(placed|inferred|writing year|not a year)\b/i.test(e.note ?? ""))
      .filter((e) => (e.dateKind ?? "printed") === "printed")
      .map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it("the dates the documents do not give are marked as such", () => {
    // The Chiang Mai Initiative and the bond initiative have no year in either document;
    // the 2008 appeals to China take their year from the sentence before.
    expect(byId.get("1997-cmi-abmi")!.dateKind).toBe("placed");
    expect(byId.get("2008-crisis-calls-on-china")!.dateKind).toBe("inferred");
    // Undated facts drawn at the writing year, or over the pandemic's years.
    expect(byId.get("2009-china-annual-aid")!.dateKind).toBe("placed");
    expect(byId.get("2020-covid-response-fund")!.dateKind).toBe("placed");
    // Printed dates stay printed.
    expect(byId.get("2003-tokyo-declaration")!.dateKind).toBeUndefined();
  });
});

/** Numbers in a narration ("1,372", "93%", "USD243.6") that none of its `basedOn` events prints. */
function unbackedNumbers(step: { narration: string; basedOn: string[] }): string[] {
  const plain = (t: string) => t.replace(/(\d),(\d{3})/g, "$1$2");
  const basis = plain(
    step.basedOn
      .map((id) => byId.get(id)!)
      .map((e) => [e.date, e.end, e.title, e.summary, e.note, e.dateNote, ...printedTexts(e)].join(" "))
      .join(" "),
  );
  const numbers = plain(step.narration).match(/\d+(?:\.\d+)?/g) ?? [];
  return numbers.filter((n) => !new RegExp(`(^|[^\\d.])${n.replace(".", "\\.")}(?!\\d|\\.\\d)`).test(basis));
}

describe("the story rests on named events", () => {
  const { story, problems } = validateStory(rawStory, ds);

  it("validates: every step names at least one event it rests on, and each exists", () => {
    expect(problems).toEqual([]);
    for (const [i, step] of story!.steps.entries()) {
      expect(step.basedOn.length, `step ${i + 1}`).toBeGreaterThan(0);
      expect(
        step.basedOn.some((id) => step.events.includes(id)),
        `step ${i + 1} rests on none of the events it shows`,
      ).toBe(true);
    }
  });

  it("every number in a step's narration appears in one of the events it rests on", () => {
    const bad = story!.steps.flatMap((step, i) => unbackedNumbers(step).map((n) => `step ${i + 1}: ${n}`));
    expect(bad).toEqual([]);
    // …and the check notices a number no event gives.
    const step = story!.steps[0]!;
    expect(unbackedNumbers({ ...step, narration: `${step.narration} It cost US$123 billion.` })).toEqual([
      "123",
    ]);
  });

  it("a step that cites no event, or an unknown one, is a problem", () => {
    const none = structuredClone(rawStory);
    none.steps[0]!.basedOn = [];
    expect(
      validateStory(none, ds)
        .problems.map((p) => p.message)
        .join(),
    ).toMatch(/basedOn.*must name the events the narration rests on/);
    const unknown = structuredClone(rawStory);
    unknown.steps[3]!.basedOn.push("1999-not-in-the-data");
    expect(validateStory(unknown, ds).problems.map((p) => p.message)).toContain(
      "Step 4: 'based on' event '1999-not-in-the-data' is not in the dataset",
    );
    const missing = structuredClone(rawStory) as { steps: Record<string, unknown>[] };
    delete missing.steps[1]!.basedOn;
    expect(validateStory(missing, ds).problems.length).toBeGreaterThan(0);
  });
});
