// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import {
  selectActorCounts,
  selectCategoryCounts,
  selectDomain,
  selectFilteredEvents,
  selectFilteredEventsNoRange,
  selectHasActiveFilters,
  selectHighlight,
  selectLaneActors,
  selectSelectedEvent,
} from "../../src/store/selectors";
import { toggleInList } from "../../src/store/slices/filterSlice";
import { normalizeDataset } from "../../src/data/normalize";
import { validateDataset } from "../../src/data/validate";
import raw from "../fixtures/events.small.json";
import { smallDataset } from "../fixtures/small";

const dataset = smallDataset();
const ALL_ACTORS = ["asean", "indonesia", "china", "vietnam", "japan"];

describe("createTimelineStore", () => {
  it("starts from its initial state, and each call makes an independent store", () => {
    const a = createTimelineStore({ dataset, actors: ["japan"], q: "aid", view: "table" });
    const b = createTimelineStore();
    expect(a.getState()).toMatchObject({
      actors: ["japan"],
      q: "aid",
      view: "table",
      mode: "app",
      domain: null,
    });
    expect(a.getState().load.status).toBe("ready");
    expect(b.getState()).toMatchObject({ dataset: null, actors: null, q: "", view: "timeline" });
    expect(b.getState().load.status).toBe("loading");
    a.getState().setQuery("x");
    expect(b.getState().q).toBe("");
  });
});

describe("toggles", () => {
  it("toggleActor from 'all' removes just that actor; ticking it again returns to null (all)", () => {
    const store = createTimelineStore({ dataset });
    store.getState().toggleActor("china");
    expect(store.getState().actors).toEqual(["asean", "indonesia", "vietnam", "japan"]);
    store.getState().toggleActor("china");
    expect(store.getState().actors).toBeNull();
  });

  it("keeps the dataset's order whatever the order of clicks", () => {
    const store = createTimelineStore({ dataset, actors: ["japan"] });
    store.getState().toggleActor("asean");
    store.getState().toggleActor("china");
    expect(store.getState().actors).toEqual(["asean", "china", "japan"]);
  });

  it("unticking every actor leaves an empty list (nothing shown), not 'all'", () => {
    const store = createTimelineStore({ dataset });
    for (const id of ALL_ACTORS) store.getState().toggleActor(id);
    expect(store.getState().actors).toEqual([]);
    expect(selectFilteredEvents(store.getState())).toEqual([]);
  });

  it("toggleCategory works the same way", () => {
    const store = createTimelineStore({ dataset });
    store.getState().toggleCategory("aid");
    expect(store.getState().categories).toEqual(["diplomacy", "culture"]);
    store.getState().toggleCategory("aid");
    expect(store.getState().categories).toBeNull();
  });

  it("toggleInList ignores ids the dataset does not know when deciding 'all'", () => {
    expect(toggleInList(["a", "zz"], "b", ["a", "b"])).toBeNull();
    expect(toggleInList(null, "a", ["a", "b"])).toEqual(["b"]);
  });

  it("setActors([]) and resetFilters mean all", () => {
    const store = createTimelineStore({ dataset, actors: ["japan"], categories: ["aid"], q: "x" });
    expect(selectHasActiveFilters(store.getState())).toBe(true);
    store.getState().setActors([]);
    expect(store.getState().actors).toBeNull();
    store.getState().resetFilters();
    expect(store.getState()).toMatchObject({ actors: null, categories: null, q: "" });
    expect(selectHasActiveFilters(store.getState())).toBe(false);
  });

  it("a blank query is not an active filter", () => {
    const store = createTimelineStore({ dataset, q: "   " });
    expect(selectHasActiveFilters(store.getState())).toBe(false);
  });

  it("setDomain records whether a gesture is in progress", () => {
    const store = createTimelineStore({ dataset });
    store.getState().setDomain([1, 2], { zooming: true });
    expect(store.getState()).toMatchObject({ domain: [1, 2], zooming: true });
    store.getState().setDomain([1, 3]);
    expect(store.getState().zooming).toBe(false);
  });
});

