/**
 * The validator's fast path (src/data/fastEvent.ts) against the schema it shortcuts: every
 * event it accepts, the schema accepts with an identical result, keys and order included;
 * and it does accept the common shapes, or it would save nothing.
 */
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fastEvent } from "../../src/data/fastEvent";
import { TimelineEvent } from "../../src/data/schema";

/** Same keys in the same order, all the way down (toStrictEqual ignores order). */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shape);
  if (v && typeof v === "object")
    return Object.entries(v).map(([k, x]) => [k, x === undefined ? "<undefined>" : shape(x)]);
  return v;
}

function agrees(raw: unknown): "fast" | "schema" {
  const fast = fastEvent(raw);
  if (fast === null) return "schema";
  const parsed = TimelineEvent.safeParse(raw);
  expect(parsed.success, JSON.stringify(raw)).toBe(true);
  expect(fast).toStrictEqual(parsed.data);
  expect(shape(fast)).toEqual(shape(parsed.data));
  return "fast";
}

const good = {
  id: "jp-1977-fukuda",
  date: "1977-08-18",
  title: "Fukuda Doctrine",
  summary: "Japan's prime minister sets out a heart-to-heart partnership.",
  actors: ["japan", "asean"],
  category: "diplomacy",
  amount: { value: 1, scale: "billion", currency: "USD", kind: "pledge", text: "USD1 billion" },
  sources: [
    { source: "doc-a", section: "2.1", page: 12 },
    { source: "doc-b", page: "iv", url: "https://example.org/a" },
  ],
  note: "A note.",
  importance: 3,
  related: ["x"],
  respondsTo: ["y"],
};

const text = (...lengths: number[]) => lengths.map((n) => "a".repeat(n));

/** Values that are right somewhere and wrong elsewhere. */
const anyValue = fc.oneof(
  fc.constantFrom(undefined, null, "", " ", "x", "Japan", 0, -0, 1, 2, 3, -1, 1.5, true, {}, []),
  fc.string(),
  fc.double(),
);

/** Per field, the values at and around its rules' edges. */
const amountFields = fc.record(
  {
    value: fc.constantFrom(0, -0, 1, 1.5, -1, Infinity, NaN, "1", undefined),
    scale: fc.constantFrom("thousand", "million", "billion", "trillion", "Million", "", undefined),
    currency: fc.constantFrom("USD", "JPY", "usd", "XXX", "", undefined),
    kind: fc.constantFrom("grant", "loan", "pledge", "Grant", "", undefined),
    text: fc.constantFrom(...text(0, 1, 200, 201), 5, undefined),
    extra: fc.constant(1),
  },
  { requiredKeys: [] },
);
const sourceFields = fc.record(
  {
    source: fc.constantFrom("doc-a", "Doc-a", "doc-", "", 1, undefined),
    section: fc.constantFrom(...text(0, 300, 301), 2, undefined),
    page: fc.constantFrom(0, 1, -1, 1.5, 2 ** 53, "iv", ...text(0, 20, 21), undefined),
    url: fc.constantFrom(
      "https://a.example/x",
      "http://a.example",
      "ftp://a.example",
      "javascript:alert(1)",
      "https://a.example/" + "a".repeat(1982),
      "https://a.example/" + "a".repeat(1983),
      "",
      undefined,
    ),
    extra: fc.constant(1),
  },
  { requiredKeys: [] },
);
/** A good part with one or two of its fields changed, removed or added: near misses are what matter. */
function nearMiss(base: Record<string, unknown>, fields: fc.Arbitrary<Record<string, unknown>>) {
  return fields.chain((values) => {
    const names = Object.keys(values);
    if (names.length === 0) return fc.constant({ ...base });
    return fc.subarray(names, { minLength: 1, maxLength: Math.min(2, names.length) }).map((picked) => {
      const out = { ...base };
      for (const k of picked) out[k] = values[k];
      return out;
    });
  });
}
const amountValue = nearMiss(good.amount, amountFields);
const sourceValue = nearMiss(good.sources[1]!, sourceFields);

