// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  countByActor,
  countByCategory,
  filterEvents,
  NO_FILTER,
  searchTerms,
  type EventFilter,
} from "../../src/data/derive";
import { smallDataset } from "../fixtures/small";

const ds = smallDataset();
const ids = (f: Partial<EventFilter>) => filterEvents(ds.events, { ...NO_FILTER, ...f }).map((e) => e.id);
const Y = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);

describe("filterEvents", () => {
  it("keeps everything with no filter, in the dataset's time order", () => {
    expect(ids({})).toEqual(ds.events.map((e) => e.id));
    expect(ids({})).toHaveLength(8);
  });

  it("actors: an event matches when any of its actors is chosen", () => {
    expect(ids({ actors: ["china"] })).toEqual([
      "1999-chinese-scholarships",
      "2004-confucius-institutes",
      "2009-china-asean-fund",
    ]);
    // The tsunami relief names japan, indonesia and vietnam: vietnam alone is enough.
    expect(ids({ actors: ["vietnam"] })).toEqual(["2005-tsunami-relief"]);
    expect(ids({ actors: ["vietnam", "china"] })).toEqual([
      "1999-chinese-scholarships",
      "2004-confucius-institutes",
      "2005-tsunami-relief",
      "2009-china-asean-fund",
    ]);
    expect(ids({ actors: [] })).toEqual([]);
    expect(ids({ actors: ["nobody"] })).toEqual([]);
  });

  it("categories", () => {
    expect(ids({ categories: ["culture"] })).toEqual([
      "1999-chinese-scholarships",
      "2004-confucius-institutes",
    ]);
    expect(ids({ categories: ["culture", "diplomacy"] })).toHaveLength(4);
  });

  it("search: case-insensitive, every word must match, over title, summary, note and names", () => {
    expect(ids({ q: "CONFUCIUS" })).toEqual(["2004-confucius-institutes"]);
    expect(ids({ q: "  confucius   mandarin " })).toEqual(["2004-confucius-institutes"]);
    expect(ids({ q: "confucius tsunami" })).toEqual([]);
    // In the note only.
    expect(ids({ q: "seoul" })).toEqual(["2004-confucius-institutes"]);
    // Actor and category names are searchable too.
    expect(ids({ q: "vietnam" })).toEqual(["2005-tsunami-relief"]);
    expect(ids({ q: "culture education" })).toEqual([
      "1999-chinese-scholarships",
      "2004-confucius-institutes",
    ]);
    expect(ids({ q: "   " })).toHaveLength(8);
  });

  it("range: keeps events overlapping [from, to)", () => {
    // The 1999–2003 span overlaps 2002 although it starts earlier.
    expect(ids({ range: [Y(2002), Y(2003)] })).toEqual(["1999-chinese-scholarships"]);
    // The span ends at the end of 2003: it still overlaps a range starting on 31 Dec 2003.
    expect(ids({ range: [Y(2003, 11, 31), Y(2004)] })).toEqual(["1999-chinese-scholarships"]);
    // Exclusive end: an event starting exactly at `to` is out; one ending exactly at `from` is out.
    expect(ids({ range: [Y(1998), Y(1999)] })).toEqual([]);
    expect(ids({ range: [Y(2003, 11, 13), Y(2003, 11, 14)] })).toEqual(["1999-chinese-scholarships"]);
    expect(ids({ range: [Y(2003, 11, 12), Y(2003, 11, 13)] })).toEqual([
      "1999-chinese-scholarships",
      "2003-tokyo-declaration",
    ]);
  });

  it("combines all filters with AND", () => {
    expect(ids({ actors: ["japan"], categories: ["aid"], q: "pledge", range: [Y(2000), Y(2030)] })).toEqual([
      "2023-jaif-pledge",
    ]);
  });

  it("matches a brute-force reading of the filter (property)", () => {
    const actorIds = ds.actors.map((a) => a.id);
    const catIds = ds.categories.map((c) => c.id);
    const filter = fc.record({
      actors: fc.option(fc.subarray(actorIds), { nil: null }),
      categories: fc.option(fc.subarray(catIds), { nil: null }),
      q: fc.constantFrom("", "china", "JAPAN pledge", "fund", "x"),
      range: fc.option(
        fc
          .tuple(fc.integer({ min: 1970, max: 2030 }), fc.integer({ min: 1, max: 30 }))
          .map(([y, n]) => [Y(y), Y(y + n)] as const),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(filter, (f) => {
        const got = filterEvents(ds.events, f);
        const words = searchTerms(f.q);
        const want = ds.events.filter(
          (e) =>
            (!f.actors || e.actors.some((a) => f.actors!.includes(a))) &&
            (!f.categories || f.categories.includes(e.category)) &&
            words.every((w) => e.searchText.includes(w)) &&
            (!f.range || (e.stop > f.range[0] && e.start < f.range[1])),
        );
        expect(got).toEqual(want);
      }),
    );
  });
});

describe("faceted counts", () => {
  it("with no filter, counts every event of each actor and category", () => {
    const a = countByActor(ds.events, NO_FILTER);
    expect(Object.fromEntries(a)).toEqual({ japan: 5, asean: 4, china: 3, indonesia: 2, vietnam: 1 });
    const c = countByCategory(ds.events, NO_FILTER);
    expect(Object.fromEntries(c)).toEqual({ diplomacy: 2, aid: 4, culture: 2 });
  });

  it("an actor's count ignores the actor filter itself (what ticking it would give)", () => {
    const f: EventFilter = { ...NO_FILTER, actors: ["japan"] };
    expect(countByActor(ds.events, f).get("china")).toBe(3);
    // Category counts do follow the actor filter.
    expect(Object.fromEntries(countByCategory(ds.events, f))).toEqual({ diplomacy: 2, aid: 3 });
  });

  it("a category's count ignores the category filter but follows the others", () => {
    const f: EventFilter = { ...NO_FILTER, categories: ["culture"], q: "fund" };
    expect(Object.fromEntries(countByCategory(ds.events, f))).toEqual({ aid: 2 });
    expect(Object.fromEntries(countByActor(ds.events, f))).toEqual({});
  });

  it("counts follow search and range", () => {
    const f: EventFilter = { ...NO_FILTER, q: "china", range: [Y(2000), Y(2010)] };
    // 1999–2003 scholarships (summary says China), Confucius, the fund: all in 2000–2010.
    expect(Object.fromEntries(countByActor(ds.events, f))).toEqual({ china: 3, asean: 1, indonesia: 1 });
    expect(Object.fromEntries(countByCategory(ds.events, f))).toEqual({ culture: 2, aid: 1 });
  });

  it("ticking only one actor yields exactly its count (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ds.actors.map((a) => a.id)),
        fc.constantFrom("", "japan", "aid"),
        (id, q) => {
          const f = { ...NO_FILTER, q };
          expect(filterEvents(ds.events, { ...f, actors: [id] })).toHaveLength(
            countByActor(ds.events, f).get(id) ?? 0,
          );
        },
      ),
    );
  });
});
