/**
 * fast-check arbitrary for valid datasets with every optional field of the schema:
 * any Unicode text (emoji, CJK, right-to-left, quotes, `<script>`), all three date
 * precisions, spans, amounts, figures, images, eras, related and respondsTo links.
 * Generated values are already in the shape validation gives back (defaults filled),
 * so a lossless path returns them deep-equal.
 */
import fc from "fast-check";
import {
  AMOUNT_KINDS,
  CURRENCIES,
  DIMENSIONS,
  type Dataset,
  type TimelineEvent,
} from "../../src/data/schema";

const text = (max: number) => fc.string({ unit: "binary", minLength: 1, maxLength: max });
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const httpUrl = fc.webUrl({ validSchemes: ["http", "https"] }).filter((u) => u.length < 2000);

const partialDate = fc
  .record({
    y: fc.integer({ min: 1000, max: 2990 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    p: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ y, m, d, p }) => {
    const mm = String(m).padStart(2, "0");
    return { year: y, text: [String(y), `${y}-${mm}`, `${y}-${mm}-${String(d).padStart(2, "0")}`][p]! };
  });

/** Drop keys whose value is undefined: validation gives them back absent, not undefined. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const frameArb = fc.record({
  actors: fc.uniqueArray(
    fc.record({ id: slug, name: text(80), short: optional(text(20)), group: optional(text(40)) }),
    { minLength: 1, maxLength: 4, selector: (a) => a.id },
  ),
  categories: fc.uniqueArray(
    fc.record({ id: slug, name: text(80), dimension: fc.constantFrom(...DIMENSIONS.map((d) => d.id)) }),
    { minLength: 1, maxLength: 3, selector: (c) => c.id },
  ),
  sources: fc.uniqueArray(
    fc.record({
      id: slug,
      title: text(120),
      author: optional(text(60)),
      publisher: optional(text(60)),
      year: optional(fc.integer({ min: 1000, max: 3000 })),
      url: optional(httpUrl),
      note: optional(text(100)),
    }),
    { minLength: 1, maxLength: 3, selector: (s) => s.id },
  ),
});
type Frame = typeof frameArb extends fc.Arbitrary<infer F> ? F : never;

function sourceRefs(frame: Frame) {
  return fc.array(
    fc
      .record({
        source: fc.constantFrom(...frame.sources.map((s) => s.id)),
        page: optional(fc.oneof(fc.integer({ min: 1, max: 100_000 }), text(20))),
        url: optional(httpUrl),
        section: optional(text(60)),
      })
      .map(compact),
    { minLength: 1, maxLength: 3 },
  );
}

function eventArb(frame: Frame): fc.Arbitrary<TimelineEvent> {
  return fc
    .record({
      date: partialDate,
      endYears: optional(fc.integer({ min: 1, max: 9 })),
      slug,
      dateKind: optional(fc.constantFrom("printed" as const, "inferred" as const, "placed" as const)),
      title: text(60),
      summary: text(200),
      actors: fc.shuffledSubarray(
        frame.actors.map((a) => a.id),
        { minLength: 1 },
      ),
      category: fc.constantFrom(...frame.categories.map((c) => c.id)),
      amount: optional(
        fc
          .record({
            value: fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true }).map((v) => v || 0),
            currency: fc.constantFrom(...CURRENCIES),
            kind: fc.constantFrom(...AMOUNT_KINDS),
            scale: optional(fc.constantFrom("thousand" as const, "million" as const, "billion" as const)),
            text: optional(text(30)),
          })
          .map(compact),
      ),
      figures: optional(
        fc.array(
          fc
            .record({
              label: text(40),
              value: fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => v || 0),
              unit: text(20),
              year: optional(fc.integer({ min: 1000, max: 3000 })),
            })
            .map(compact),
          { minLength: 1, maxLength: 2 },
        ),
      ),
      sources: sourceRefs(frame),
      note: optional(text(100)),
      image: optional(
        fc
          .record({ url: httpUrl, alt: text(60), credit: optional(text(40)), caption: optional(text(60)) })
          .map(compact),
      ),
      importance: fc.constantFrom(1 as const, 2 as const, 3 as const),
    })
    .map(({ date, endYears, slug: s, ...rest }) =>
      compact({
        id: `${date.year}-${s}`,
        date: date.text,
        end: endYears === undefined ? undefined : String(date.year + endYears),
        ...rest,
      }),
    );
}

export const datasetArb: fc.Arbitrary<Dataset> = frameArb.chain((frame) =>
  fc
    .record({
      title: text(100),
      description: optional(text(200)),
      events: fc.uniqueArray(eventArb(frame), { minLength: 1, maxLength: 10, selector: (e) => e.id }),
      eras: fc.array(
        fc
          .record({ id: slug, label: text(40), from: fc.integer({ min: 1000, max: 2990 }), years: fc.nat(9) })
          .map((e) => ({
            id: `era-${e.id}`,
            label: e.label,
            date: String(e.from),
            end: String(e.from + e.years),
            sources: [{ source: frame.sources[0]!.id }],
          })),
        { maxLength: 2 },
      ),
    })
    .chain(({ events, ...top }) =>
      // related and respondsTo point at other generated events only.
      fc
        .tuple(
          ...events.map(() =>
            fc.subarray(
              events.map((e) => e.id),
              { maxLength: Math.min(2, events.length) },
            ),
          ),
        )
        .map((links) => ({
          ...top,
          events: events.map((e, i) => {
            const others = links[i]!.filter((id) => id !== e.id);
            return others.length ? { ...e, related: others, respondsTo: others.slice(0, 1) } : e;
          }),
        })),
    )
    .map(({ title, description, eras, events }) =>
      compact({
        schemaVersion: 1 as const,
        title,
        description,
        actors: frame.actors.map(compact),
        categories: frame.categories,
        sources: frame.sources.map(compact),
        eras: eras.filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i),
        events,
      }),
    ),
);
