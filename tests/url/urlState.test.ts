// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  decodeUrlState,
  encodeUrlState,
  parseUrlParams,
  THEMES,
  VIEWS,
  type UrlState,
} from "../../src/url/urlState";

describe("decodeUrlState: every PRODUCT.md parameter", () => {
  it.each<[string, UrlState]>([
    ["", {}],
    ["?", {}],
    ["view=table", { view: "table" }],
    ["?view=compare", { view: "compare" }],
    ["view=figures", { view: "figures" }],
    ["view=timeline", { view: "timeline" }],
    ["actors=japan,china", { actors: ["japan", "china"] }],
    ["actors=Japan,%20china%20,,", { actors: ["japan", "china"] }],
    ["actors=japan,japan", { actors: ["japan"] }],
    ["categories=aid,culture", { categories: ["aid", "culture"] }],
    ["from=2003&to=2009", { from: "2003", to: "2009" }],
    ["from=2003-04&to=2003-06-30", { from: "2003-04", to: "2003-06-30" }],
    ["from=2003", { from: "2003" }],
    ["to=1999-12", { to: "1999-12" }],
    ["from=2003&to=2003", { from: "2003", to: "2003" }],
    ["q=confucius", { q: "confucius" }],
    ["q=%20%20Confucius%20Institute%20", { q: "Confucius Institute" }],
    ["q=tokyo+declaration", { q: "tokyo declaration" }],
    ["event=2003-tokyo-declaration", { event: "2003-tokyo-declaration" }],
    ["event=Event%203", { event: "Event 3" }],
    ["event=1", { event: "1" }],
    ["story=1", { step: 1 }],
    ["story=1&step=4", { step: 4 }],
    ["step=7", { step: 7 }],
    ["embed=1", { embed: true }],
    ["embed=true", { embed: true }],
    ["theme=contrast", { theme: "contrast" }],
    ["edit=1", { edit: true }],
    ["edit=true", { edit: true }],
    ["theme=dark", { theme: "dark" }],
    ["data=https://example.org/events.json", { data: "https://example.org/events.json" }],
    ["data=events.csv", { data: "events.csv" }],
    ["data=/datasets/mine.json", { data: "/datasets/mine.json" }],
    [
      "view=table&actors=japan,china&categories=aid&from=2003&to=2009&q=aid&event=2003-tokyo-declaration&story=1&step=2&embed=1&theme=light&data=x.json",
      {
        view: "table",
        actors: ["japan", "china"],
        categories: ["aid"],
        from: "2003",
        to: "2009",
        q: "aid",
        event: "2003-tokyo-declaration",
        step: 2,
        embed: true,
        theme: "light",
        data: "x.json",
      },
    ],
  ])("%s", (search, want) => {
    expect(decodeUrlState(search)).toEqual(want);
  });

  it("accepts a URLSearchParams too", () => {
    expect(decodeUrlState(new URLSearchParams({ view: "table", q: "x" }))).toEqual({ view: "table", q: "x" });
  });
});