const dates = ["2003", "2003-02", "2003-02-29", "2004-02-29", "2003-13", "-0500", "0000", "20031", "", 2003];
const ids = ["japan", "x-y", "Japan", "a-", "-a", "", "a b", 1];
const FIELD: Record<string, fc.Arbitrary<unknown>> = {
  id: fc.constantFrom("a", " a", "a ", "\ta", ...text(0, 120, 121), 7),
  date: fc.constantFrom(...dates),
  end: fc.constantFrom(...dates, undefined),
  dateKind: fc.constantFrom("printed", "inferred", "placed", "other", undefined),
  dateNote: fc.constantFrom(...text(0, 300, 301), undefined),
  title: fc.constantFrom(...text(0, 1, 160, 161), "日本"),
  summary: fc.constantFrom(...text(0, 1, 1200, 1201)),
  note: fc.constantFrom(...text(0, 1000, 1001), undefined),
  actors: fc.array(fc.constantFrom(...ids), { maxLength: 3 }),
  category: fc.constantFrom(...ids),
  amount: fc.oneof(amountValue, anyValue),
  sources: fc.oneof(fc.array(sourceValue, { maxLength: 2 }), anyValue),
  importance: fc.constantFrom(0, 1, 2, 3, 4, 2.5, "2", undefined, null),
  related: fc.oneof(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 2 }), anyValue),
  respondsTo: fc.oneof(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 2 }), anyValue),
};

const keys = [...Object.keys(FIELD), "figures", "image", "extra", "__proto__"];

const DELETE = Symbol("delete");
const fieldOf = (k: string) => (Object.hasOwn(FIELD, k) ? FIELD[k]! : anyValue);

/** The good event with some keys removed, changed or added. */
const edit = fc
  .constantFrom(...keys)
  .chain((k) => fc.tuple(fc.constant(k), fc.oneof(fieldOf(k), fieldOf(k), anyValue, fc.constant(DELETE))));
const mutated = fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
  const ev: Record<string, unknown> = JSON.parse(JSON.stringify(good));
  for (const [k, v] of edits) {
    if (v === DELETE) {
      if (k !== "__proto__") delete ev[k];
    } else if (k === "__proto__")
      Object.defineProperty(ev, k, { value: v, enumerable: true, configurable: true, writable: true });
    else ev[k] = v;
  }
  return ev;
});

describe("fastEvent", () => {
  it("gives the schema's result for the events it takes, on random edits of a good event", () => {
    fc.assert(
      fc.property(mutated, (ev) => void agrees(ev)),
      { numRuns: 3000 },
    );
  });

  it("gives the schema's result inside nested parts too (amount, sources)", () => {
    fc.assert(
      fc.property(amountValue, sourceValue, (amount, source) => {
        agrees({ ...good, amount });
        agrees({ ...good, sources: [source] });
      }),
      { numRuns: 3000 },
    );
  });

  it("takes the common shapes: the good event, absent optionals, and the built-in events", () => {
    expect(agrees(good)).toBe("fast");
    const bare: Record<string, unknown> = { ...good };
    for (const k of ["amount", "note", "importance", "related", "respondsTo"]) delete bare[k];
    expect(agrees(bare)).toBe("fast");
    expect(agrees({ ...good, end: "1980", dateKind: "inferred", dateNote: "Year only." })).toBe("fast");
    const builtIn = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, "../../data/events.json"), "utf8"),
    ) as {
      events: Record<string, unknown>[];
    };
    const plain = builtIn.events.filter((e) => !("figures" in e) && !("image" in e));
    expect(plain.length).toBeGreaterThan(20);
    for (const ev of plain) expect(agrees(ev), String(ev.id)).toBe("fast");
  });

  it("leaves to the schema what it is not sure of", () => {
    expect(fastEvent({ ...good, id: " padded " })).toBeNull();
    expect(fastEvent({ ...good, figures: [] })).toBeNull();
    expect(fastEvent({ ...good, extra: 1 })).toBeNull();
    expect(fastEvent({ ...good, date: "2003-02-30" })).toBeNull();
    expect(fastEvent([good])).toBeNull();
    expect(fastEvent(null)).toBeNull();
  });
});
