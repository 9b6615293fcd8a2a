import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { syncUrl } from "../../src/url/syncUrl";
import { createTimelineStore, type TimelineStore } from "../../src/store/createTimelineStore";
import { decodeUrlState } from "../../src/url/urlState";
import { urlToInitialState } from "../../src/url/stateMapping";
import { smallDataset } from "../fixtures/small";

const dataset = smallDataset();
const U = Date.UTC;

let stop: (() => void) | undefined;
let push: ReturnType<typeof vi.spyOn>;
let replace: ReturnType<typeof vi.spyOn>;

/** Start from `search`, build the store the way the app does, and sync. */
function start(search: string, opts: Parameters<typeof syncUrl>[1] = {}): TimelineStore {
  window.history.replaceState(null, "", `/app${search}`);
  const store = createTimelineStore({
    dataset,
    ...urlToInitialState(decodeUrlState(window.location.search)),
  });
  push = vi.spyOn(window.history, "pushState");
  replace = vi.spyOn(window.history, "replaceState");
  stop = syncUrl(store, opts);
  return store;
}

/** Simulate Back/Forward landing on `search`. */
function pop(search: string) {
  window.history.replaceState(null, "", `/app${search}`);
  replace.mockClear();
  window.dispatchEvent(new PopStateEvent("popstate"));
}

const search = () => window.location.search;

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("syncUrl", () => {
  it("pushes a history entry on a filter change, at once", () => {
    const store = start("");
    store.getState().toggleActor("china");
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).not.toHaveBeenCalled();
    expect(search()).toBe("?actors=asean,indonesia,vietnam,japan");
    store.getState().setQuery("pledge");
    expect(push).toHaveBeenCalledTimes(2);
    expect(decodeUrlState(search())).toEqual({
      actors: ["asean", "indonesia", "vietnam", "japan"],
      q: "pledge",
    });
  });

  it("pushes on a selection and a view change, keeps the path and hash", () => {
    window.history.replaceState(null, "", "/app#about");
    const store = createTimelineStore({ dataset });
    push = vi.spyOn(window.history, "pushState");
    stop = syncUrl(store);
    store.getState().select("2003-tokyo-declaration");
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(
      "/app?event=2003-tokyo-declaration#about",
    );
    store.getState().setView("table");
    expect(push).toHaveBeenCalledTimes(2);
    expect(search()).toBe("?view=table&event=2003-tokyo-declaration");
  });

  it("writes nothing for changes the URL does not carry", () => {
    const store = start("?actors=japan");
    store.getState().hover("2003-tokyo-declaration");
    store.getState().setFiltersOpen(true);
    store.getState().setHighlight(["2003-tokyo-declaration"]);
    vi.runAllTimers();
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });

  it("replaces (debounced) on a domain change, never pushes", () => {
    const store = start("?actors=japan");
    store.getState().setDomain([U(2003, 0, 1), U(2008, 0, 1)], { zooming: true });
    store.getState().setDomain([U(2003, 0, 1), U(2009, 0, 1)], { zooming: true });
    store.getState().setDomain([U(2003, 0, 1), U(2010, 0, 1)], { zooming: true });
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(249);
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
    expect(search()).toBe("?actors=japan&from=2003&to=2009");
  });

  it("a domain change outside a gesture (a button, the brush released) also replaces, sooner", () => {
    const store = start("");
    store.getState().setDomain([U(1990, 0, 1), U(2000, 0, 1)]);
    vi.advanceTimersByTime(60);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
    expect(search()).toBe("?from=1990&to=1999");
  });

  it("a discrete change during a pending zoom pushes once with both", () => {
    const store = start("");
    store.getState().setDomain([U(1990, 0, 1), U(2000, 0, 1)], { zooming: true });
    store.getState().toggleCategory("aid");
    expect(push).toHaveBeenCalledTimes(1);
    expect(decodeUrlState(search())).toEqual({
      categories: ["diplomacy", "culture"],
      from: "1990",
      to: "1999",
    });
    vi.runAllTimers();
    expect(replace).not.toHaveBeenCalled();
  });

  it("reports each new query to onChange (embed posts it to the host)", () => {
    const onChange = vi.fn();
    const store = start("", { onChange });
    store.getState().setView("figures");
    expect(onChange).toHaveBeenLastCalledWith("view=figures");
  });

  it("replaceOnly never pushes (an iframe must not step the host's Back button)", () => {
    const store = start("?embed=1", { replaceOnly: true });
    store.getState().toggleActor("china");
    expect(push).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalledTimes(1);
    expect(decodeUrlState(search()).embed).toBe(true);
  });

  it("popstate restores the store from the URL without writing history", () => {
    const store = start("?actors=japan&q=aid&event=2003-tokyo-declaration&view=table");
    pop("?categories=culture&from=2003&to=2009&story=1&step=3&theme=dark");
    expect(store.getState()).toMatchObject({
      actors: null,
      categories: ["culture"],
      q: "",
      domain: [U(2003, 0, 1), U(2010, 0, 1)],
      selectedId: null,
      view: "timeline",
      storyStep: 3,
      theme: "dark",
    });
    vi.runAllTimers();
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
    // Back to the first entry: everything returns.
    pop("?actors=japan&q=aid&event=2003-tokyo-declaration&view=table");
    expect(store.getState()).toMatchObject({
      actors: ["japan"],
      categories: null,
      q: "aid",
      domain: null,
      selectedId: "2003-tokyo-declaration",
      view: "table",
      storyStep: null,
    });
    // A theme absent from the URL keeps the user's choice.
    expect(store.getState().theme).toBe("dark");
  });

  it("after a popstate, the next change pushes relative to the restored state", () => {
    const store = start("");
    store.getState().toggleActor("china");
    pop("");
    expect(store.getState().actors).toBeNull();
    push.mockClear();
    store.getState().setView("compare");
    expect(push).toHaveBeenCalledTimes(1);
    expect(search()).toBe("?view=compare");
  });

  it("tells the app when Back brings a different data= URL", () => {
    const onDataUrlChange = vi.fn();
    start("?data=a.json", { onDataUrlChange });
    pop("?data=b.json");
    expect(onDataUrlChange).toHaveBeenLastCalledWith("b.json");
    pop("?data=b.json&view=table");
    expect(onDataUrlChange).toHaveBeenCalledTimes(1);
    pop("");
    expect(onDataUrlChange).toHaveBeenLastCalledWith(null);
  });

  it("survives a history that throws (sandboxed frames)", () => {
    const store = start("");
    push.mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    expect(() => store.getState().toggleActor("china")).not.toThrow();
  });

  it("stops listening once unsubscribed", () => {
    const store = start("");
    stop!();
    stop = undefined;
    store.getState().toggleActor("china");
    store.getState().setDomain([U(1990, 0, 1), U(2000, 0, 1)]);
    vi.runAllTimers();
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
    pop("?view=table");
    expect(store.getState().view).toBe("timeline");
  });
});
