import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_DATASET_BYTES,
  MAX_DATASET_EVENTS,
  parseDatasetText,
  utf8Length,
} from "../../src/data/parseDataset";
import { findJsonSyntaxError } from "../../src/data/jsonSyntax";

/** A minimal valid dataset; events are added by each test. */
function dataset(events: unknown[] = [event()]) {
  return {
    schemaVersion: 1,
    title: "Test",
    actors: [{ id: "japan", name: "Japan" }],
    categories: [{ id: "aid", name: "Aid", dimension: "aid" }],
    sources: [{ id: "src", title: "A source" }],
    events,
  };
}
function event(over: Record<string, unknown> = {}) {
  return {
    id: "2003-a",
    date: "2003",
    title: "A",
    summary: "S",
    actors: ["japan"],
    category: "aid",
    sources: [{ source: "src" }],
    ...over,
  };
}

describe("parseDatasetText: format detection", () => {
  it("reads JSON whatever the hint says", () => {
    const out = parseDatasetText(JSON.stringify(dataset()), {
      filename: "data.csv",
      contentType: "text/csv",
    });
    expect(out).toMatchObject({ ok: true, format: "json", skipped: 0, problems: [] });
  });

  it("reads CSV by content when there is no hint", () => {
    const csv = "id,date,title,summary,actors,category,source\n2003-a,2003,A,S,japan,aid,src\n";
    expect(parseDatasetText(csv)).toMatchObject({ ok: true, format: "csv" });
  });

  it("names a CSV dataset after its file", () => {
    const csv = "id,date,title,summary,actors,category,source\n2003-a,2003,A,S,japan,aid,src\n";
    const out = parseDatasetText(csv, { filename: "My class timeline.csv" });
    expect(out.ok && out.dataset.title).toBe("My class timeline");
  });

  it.each([
    ["", "The file is empty."],
    ["\uFEFF  \n", "The file is empty."],
    ["<!doctype html><html>…", "web page"],
    ["<svg onload=alert(1)>", "web page or an image"],
    ["PK\u0003\u0004binary", "Save as"],
    ["%PDF-1.7", "PDF"],
    ["just some words", "neither JSON nor CSV"],
    ["a\u0000b,c", "not text"],
  ])("refuses %j with a clear message", (text, message) => {
    const out = parseDatasetText(text);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toContain(message);
  });
});

describe("parseDatasetText: JSON", () => {
  it("keeps valid events, skips invalid ones and says why", () => {
    const out = parseDatasetText(
      JSON.stringify(dataset([event(), event({ id: "2004-b", date: "2004-02-30" })])),
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.dataset.events.map((e) => e.id)).toEqual(["2003-a"]);
    expect(out.skipped).toBe(1);
    expect(out.problems[0]!.message).toMatch(/^Event 2 \(2004-b\): date '2004-02-30'/);
  });

  it("explains broken JSON with line and column", () => {
    const out = parseDatasetText('{\n  "title": "x",\n  "events": [1, 2,]\n}');
    expect(out).toMatchObject({
      ok: false,
      error: "The JSON is not valid at line 3, column 19: there is a comma too many before ']'.",
      problems: [],
    });
  });

  it("refuses a usable-looking file whose frame is broken, naming the first problem", () => {
    const out = parseDatasetText(JSON.stringify({ ...dataset(), actors: [] }));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toMatch(/^This is not a usable dataset: actors/);
  });

  it("refuses a dataset where no event survives", () => {
    const out = parseDatasetText(JSON.stringify(dataset([event({ date: "nope" })])));
    expect(out).toMatchObject({
      ok: false,
      error: "None of the 1 events could be used: the problems are listed below.",
    });
    if (!out.ok) expect(out.problems).toHaveLength(1);
    expect(parseDatasetText(JSON.stringify(dataset([])))).toMatchObject({
      ok: false,
      error: "The dataset has no events.",
    });
  });

  it("refuses more than 100,000 events before validating them", () => {
    const many = Array.from({ length: MAX_DATASET_EVENTS + 1 }, () => 0);
    const out = parseDatasetText(JSON.stringify(dataset(many)));
    expect(out).toMatchObject({
      ok: false,
      error: "The dataset has 100,001 events; at most 100,000 can be shown.",
    });
  });

  it("refuses more than 64 MB, counted in UTF-8 bytes", () => {
    const big = '{"x":"' + "é".repeat(MAX_DATASET_BYTES / 2) + '"}';
    expect(big.length).toBeLessThan(MAX_DATASET_BYTES);
    const out = parseDatasetText(big);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toMatch(/^The file is larger than 64\.0 MB \(64\.0 MB\)/);
  });

  it("counts UTF-8 bytes like TextEncoder does", () => {
    for (const s of ["abc", "é", "日本", "😀", "a\ud800b", "\ud800é", "\udc00\ud800", "é\ud83d\ude00x"])
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
      }),
    );
  });
});

