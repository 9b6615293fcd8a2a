/**
 * Curated stories (data/stories/*.json): a title and steps, each pointing at
 * events, a visible range, optional filters and a short narration. Validated
 * like the dataset, at build and at load, with references checked against it.
 */
import * as z from "zod/mini";
import { parsePartialDate } from "./dates";
import { Id, PartialDate, type Dataset } from "./schema";
import { describeIssue, problemOf, type DataProblem, type Said } from "./validate";
import { ref } from "./messageRef";

export const StoryStep = z.object({
  title: z.string().check(z.minLength(1), z.maxLength(120)),
  events: z.array(z.string()).check(z.minLength(1)),
  from: PartialDate,
  to: PartialDate,
  actors: z.optional(z.array(Id)),
  categories: z.optional(z.array(Id)),
  narration: z.string().check(z.minLength(1), z.maxLength(600)),
  /**
   * The events the narration rests on: every claim in it must be found in one of them.
   * Shown as "Based on:" links; may name events outside the step's range.
   */
  basedOn: z.array(z.string()).check(z.minLength(1, "must name the events the narration rests on")),
});

export const Story = z.object({
  schemaVersion: z.literal(1),
  id: Id,
  title: z.string().check(z.minLength(1), z.maxLength(160)),
  description: z.optional(z.string().check(z.maxLength(1000))),
  steps: z.array(StoryStep).check(z.minLength(1)),
});

export type StoryStep = z.infer<typeof StoryStep>;
export type Story = z.infer<typeof Story>;

/** Validate a story against a dataset: shape, then every reference and range. Never throws. */
export function validateStory(raw: unknown, ds: Pick<Dataset, "events" | "actors" | "categories">) {
  const parsed = Story.safeParse(raw);
  if (!parsed.success) {
    return {
      story: null,
      problems: parsed.error.issues.map((i): DataProblem =>
        problemOf(i.path.map(String).join("."), describeIssue(i, raw)),
      ),
    };
  }
  const story = parsed.data;
  const events = new Map(ds.events.map((e) => [e.id, e]));
  const actors = new Set(ds.actors.map((a) => a.id));
  const cats = new Set(ds.categories.map((c) => c.id));
  const problems: DataProblem[] = [];
  story.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    // "Step 3: …" in English; the key's message is the detail, said after a translated "Step 3".
    const where = ref("import.stepPrefix", { step: i + 1 });
    const add = (path: string, s: Said) =>
      problems.push(problemOf(path, { ...s, text: `Step ${i + 1}: ${s.text}` }, { where }));
    const from = parsePartialDate(step.from)!;
    const to = parsePartialDate(step.to)!;
    if (to.end <= from.start)
      add(`${at}.to`, {
        text: `'to' ${step.to} is before 'from' ${step.from}`,
        key: "import.story.toBefore",
        values: { to: step.to, from: step.from },
      });
    for (const id of step.events) {
      const ev = events.get(id);
      if (!ev) {
        add(`${at}.events`, {
          text: `event '${id}' is not in the dataset`,
          key: "import.story.eventMissing",
          values: { id },
        });
        continue;
      }
      const start = parsePartialDate(ev.date)!.start;
      if (start < from.start || start >= to.end)
        add(`${at}.events`, {
          text: `event '${id}' (${ev.date}) is outside ${step.from}–${step.to}`,
          key: "import.story.eventOutside",
          values: { id, date: ev.date, from: step.from, to: step.to },
        });
    }
    for (const id of step.basedOn)
      if (!events.has(id))
        add(`${at}.basedOn`, {
          text: `'based on' event '${id}' is not in the dataset`,
          key: "import.story.basedOnMissing",
          values: { id },
        });
    for (const a of step.actors ?? [])
      if (!actors.has(a))
        add(`${at}.actors`, {
          text: `actor '${a}' is not in the dataset`,
          key: "import.story.actorMissing",
          values: { id: a },
        });
    for (const c of step.categories ?? [])
      if (!cats.has(c))
        add(`${at}.categories`, {
          text: `category '${c}' is not in the dataset`,
          key: "import.story.categoryMissing",
          values: { id: c },
        });
  });
  return { story, problems };
}
