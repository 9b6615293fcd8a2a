// @vitest-environment node
import { describe, expect, it } from "vitest";
import { rangeToDomain, stateToUrl, urlToInitialState } from "../../src/url/stateMapping";
import { decodeUrlState, encodeUrlState } from "../../src/url/urlState";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import { paddedExtent } from "../../src/chart/timeScale";
import { domainToRange } from "../../src/chart/range";
import type { InitialState } from "../../src/store/types";
import { smallDataset } from "../fixtures/small";

const dataset = smallDataset();
const U = Date.UTC;
const stateOf = (init: InitialState) => createTimelineStore({ dataset, ...init }).getState();

describe("rangeToDomain", () => {
  it("turns partial dates into [start of from, end of to)", () => {
    expect(rangeToDomain("2003", "2009")).toEqual([U(2003, 0, 1), U(2010, 0, 1)]);
    expect(rangeToDomain("2003-04", "2003-06-30")).toEqual([U(2003, 3, 1), U(2003, 6, 1)]);
    expect(rangeToDomain("2003", "2003")).toEqual([U(2003, 0, 1), U(2004, 0, 1)]);
  });

  it("leaves a missing end open", () => {
    expect(rangeToDomain("2003")).toEqual([U(2003, 0, 1), Infinity]);
    expect(rangeToDomain(undefined, "1999")).toEqual([-Infinity, U(2000, 0, 1)]);
    expect(rangeToDomain()).toBeNull();
  });

  it("is null for malformed or reversed ranges", () => {
    expect(rangeToDomain("2009", "2003")).toBeNull();
    expect(rangeToDomain("2023-13-45", "2024")).toBeNull();
  });
});

describe("urlToInitialState", () => {
  it("maps every URL field to the store", () => {
    expect(
      urlToInitialState({
        view: "table",
        actors: ["japan"],
        categories: ["aid"],
        from: "2003",
        to: "2009",
        q: "tsunami",
        event: "2005-tsunami-relief",
        step: 3,
        embed: true,
        theme: "contrast",
        edit: true,
        data: "mine.csv",
      }),
    ).toEqual({
      view: "table",
      actors: ["japan"],
      categories: ["aid"],
      q: "tsunami",
      domain: [U(2003, 0, 1), U(2010, 0, 1)],
      selectedId: "2005-tsunami-relief",
      storyStep: 3,
      editing: true,
      mode: "embed",
      theme: "contrast",
      dataUrl: "mine.csv",
    });
  });

  it("fills defaults for an empty URL", () => {
    expect(urlToInitialState({})).toEqual({
      view: "timeline",
      actors: null,
      categories: null,
      q: "",
      domain: null,
      selectedId: null,
      storyStep: null,
      editing: false,
      mode: "app",
      theme: null,
      dataUrl: null,
    });
  });
});

describe("stateToUrl", () => {
  it("leaves every default out", () => {
    expect(stateToUrl(stateOf({}))).toEqual({});
    expect(encodeUrlState(stateToUrl(stateOf({ q: "   " })))).toBe("");
  });

  it("writes edit=1 while the editor is open, never in embed mode", () => {
    expect(stateToUrl(stateOf({ editing: true }))).toEqual({ edit: true });
    expect(stateToUrl(stateOf({ editing: true, mode: "embed" }))).toEqual({ embed: true });
  });

  it("writes filters, selection, view, story, embed, theme and data", () => {
    expect(
      stateToUrl(
        stateOf({
          view: "figures",
          actors: ["china"],
          categories: ["culture"],
          q: " confucius ",
          selectedId: "2004-confucius-institutes",
          storyStep: 2,
          mode: "embed",
          theme: "dark",
          dataUrl: "https://example.org/x.json",
        }),
      ),
    ).toEqual({
      view: "figures",
      actors: ["china"],
      categories: ["culture"],
      q: "confucius",
      event: "2004-confucius-institutes",
      step: 2,
      embed: true,
      theme: "dark",
      data: "https://example.org/x.json",
    });
  });

  it.each<[string, [number, number], { from?: string; to?: string }]>([
    ["year-aligned domains keep year form", [U(2003, 0, 1), U(2010, 0, 1)], { from: "2003", to: "2009" }],
    ["a single year", [U(2003, 0, 1), U(2004, 0, 1)], { from: "2003", to: "2003" }],
    [
      "month-aligned short domains keep month form",
      [U(2003, 3, 1), U(2003, 6, 1)],
      { from: "2003-04", to: "2003-06" },
    ],
    ["a few unaligned years: months", [U(2001, 5, 17), U(2008, 2, 3)], { from: "2001-06", to: "2008-03" }],
    [
      "under three unaligned years: days",
      [U(2003, 5, 17, 12), U(2004, 2, 3, 6)],
      { from: "2003-06-17", to: "2004-03-03" },
    ],
    ["open ends are left out", [U(2003, 0, 1), Infinity], { from: "2003" }],
  ])("domain → from/to: %s", (_, domain, want) => {
    expect(stateToUrl(stateOf({ domain }))).toEqual(want);
  });

  it("the written range always covers the visible domain", () => {
    for (const domain of [
      [U(2001, 5, 17, 5), U(2008, 2, 3, 7)],
      [U(2003, 5, 17, 12), U(2003, 7, 3, 6)],
      [U(1960, 2, 9), U(2020, 10, 30)],
    ] as [number, number][]) {
      const u = stateToUrl(stateOf({ domain }));
      const back = rangeToDomain(u.from, u.to)!;
      expect(back[0]).toBeLessThanOrEqual(domain[0]);
      expect(back[1]).toBeGreaterThanOrEqual(domain[1]);
    }
  });

  it("omits a domain equal to the dataset's extent, and the padded extent shown when zoomed all the way out", () => {
    expect(stateToUrl(stateOf({ domain: dataset.extent }))).toEqual({});
    expect(stateToUrl(stateOf({ domain: paddedExtent(dataset.extent) }))).toEqual({});
    // Anything else is written.
    expect(stateToUrl(stateOf({ domain: [dataset.extent[0], U(2010, 0, 1)] }))).toEqual({
      from: "1977-08",
      to: "2009-12",
    });
    // (The padded extent does not round to the extent's own years: it needs its own check.)
    expect(domainToRange(paddedExtent(dataset.extent))).not.toEqual(domainToRange(dataset.extent));
  });

  it("without a dataset, any domain is written", () => {
    const s = createTimelineStore({ domain: [U(2003, 0, 1), U(2010, 0, 1)] }).getState();
    expect(stateToUrl(s)).toEqual({ from: "2003", to: "2009" });
  });

  it("URL → store → URL keeps a canonical link", () => {
    for (const search of [
      "view=table&actors=japan,china&from=2003&to=2009&event=2003-tokyo-declaration",
      "categories=aid&q=relief&story=1&step=2&theme=contrast",
      "from=2003-04&to=2003-06",
      "from=2003-06",
      "to=1999-03-17",
      "embed=1&data=mine.csv",
    ]) {
      const s = createTimelineStore({ dataset, ...urlToInitialState(decodeUrlState(search)) }).getState();
      expect(encodeUrlState(stateToUrl(s))).toBe(search);
    }
  });
});