describe("setDataset", () => {
  it("drops filter ids and a selection the new dataset does not have", () => {
    const store = createTimelineStore({
      actors: ["japan", "atlantis"],
      categories: ["nothing-known"],
      selectedId: "2099-unknown-event",
    });
    store.getState().setDataset(dataset);
    expect(store.getState().actors).toEqual(["japan"]);
    expect(store.getState().categories).toBeNull();
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().load.status).toBe("ready");
  });

  it("keeps a selection the new dataset has, and clears hover", () => {
    const store = createTimelineStore({ selectedId: "2003-tokyo-declaration" });
    store.getState().hover("1977-fukuda-doctrine");
    store.getState().setDataset(dataset);
    expect(store.getState().selectedId).toBe("2003-tokyo-declaration");
    expect(store.getState().hoveredId).toBeNull();
    expect(selectSelectedEvent(store.getState())?.title).toBe("Tokyo Declaration");
  });

  it("keeps dataUrl unless told otherwise, records a file name and problems", () => {
    const store = createTimelineStore({ dataUrl: "https://example.org/a.json" });
    store.getState().setDataset(dataset);
    expect(store.getState().dataUrl).toBe("https://example.org/a.json");
    store.getState().setDataset(dataset, { dataUrl: null, fileName: "mine.csv", skipped: 2 });
    expect(store.getState()).toMatchObject({ dataUrl: null, dataFileName: "mine.csv", skipped: 2 });
    store.getState().dismissProblems();
    expect(store.getState().skipped).toBe(0);
  });

  it("setLoading and setLoadError report progress and errors", () => {
    const store = createTimelineStore();
    store.getState().setLoading({ loaded: 10, total: 100 });
    expect(store.getState().load).toEqual({ status: "loading", loaded: 10, total: 100, error: null });
    store.getState().setLoadError("Network down");
    expect(store.getState().load).toMatchObject({ status: "error", error: "Network down", loaded: 10 });
  });
});

describe("selectors", () => {
  it("selectFilteredEvents applies actors, categories, search and the visible domain", () => {
    const store = createTimelineStore({ dataset });
    expect(selectFilteredEvents(store.getState())).toHaveLength(8);
    store.getState().setActors(["china"]);
    expect(selectFilteredEvents(store.getState()).map((e) => e.id)).toEqual([
      "1999-chinese-scholarships",
      "2004-confucius-institutes",
      "2009-china-asean-fund",
    ]);
    store.getState().setDomain([Date.UTC(2004, 0, 1), Date.UTC(2010, 0, 1)]);
    expect(selectFilteredEvents(store.getState()).map((e) => e.id)).toEqual([
      "2004-confucius-institutes",
      "2009-china-asean-fund",
    ]);
    // The overview strip ignores the domain.
    expect(selectFilteredEventsNoRange(store.getState())).toHaveLength(3);
    store.getState().setQuery("mandarin");
    expect(selectFilteredEvents(store.getState()).map((e) => e.id)).toEqual(["2004-confucius-institutes"]);
  });

  it("are memoized: same reference while inputs are unchanged, new one when they change", () => {
    const store = createTimelineStore({ dataset });
    const s0 = store.getState();
    const f0 = selectFilteredEvents(s0);
    const c0 = selectActorCounts(s0);
    const k0 = selectCategoryCounts(s0);
    const l0 = selectLaneActors(s0);
    // Unrelated changes (hover, view, theme) keep every derived value.
    store.getState().hover("2003-tokyo-declaration");
    store.getState().setView("table");
    store.getState().setTheme("dark");
    const s1 = store.getState();
    expect(s1).not.toBe(s0);
    expect(selectFilteredEvents(s1)).toBe(f0);
    expect(selectActorCounts(s1)).toBe(c0);
    expect(selectCategoryCounts(s1)).toBe(k0);
    expect(selectLaneActors(s1)).toBe(l0);
    // A filter change gives new values.
    store.getState().toggleCategory("aid");
    const s2 = store.getState();
    expect(selectFilteredEvents(s2)).not.toBe(f0);
    expect(selectFilteredEvents(s2)).toHaveLength(4);
    expect(selectActorCounts(s2)).not.toBe(c0);
    expect(selectActorCounts(s2).get("japan")).toBe(2);
  });

  it("give each store its own answer when two stores are read in turn (two embeds on one page)", () => {
    const a = createTimelineStore({ dataset, actors: ["china"] });
    const b = createTimelineStore({ dataset, categories: ["diplomacy"] });
    for (let i = 0; i < 2; i++) {
      expect(selectFilteredEvents(a.getState())).toHaveLength(3);
      expect(selectFilteredEvents(b.getState())).toHaveLength(2);
      expect(selectActorCounts(a.getState()).get("japan")).toBe(5);
      expect(selectActorCounts(b.getState()).get("japan")).toBe(2);
    }
  });

  it("selectDomain falls back to the dataset's extent", () => {
    const store = createTimelineStore({ dataset });
    expect(selectDomain(store.getState())).toEqual(dataset.extent);
    store.getState().setDomain([5, 10]);
    expect(selectDomain(store.getState())).toEqual([5, 10]);
  });

  it("selectHighlight is a stable Set of the highlighted ids", () => {
    const store = createTimelineStore({ dataset });
    expect(selectHighlight(store.getState())).toBeNull();
    store.getState().setHighlight(["2003-tokyo-declaration"]);
    const h = selectHighlight(store.getState());
    expect([...h!]).toEqual(["2003-tokyo-declaration"]);
    store.getState().hover("x");
    expect(selectHighlight(store.getState())).toBe(h);
  });

  it("subscribers with a selector fire only when the selected value changes", () => {
    const store = createTimelineStore({ dataset });
    const spy = vi.fn();
    const unsub = store.subscribe(selectFilteredEvents, spy);
    store.getState().hover("2003-tokyo-declaration");
    store.getState().setView("figures");
    expect(spy).not.toHaveBeenCalled();
    store.getState().toggleActor("japan");
    expect(spy).toHaveBeenCalledTimes(1);
    unsub();
  });
});

