/**
 * Property tests: generated datasets load, export to CSV and back gives the same events, and
 * no input at all (random JSON with prototype keys, random text, mangled datasets) makes the
 * loader throw.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datasetToCsv } from "../../src/data/csv";
import { parseDatasetText, type ParseOutcome } from "../../src/data/parseDataset";
import {
  AMOUNT_KINDS,
  CURRENCIES,
  DIMENSIONS,
  type Dataset,
  type TimelineEvent,
} from "../../src/data/schema";

// Text with every character that matters to CSV, formulas and HTML; trimmed, as CSV cells are.
const CHARS = [..."abcXYZ 019,;\"'\n\r\t=+-@<>&/é日😀"];
const text = (max: number) =>
  fc
    .string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: max })
    .filter((s) => s.trim() === s && s.length > 0);
const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);

const partialDate = fc
  .record({
    y: fc.integer({ min: 1000, max: 2990 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    p: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ y, m, d, p }) => ({
    year: y,
    text: [
      String(y),
      `${y}-${String(m).padStart(2, "0")}`,
      `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    ][p]!,
  }));

const httpUrl = fc
  .webUrl({ validSchemes: ["http", "https"] })
  .filter((u) => !u.includes(";") && u.length < 2000);
// A page that is text must not look like a whole number, or CSV reads it back as one (documented).
const page = fc.oneof(
  fc.integer({ min: 1, max: 100_000 }),
  text(20).filter((s) => !/^[1-9]\d*$/.test(s) && !s.includes(";")),
);

const frameArb = fc.record({
  actors: fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }),
  categories: fc.uniqueArray(
    fc.record({ id: slug, dimension: fc.constantFrom(...DIMENSIONS.map((d) => d.id)) }),
    { minLength: 1, maxLength: 3, selector: (c) => c.id },
  ),
  sources: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
});

function eventArb(frame: { actors: string[]; categories: { id: string }[]; sources: string[] }) {
  return fc
    .record({
      date: partialDate,
      endYears: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
      slug,
      title: text(40),
      summary: text(80),
      actors: fc.shuffledSubarray(frame.actors, { minLength: 1 }),
      category: fc.constantFrom(...frame.categories.map((c) => c.id)),
      amount: fc.option(
        fc.record(
          {
            value: fc
              .double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true })
              .map((v) => (v === 0 ? 0 : v)),
            currency: fc.constantFrom(...CURRENCIES),
            kind: fc.constantFrom(...AMOUNT_KINDS),
            scale: fc.constantFrom("thousand", "million", "billion", "trillion"),
            text: text(30),
          },
          { requiredKeys: ["value", "currency", "kind"] },
        ),
        { nil: undefined },
      ),
      sources: fc.array(
        fc.record(
          {
            source: fc.constantFrom(...frame.sources),
            page,
            url: httpUrl,
            section: text(30).filter((s) => !s.includes(";")),
          },
          { requiredKeys: ["source"] },
        ),
        { minLength: 1, maxLength: 3 },
      ),
      note: fc.option(text(60), { nil: undefined }),
      importance: fc.constantFrom(1 as const, 2 as const, 3 as const),
    })
    .map((e): TimelineEvent => {
      const ev: TimelineEvent = {
        id: `${e.date.year}-${e.slug}`,
        date: e.date.text,
        title: e.title,
        summary: e.summary,
        actors: e.actors,
        category: e.category,
        sources: e.sources,
        importance: e.importance,
      };
      if (e.endYears !== undefined) ev.end = String(e.date.year + e.endYears);
      if (e.amount) ev.amount = e.amount;
      if (e.note !== undefined) ev.note = e.note;
      return ev;
    });
}

const datasetArb: fc.Arbitrary<Dataset> = frameArb.chain((frame) =>
  fc
    .uniqueArray(eventArb(frame), { minLength: 1, maxLength: 8, selector: (e) => e.id })
    .chain((events) =>
      // related: links to other generated events only.
      fc
        .tuple(
          ...events.map(() =>
            fc.subarray(
              events.map((e) => e.id),
              { maxLength: Math.min(2, events.length) },
            ),
          ),
        )
        .map((rel) => events.map((e, i) => (rel[i]!.length ? { ...e, related: rel[i]! } : e))),
    )
    .map((events) => ({
      schemaVersion: 1 as const,
      title: "Generated",
      actors: frame.actors.map((id) => ({ id, name: `Actor ${id}` })),
      categories: frame.categories.map((c) => ({
        id: c.id,
        name: `Category ${c.id}`,
        dimension: c.dimension,
      })),
      sources: frame.sources.map((id) => ({ id, title: `Source ${id}` })),
      eras: [],
      events,
    })),
);

function expectWellFormed(out: ParseOutcome) {
  if (out.ok) {
    expect(out.dataset.events.length).toBeGreaterThan(0);
    expect(out.skipped).toBeGreaterThanOrEqual(0);
  } else {
    expect(typeof out.error).toBe("string");
    expect(out.error.length).toBeGreaterThan(0);
  }
  for (const p of out.problems) expect(typeof p.message).toBe("string");
}

describe("round trips", () => {
  it("generated datasets load from JSON unchanged", () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const out = parseDatasetText(JSON.stringify(ds));
        expect(out.ok && out.problems).toEqual([]);
        expect(out.ok && out.dataset.events).toEqual(ds.events);
      }),
      { numRuns: 150 },
    );
  }, 20_000);

  it("export to CSV, then import, gives back the same events", () => {
    fc.assert(
      fc.property(datasetArb, fc.boolean(), (ds, bom) => {
        const out = parseDatasetText(datasetToCsv(ds, { bom }), { filename: "export.csv" });
        if (!out.ok) throw new Error(`${out.error}\n${out.problems.map((p) => p.message).join("\n")}`);
        expect(out.problems).toEqual([]);
        expect(out.format).toBe("csv");
        expect(out.dataset.events).toEqual(ds.events);
        const used = new Set(ds.events.flatMap((e) => e.actors));
        expect(out.dataset.actors.map((a) => a.id).sort()).toEqual([...used].sort());
        for (const c of out.dataset.categories)
          expect(c.dimension).toBe(ds.categories.find((x) => x.id === c.id)!.dimension);
      }),
      { numRuns: 150 },
    );
  }, 20_000);
});

describe("the loader never throws", () => {
  const protoKeys = fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "valueOf",
  );
  const key = fc.oneof(
    protoKeys,
    fc.string({ maxLength: 8 }),
    fc.constantFrom("schemaVersion", "events", "actors", "id", "date"),
  );

  it("on arbitrary JSON with arbitrary (and prototype) keys", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, "", "2003", "x"),
        fc.string(),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(key, tie("value"), { maxKeys: 5 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        // JSON.stringify of a dictionary with "__proto__" writes it as an own key, like a hostile file would.
        const out = parseDatasetText(JSON.stringify(value) ?? "null");
        expectWellFormed(out);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  }, 20_000);

  it("on valid datasets with random fields replaced by random values", () => {
    const junk = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string({ maxLength: 5 }),
      fc.integer(),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.object({ maxDepth: 1 }),
    );
    fc.assert(
      fc.property(datasetArb, fc.array(fc.tuple(fc.nat(), key, junk), { maxLength: 6 }), (ds, edits) => {
        const raw = JSON.parse(JSON.stringify(ds)) as Record<string, unknown>;
        for (const [n, k, v] of edits) {
          const events = raw.events as unknown;
          const picked: unknown = Array.isArray(events) && n % 3 !== 0 ? events[n % events.length] : raw;
          // defineProperty so that "__proto__" becomes an own key, as JSON.parse makes it.
          const target = picked !== null && typeof picked === "object" ? picked : raw;
          Object.defineProperty(target, k, {
            value: v,
            enumerable: true,
            configurable: true,
            writable: true,
          });
        }
        expectWellFormed(parseDatasetText(JSON.stringify(raw)));
      }),
      { numRuns: 200 },
    );
  }, 20_000);

  it("on arbitrary text, as JSON or CSV", () => {
    const csvish = fc
      .array(
        fc.array(fc.string({ unit: fc.constantFrom(...CHARS, "\uFEFF", "\u0000"), maxLength: 10 }), {
          maxLength: 14,
        }),
        { maxLength: 6 },
      )
      .map((rows) =>
        [
          "id,date,end,title,summary,actors,category,amount,currency,source,page,link,note",
          ...rows.map((r) => r.join(",")),
        ].join("\n"),
      );
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), csvish),
        fc.constantFrom("a.csv", "a.json", "a.txt", undefined),
        (t, filename) => {
          expectWellFormed(parseDatasetText(t, filename ? { filename } : {}));
        },
      ),
      { numRuns: 300 },
    );
  }, 20_000);
});
