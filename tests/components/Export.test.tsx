import { describe, expect, it } from "vitest";
import { fireEvent, screen } from "@testing-library/react";
import { ExportMenu } from "../../src/components/Export/ExportMenu";
import Papa from "papaparse";
import {
  eventsToCsv,
  eventsToJson,
  exportColumns,
  filteredDataset,
} from "../../src/components/Export/exportData";
import { describeView, exportFileBase, slug, viewLine } from "../../src/components/Export/viewSummary";
import { buildChartSvg, wrap } from "../../src/components/Export/exportChart";
import { formatCitation } from "../../src/components/Cite/citation";
import { parseCsvDataset } from "../../src/data/csv";
import { validateDataset } from "../../src/data/validate";
import { filterEvents } from "../../src/data/derive";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import { selectFilteredEvents, selectLaneActors } from "../../src/store/selectors";
import { realDataset, renderWithStore } from "./viewsFixture";

const Y = (y: number) => Date.UTC(y, 0, 1);
const japanChina = filterEvents(realDataset.events, {
  actors: ["japan", "china"],
  categories: null,
  q: "",
  range: [Y(1997), Y(2009)],
});

describe("exported data", () => {
  it("JSON is a valid dataset holding exactly the filtered events", () => {
    const json = JSON.parse(eventsToJson(realDataset, japanChina, "note"));
    const r = validateDataset(json);
    expect(r.problems).toEqual([]);
    expect(r.dataset!.events.map((e) => e.id)).toEqual(japanChina.map((e) => e.id));
    // Nothing normalization added leaks out.
    expect(json.events[0]).not.toHaveProperty("start");
    expect(json.events[0]).not.toHaveProperty("searchText");
    expect(json.eras[0]).not.toHaveProperty("stop");
  });

  it("keeps `related` links only inside the export", () => {
    const ds = filteredDataset(realDataset, japanChina.slice(0, 5));
    const ids = new Set(ds.events.map((e) => e.id));
    for (const e of ds.events) for (const r of e.related ?? []) expect(ids.has(r)).toBe(true);
  });

  it("CSV has one row per filtered event and reads back as the same events", () => {
    const csv = eventsToCsv(realDataset, japanChina);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const back = parseCsvDataset(csv);
    expect(back.fatal).toBeUndefined();
    expect(back.rowCount).toBe(japanChina.length);
    const v = validateDataset(back.raw);
    expect(v.dataset!.events.map((e) => e.id).sort()).toEqual(japanChina.map((e) => e.id).sort());
  });
});

describe("CSV columns", () => {
  const rows = (csv: string) =>
    Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true }).data;

  it("keeps the amount as printed beside its value, scale and currency, and names sources by title and id", () => {
    const csv = eventsToCsv(realDataset, realDataset.events);
    const header = csv
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0]!
      .split(",");
    const at = header.indexOf("amount");
    expect(header.slice(at, at + 4)).toEqual(["amount", "scale", "currency", "amount_text"]);
    expect(header[header.indexOf("source") + 1]).toBe("source_title");
    const jaif = rows(csv).find((r) => r.id === "2023-jaif-100-million")!;
    const ev = realDataset.events.find((e) => e.id === "2023-jaif-100-million")!;
    expect(jaif.amount).toBe(String(ev.amount!.value));
    expect(jaif.scale).toBe(ev.amount!.scale ?? "");
    expect(jaif.amount_text).toBe(ev.amount!.text ?? "");
    expect(jaif.source).toBe("courteous-charmer");
    expect(jaif.source_title).toBe(realDataset.sourceById.get("courteous-charmer")!.title);
  });

  it("reads back with the same amounts, as printed", () => {
    const back = validateDataset(parseCsvDataset(eventsToCsv(realDataset, japanChina)).raw).dataset!;
    for (const e of japanChina.filter((x) => x.amount)) {
      const b = back.events.find((x) => x.id === e.id)!;
      expect(b.amount).toEqual(e.amount);
    }
  });

  it("orders columns without losing any", () => {
    expect(
      exportColumns(["id", "amount", "currency", "source", "page", "scale", "kind", "amount_text"]),
    ).toEqual(["id", "amount", "scale", "currency", "amount_text", "kind", "source", "source_title", "page"]);
  });
});