describe("selectLaneActors", () => {
  const lanes = (init: Parameters<typeof createTimelineStore>[0] = {}) =>
    selectLaneActors(createTimelineStore({ dataset, ...init }).getState());

  it("puts Japan and China first (whatever the dataset's order) and groups member states in one lane", () => {
    const l = lanes();
    expect(l.map((x) => x.id)).toEqual(["japan", "china", "asean", "group-asean-member"]);
    expect(l[3]).toMatchObject({ name: "ASEAN member states", short: "ASEAN states" });
    expect(l[3]!.actorIds).toEqual(["indonesia", "vietnam"]);
    expect(l[0]).toEqual({ id: "japan", name: "Japan", short: "Japan", actorIds: ["japan"] });
  });

  it("shows only lanes of actors present in the filtered events", () => {
    // Culture: only China and ASEAN appear.
    expect(lanes({ categories: ["culture"] }).map((x) => x.id)).toEqual(["china", "asean"]);
    // A search matching only the tsunami relief: Japan plus the two members (grouped).
    expect(lanes({ q: "tsunami" }).map((x) => x.id)).toEqual(["japan", "group-asean-member"]);
    // A lone present member state is its own lane.
    expect(lanes({ q: "investment cooperation" }).map((x) => x.id)).toEqual(["china", "indonesia"]);
  });

  it("with an actor filter, lanes are the chosen actors only, and named members get their own lane", () => {
    expect(lanes({ actors: ["china"] }).map((x) => x.id)).toEqual(["china"]);
    expect(lanes({ actors: ["vietnam", "indonesia", "japan"] }).map((x) => x.id)).toEqual([
      "japan",
      "indonesia",
      "vietnam",
    ]);
  });

  it("ignores the visible domain (lanes do not jump while panning)", () => {
    expect(lanes({ domain: [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)] }).map((x) => x.id)).toEqual([
      "japan",
      "china",
      "asean",
      "group-asean-member",
    ]);
  });

  it("is empty without a dataset", () => {
    expect(selectLaneActors(createTimelineStore().getState())).toEqual([]);
  });

  it("orders the rest by the dataset's actor order", () => {
    const reordered = normalizeDataset({
      ...validateDataset(raw).dataset!,
      actors: [...validateDataset(raw).dataset!.actors].reverse(),
    });
    const l = selectLaneActors(createTimelineStore({ dataset: reordered }).getState());
    expect(l.map((x) => x.id)).toEqual(["japan", "china", "group-asean-member", "asean"]);
  });
});