describe("decodeUrlState: malformed values are ignored", () => {
  it.each<[string, UrlState]>([
    ["view=map", {}],
    ["view=TABLE", {}],
    ["view=", {}],
    ["view=table&view=map", { view: "table" }],
    ["actors=", {}],
    ["actors=,,,", {}],
    ["actors=<script>,japan", { actors: ["japan"] }],
    ["actors=../etc,__proto__", {}],
    ["categories=%E2%9C%93", {}],
    ["from=2023-13-45", {}],
    ["from=2023-02-30&to=2024", { to: "2024" }],
    ["from=20031&to=abc", {}],
    ["from=2003-1", {}],
    ["from=%202003", {}],
    ["from=2009&to=2003", {}],
    ["from=2003-06&to=2003-05", {}],
    ["from=2003-06-02&to=2003-06-01", {}],
    ["q=", {}],
    ["q=%20%20%20", {}],
    ["event=", {}],
    ["event=%20%20", {}],
    ["story=0", {}],
    ["story=yes", {}],
    ["step=0", {}],
    ["step=-2", {}],
    ["step=2.5", {}],
    ["step=99999", {}],
    ["step=0&story=1", { step: 1 }],
    ["embed=0", {}],
    ["edit=0", {}],
    ["edit=yes", {}],
    ["embed=yes", {}],
    ["theme=neon", {}],
    ["theme=", {}],
    ["data=javascript:alert(1)", {}],
    ["data=JavaScript:alert(1)", {}],
    ["data=data:text/csv,a,b", {}],
    ["data=file:///etc/passwd", {}],
    ["data=", {}],
    ["unknown=1&utm_source=x", {}],
    ["%", {}],
    ["&&&=&=", {}],
  ])("%s", (search, want) => {
    expect(decodeUrlState(search)).toEqual(want);
  });

  it.each([
    "data=%20javascript:alert(1)",
    "data=%09javascript:alert(1)",
    "data=java%09script:alert(1)",
    "data=java%0Ascript:alert(1)",
    "data=%00javascript:alert(1)",
    "data=vbscript:msgbox(1)",
  ])("a data URL that a browser would read as a non-http scheme is ignored: %s", (search) => {
    expect(decodeUrlState(search)).toEqual({});
  });

  it("reports why a value was ignored", () => {
    const p = parseUrlParams(new URLSearchParams("view=map&theme=dark"));
    expect(p.view).toMatchObject({ kind: "invalid", raw: "map" });
    expect(p.theme).toEqual({ kind: "valid", value: "dark" });
    expect(p.q).toEqual({ kind: "missing" });
  });

  it("caps a huge q at 200 characters, and a huge id list at 100 ids", () => {
    const q = decodeUrlState(`q=${"a".repeat(100_000)}`).q!;
    expect(q).toHaveLength(200);
    const ids = Array.from({ length: 500 }, (_, i) => `a${i}`).join(",");
    expect(decodeUrlState(`actors=${ids}`).actors).toHaveLength(100);
    expect(decodeUrlState(`data=https://x.org/${"a".repeat(5000)}`)).toEqual({});
  });

  it("cutting a huge q never leaves trailing spaces or half a surrogate pair", () => {
    const spaced = decodeUrlState(`q=${encodeURIComponent("a".repeat(199) + " b")}`).q!;
    expect(spaced).toBe("a".repeat(199));
    const emoji = decodeUrlState(`q=${encodeURIComponent("a".repeat(199) + "😀😀")}`).q!;
    expect(emoji).toBe("a".repeat(199));
    expect(/[\uD800-\uDFFF]$/.test(emoji)).toBe(false);
  });
});