describe("names and words for the view", () => {
  const store = createTimelineStore({
    dataset: realDataset,
    actors: ["japan", "china"],
    domain: [Y(1997), Y(2009)],
  });
  const s = store.getState();
  const v = describeView(s, selectFilteredEvents(s));

  it("filenames say what is inside", () => {
    expect(exportFileBase(v, s)).toBe("soft-power-timeline_japan-china_1997-2008");
    const all = describeView({ ...s, actors: null, domain: null }, realDataset.events);
    expect(exportFileBase(all, { actors: null, categories: null })).toMatch(
      /^soft-power-timeline_\d{4}-\d{4}$/,
    );
    const cats = describeView(
      { ...s, categories: ["aid", "tourism", "health"], q: "Confucius!", storyStep: 4 },
      [],
      "Step",
    );
    expect(exportFileBase(cats, { actors: ["japan"], categories: ["aid", "tourism", "health"] })).toBe(
      "soft-power-timeline_japan_3-categories_search-confucius_story-step-4_1997-2008",
    );
  });

  it("slugs are safe ASCII", () => {
    expect(slug("Sécurité & Coopération — 2003")).toBe("securite-cooperation-2003");
    expect(slug("日本")).toBe("timeline");
  });

  it("describes the view in one line", () => {
    expect(viewLine(v)).toBe(
      `Japan, China · all categories · 1997 – 2008 · ${v.count} of ${realDataset.events.length} events`,
    );
  });

  it("cites title, sources, link and access date", () => {
    const c = formatCitation({
      view: v,
      sources: realDataset.sources,
      url: "https://example.org/?actors=japan",
      date: "1 May 2025",
    });
    expect(c).toContain("Soft Power Timeline [interactive timeline]");
    expect(c).toContain("The Courteous Charmer");
    expect(c).toContain("https://example.org/?actors=japan (accessed 1 May 2025)");
  });
});

describe("buildChartSvg", () => {
  it("makes a standalone SVG with title, events' names, legend and credit", () => {
    const store = createTimelineStore({
      dataset: realDataset,
      actors: ["japan"],
      domain: [Y(2003), Y(2004)],
    });
    const s = store.getState();
    const events = selectFilteredEvents(s);
    const host = document.createElement("div");
    host.innerHTML = `<svg width="600" height="200"><g class="ev" data-event-id="2003-tokyo-declaration" role="button" tabindex="0" aria-label="2003 — Tokyo Declaration"><circle r="5"></circle><text>Tokyo Declaration</text></g></svg>`;
    document.body.appendChild(host);
    const out = buildChartSvg({
      svg: host.querySelector("svg")!,
      ds: realDataset,
      events,
      lanes: selectLaneActors(s),
      view: describeView(s, events),
      url: "https://example.org/?x=1&y=2",
      date: "1 May 2025",
    });
    host.remove();
    expect(out.svg).toMatch(/^<\?xml/);
    const doc = new DOMParser().parseFromString(out.svg, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    const text = doc.documentElement.textContent!;
    expect(doc.querySelector("title")!.textContent).toBe("Soft Power Timeline");
    expect(text).toContain("2003 — Tokyo Declaration");
    expect(text).toContain("Japan · all categories");
    expect(text).toContain("Sources:");
    expect(text).toContain("https://example.org/?x=1&y=2");
    // A document, not a widget.
    expect(out.svg).not.toMatch(/tabindex|role="button"|data-event-id/);
    expect(out.width).toBe(600);
    expect(out.height).toBeGreaterThan(200);
  });

  it("wraps long credits into lines", () => {
    const lines = wrap("word ".repeat(80).trim(), 11, 200, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith("…")).toBe(true);
    expect(wrap("short", 11, 200, 3)).toEqual(["short"]);
  });
});

describe("ExportMenu", () => {
  it("opens a menu of exports with the filtered count, and closes with Escape", async () => {
    renderWithStore(<ExportMenu />, { actors: ["japan"] });
    const button = screen.getByRole("button", { name: /Export/ });
    expect(button).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    const csv = await screen.findByRole("button", { name: /Events as CSV/ });
    expect(csv).toHaveTextContent(/\d+ filtered events/);
    expect(screen.getByRole("button", { name: /Chart as SVG/ })).toBeEnabled();
    expect(screen.getByRole("button", { name: /Chart as PNG/ })).toBeEnabled();
    fireEvent.keyDown(csv, { key: "Escape" });
    expect(button).toHaveAttribute("aria-expanded", "false");
  });

  it.each([
    ["table", "Table"],
    ["compare", "Comparison"],
    ["figures", "Figures"],
  ] as const)("offers an image of the %s view too", async (view, name) => {
    renderWithStore(<ExportMenu />, { view });
    fireEvent.click(screen.getByRole("button", { name: /Export/ }));
    expect(await screen.findByRole("button", { name: new RegExp(`^${name} as SVG`) })).toBeEnabled();
    expect(screen.getByRole("button", { name: new RegExp(`^${name} as PNG`) })).toBeEnabled();
    expect(screen.getByRole("button", { name: /Events as JSON/ })).toBeEnabled();
  });
});