describe("parseDatasetText: __proto__, constructor and prototype keys change nothing", () => {
  const hostile = `{
    "__proto__": { "polluted": "yes", "schemaVersion": 1 },
    "constructor": { "prototype": { "polluted": "yes" } },
    "schemaVersion": 1, "title": "T",
    "actors": [{ "id": "japan", "name": "Japan", "__proto__": { "isAdmin": true } }],
    "categories": [{ "id": "aid", "name": "Aid", "dimension": "aid" }],
    "sources": [{ "id": "src", "title": "S" }],
    "events": [
      { "__proto__": { "id": "2003-x" }, "id": "2003-a", "date": "2003", "title": "A", "summary": "S",
        "actors": ["japan"], "category": "aid", "sources": [{ "source": "src", "__proto__": { "url": "javascript:alert(1)" } }] },
      { "__proto__": { "id": "2004-b", "date": "2004", "title": "B", "summary": "S", "actors": ["japan"], "category": "aid", "sources": [{ "source": "src" }] } }
    ]
  }`;

  it("ignores them and leaves Object.prototype alone", () => {
    const out = parseDatasetText(hostile);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    // The second event only "has" fields through its __proto__ key: it must not count as valid.
    expect(out.dataset.events.map((e) => e.id)).toEqual(["2003-a"]);
    expect(out.skipped).toBe(1);
    expect(out.dataset.sources).toEqual([{ id: "src", title: "S" }]);
    expect(out.dataset.events[0]!.sources).toEqual([{ source: "src" }]);
    expect(Object.getPrototypeOf(out.dataset)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(out.dataset.actors[0])).toBe(Object.prototype);
    expect(Object.keys(out.dataset.actors[0]!)).toEqual(["id", "name"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });

  it("is just as harmless in CSV headers and cells", () => {
    const csv =
      "id,date,title,summary,actors,category,source,__proto__,constructor\n2003-a,2003,A,S,__proto__;constructor,prototype,src,x,y\n";
    const out = parseDatasetText(csv);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.dataset.actors.map((a) => a.id)).toEqual(["proto", "constructor"]);
    expect(out.dataset.categories.map((c) => c.id)).toEqual(["prototype"]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("findJsonSyntaxError", () => {
  it.each([
    ['{"a": 1}', null],
    ['[1, "two", true, null, {"x": [ ]}]', null],
    [
      "{'a': 1}",
      "expected a property name in double quotes but found a single quote (JSON needs double quotes)",
    ],
    ["{a: 1}", "expected a property name in double quotes but found 'a'"],
    ['{"a" 1}', "expected ':' after the property name but found '1'"],
    ['{"a": 1 "b": 2}', "expected ',' or '}' but found '\"' (is a comma missing?)"],
    ['{"a": 1,}', "there is a comma too many before '}'"],
    ['{"a": "x', 'a text is not closed (a closing " is missing)'],
    ['{"a": [1, 2', "the file ends too early: a closing ']' is missing"],
    [
      '{"a": NaN}',
      "expected a value (text in double quotes, a number, true, false, null, a list or an object) but found 'N'",
    ],
    ['{"a": "\\x"}', "'\\x' is not a valid escape (write \\\\ for a backslash)"],
    ['{"a": "line\nbreak"}', "a line break or tab inside a text must be written \\n or \\t"],
    ['{"a": 1} x', "unexpected 'x' after the end of the data"],
  ])("%j → %s", (text, reason) => {
    expect(findJsonSyntaxError(text)?.reason ?? null).toBe(reason);
    if (reason === null) expect(() => JSON.parse(text)).not.toThrow();
    else expect(() => JSON.parse(text)).toThrow();
  });

  it("survives nesting far deeper than a recursive parser could", () => {
    expect(findJsonSyntaxError("[".repeat(200_000))?.reason).toBe(
      "the file ends too early: a value is missing",
    );
  });
});