describe("encodeUrlState", () => {
  it("leaves defaults out", () => {
    expect(encodeUrlState({})).toBe("");
    expect(encodeUrlState({ view: "timeline" })).toBe("");
    expect(encodeUrlState({ actors: [], categories: [], q: "" })).toBe("");
  });

  it("writes keys in a stable order with readable commas", () => {
    expect(
      encodeUrlState({
        data: "x.json",
        theme: "dark",
        embed: true,
        step: 3,
        event: "2003-tokyo-declaration",
        q: "tokyo declaration",
        to: "2009",
        from: "2003",
        categories: ["aid", "culture"],
        actors: ["japan", "china"],
        view: "table",
      }),
    ).toBe(
      "view=table&actors=japan,china&categories=aid,culture&from=2003&to=2009&q=tokyo+declaration&event=2003-tokyo-declaration&story=1&step=3&embed=1&theme=dark&data=x.json",
    );
  });

  it("writes edit=1 after the theme, before data", () => {
    expect(encodeUrlState({ edit: true })).toBe("edit=1");
    expect(encodeUrlState({ data: "x.json", edit: true, theme: "dark" })).toBe(
      "theme=dark&edit=1&data=x.json",
    );
  });

  it("writes story=1 without step for the first step", () => {
    expect(encodeUrlState({ step: 1 })).toBe("story=1");
  });

  it("escapes what must be escaped in q and data", () => {
    const search = encodeUrlState({ q: "a&b=c #1 50%", data: "https://x.org/d.csv?a=1&b=2#x" });
    expect(search).not.toMatch(/#/);
    expect(decodeUrlState(search)).toEqual({ q: "a&b=c #1 50%", data: "https://x.org/d.csv?a=1&b=2#x" });
  });
});

// ---- properties ----

const idArb = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join("-"));
const idListArb = fc.uniqueArray(idArb, { minLength: 1, maxLength: 8 });
const partialDateArb = fc
  .date({ min: new Date("0000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
  .chain((d) => fc.constantFrom(4, 7, 10).map((n) => d.toISOString().slice(0, n)));
const wellFormed = (s: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
const qArb = fc
  .string({ unit: "binary", minLength: 1, maxLength: 60 })
  .filter((s) => s === s.trim() && s.length > 0 && s.length <= 200 && wellFormed(s));
const dataArb = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.stringMatching(/^[a-z0-9_-]{1,12}\.(json|csv)$/),
);

const validStateArb: fc.Arbitrary<UrlState> = fc
  .record(
    {
      view: fc.constantFrom(...VIEWS.filter((v) => v !== "timeline")),
      actors: idListArb,
      categories: idListArb,
      from: partialDateArb,
      to: partialDateArb,
      q: qArb,
      event: fc
        .tuple(fc.integer({ min: 0, max: 9999 }), idArb)
        .map(([y, s]) => `${String(y).padStart(4, "0")}-${s}`),
      step: fc.integer({ min: 1, max: 9999 }),
      embed: fc.constant(true as const),
      theme: fc.constantFrom(...THEMES),
      edit: fc.constant(true as const),
      data: dataArb,
    },
    { requiredKeys: [] },
  )
  .map((s) => {
    // A valid range ends after it starts: order the two ends.
    if (s.from && s.to && s.to < s.from) return { ...s, from: s.to, to: s.from };
    return s;
  });

const kvArb = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          "view",
          "actors",
          "categories",
          "from",
          "to",
          "q",
          "event",
          "story",
          "step",
          "embed",
          "theme",
          "edit",
          "data",
        ),
        fc.string(),
      ),
      fc.oneof(
        fc.string(),
        fc.string({ unit: "binary" }),
        fc.constantFrom("1", "0", "2003", "2003-13-45", "japan,china", "javascript:alert(1)"),
      ),
    ),
    { maxLength: 12 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&"));

const hugeQArb = fc
  .string({ unit: fc.constantFrom("a", " ", "😀", "\u00a0", "\t"), minLength: 150, maxLength: 260 })
  .map((q) => `q=${encodeURIComponent(q)}`);

describe("properties", () => {
  it("decode never throws on any string", () => {
    fc.assert(
      fc.property(fc.string(), (s) => void decodeUrlState(s)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => void decodeUrlState(s)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("%", "&", "=", "+", "?", "#", ",", "a", "1", "-", "\u0000", "\uD800"),
        }),
        (s) => void decodeUrlState(s),
      ),
      { numRuns: 500 },
    );
  });

  it("decode never throws on arbitrary key=value pairs, and yields only valid values", () => {
    fc.assert(
      fc.property(kvArb, (search) => {
        const s = decodeUrlState(search);
        if (s.view !== undefined) expect(VIEWS).toContain(s.view);
        if (s.theme !== undefined) expect(THEMES).toContain(s.theme);
        if (s.q !== undefined) expect(s.q).toBe(s.q.trim());
        if (s.step !== undefined) expect(Number.isInteger(s.step) && s.step >= 1).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("decode(encode(s)) deep-equals s for every valid canonical state", () => {
    fc.assert(
      fc.property(validStateArb, (s) => {
        expect(decodeUrlState(encodeUrlState(s))).toEqual(s);
      }),
      { numRuns: 1000 },
    );
  });

  it("decoding is a fixed point: decode(encode(decode(x))) equals decode(x) for any input", () => {
    fc.assert(
      fc.property(fc.oneof(kvArb, fc.string(), validStateArb.map(encodeUrlState), hugeQArb), (search) => {
        const once = decodeUrlState(search);
        expect(decodeUrlState(encodeUrlState(once))).toEqual(once);
      }),
      { numRuns: 1000 },
    );
  });
});
