/**
 * A one-page classroom worksheet from a story, as plain data. Pure and
 * deterministic (the same story gives the same sheet and key, so a class can
 * share one answer key):
 * - part A: the story's steps, dates removed, in a shuffled order to put back;
 * - part B: "which came first?" from pairs of events the data links across the
 *   two main actors (Compare's pairs), topped up with events of neighbouring steps;
 * - the answer key, printed on a second page.
 */
import { findPairs, yearOf } from "../chart/pairs";
import { defaultPair } from "../chart/aggregate";
import type { NormalizedDataset, NormalizedEvent } from "../data/normalize";
import type { Story } from "../data/storySchema";

/** Years (1000–2099, with "s" or an en-dash range) become a blank. Amounts such as "USD100" or "2,000" stay. */
export function redactDates(text: string): string {
  return text.replace(
    /\b(?:1\d{3}|20\d{2})(?:s\b|\s?[–-]\s?(?:1\d{3}|20\d{2}|\d{2})\b)?(?![\d,.]\d)/g,
    "____",
  );
}

export interface WorksheetStep {
  letter: string;
  title: string;
  text: string;
}

export interface QuizItem {
  n: number;
  /** The two events in the order printed. */
  options: [NormalizedEvent, NormalizedEvent];
}

export interface Worksheet {
  title: string;
  steps: WorksheetStep[];
  quiz: QuizItem[];
  key: {
    /** Letters in the story's order. */
    order: string[];
    /** Per letter: its position and its years. */
    steps: { letter: string; position: number; years: string }[];
    quiz: { n: number; first: NormalizedEvent; second: NormalizedEvent }[];
  };
}

/** A small deterministic generator (mulberry32) seeded from a string. */
function seeded(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: readonly T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** "1977", or "2004–2009" for a step whose events span years. */
function stepYears(ds: NormalizedDataset, events: readonly string[]): string {
  const ys = events.flatMap((id) => {
    const ev = ds.eventById.get(id);
    return ev ? [yearOf(ev)] : [];
  });
  if (!ys.length) return "—";
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const QUIZ_SIZE = 6;

export function buildWorksheet(story: Story, ds: NormalizedDataset): Worksheet {
  const rand = seeded(story.id);
  const steps = story.steps.slice(0, LETTERS.length);
  // Shuffle until the order says nothing (never the story's own order).
  let order = shuffle(
    steps.map((_, i) => i),
    rand,
  );
  for (let k = 0; k < 5 && steps.length > 2 && order.every((v, i) => v === i); k++)
    order = shuffle(order, rand);
  const printed = order.map((stepIndex, i) => ({ letter: LETTERS[i]!, stepIndex }));

  // Which came first: pairs of different years, first those the data links.
  const seen = new Set<string>();
  const candidates: [NormalizedEvent, NormalizedEvent][] = [];
  const push = (a: NormalizedEvent | undefined, b: NormalizedEvent | undefined) => {
    if (!a || !b || yearOf(a) === yearOf(b) || seen.has(a.id) || seen.has(b.id)) return;
    seen.add(a.id);
    seen.add(b.id);
    candidates.push(yearOf(a) < yearOf(b) ? [a, b] : [b, a]);
  };
  const sides = defaultPair(ds);
  if (sides) for (const p of findPairs(ds.events, sides)) push(p.first, p.second);
  for (let i = 0; i + 1 < steps.length; i += 2)
    push(ds.eventById.get(steps[i]!.events[0]!), ds.eventById.get(steps[i + 1]!.events.at(-1)!));
  const chosen = candidates.slice(0, QUIZ_SIZE);
  const quiz: QuizItem[] = chosen.map(([a, b], i) => ({
    n: i + 1,
    options: rand() < 0.5 ? [a, b] : [b, a],
  }));

  return {
    title: story.title,
    steps: printed.map(({ letter, stepIndex }) => {
      const s = steps[stepIndex]!;
      return { letter, title: redactDates(s.title), text: redactDates(s.narration) };
    }),
    quiz,
    key: {
      order: steps.map((_, i) => printed.find((p) => p.stepIndex === i)!.letter),
      steps: printed.map(({ letter, stepIndex }) => ({
        letter,
        position: stepIndex + 1,
        years: stepYears(ds, steps[stepIndex]!.events),
      })),
      quiz: chosen.map(([first, second], i) => ({ n: i + 1, first, second })),
    },
  };
}
