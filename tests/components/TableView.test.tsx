import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { TableView } from "../../src/components/Table/TableView";
import { highlightParts, snippet } from "../../src/components/Table/highlight";
import { normalizeDataset } from "../../src/data/normalize";
import { realDataset, renderWithStore } from "./viewsFixture";

// Plain DOM queries for the 75 rows: role queries over a whole table are slow in jsdom.
const bodyRows = () => [...document.querySelectorAll<HTMLTableRowElement>("tbody tr[data-row]")];
const head = () => within(document.querySelector("thead")!);
const sortButton = (name: RegExp) => head().getByRole("button", { name });
const header = (name: RegExp) => head().getByRole("columnheader", { name });
const firstTitles = (n: number) =>
  bodyRows()
    .slice(0, n)
    .map((r) => r.querySelector("[data-event-id]")!.getAttribute("data-event-id"));

describe("TableView", { timeout: 20_000 }, () => {
  it("can be limited to given events (Compare's pairs), says so, and shows all again", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TableView />);
    act(() =>
      store.getState().setTableOnly({ ids: ["2008-ajcep", "2004-asean-china-fta"], label: "the pairs" }),
    );
    expect(screen.getByText(/Only the pairs: 2 of \d+ events/)).toBeVisible();
    expect(firstTitles(5)).toEqual(["2004-asean-china-fta", "2008-ajcep"]);
    await user.click(screen.getByRole("button", { name: "Show all events" }));
    expect(store.getState().tableOnly).toBeNull();
    expect(bodyRows()).toHaveLength(store.getState().dataset!.events.length);
  });

  it("is a real table with a caption, column headers and one row per filtered event", () => {
    renderWithStore(<TableView />);
    const table = screen.getByRole("table");
    const n = realDataset.events.length;
    expect(
      within(table).getByText(new RegExp(`${n} of ${n} events, sorted by date \\(ascending\\)`)),
    ).toBeInTheDocument();
    expect(
      head()
        .getAllByRole("columnheader")
        .map((h) => h.textContent?.replace(/[▲▼↕]/g, "")),
    ).toEqual(["Date", "Event", "Actors", "Category", "Amount", "Source"]);
    expect(bodyRows()).toHaveLength(n);
    expect(table).toHaveAttribute("aria-rowcount", String(n + 1));
  });

  it("marks a date the documents do not print, with the reason for screen readers", () => {
    renderWithStore(<TableView />);
    const row = document.querySelector('[data-event-id="1997-cmi-abmi"]')!.closest("tr")!;
    const date = row.querySelector("td")!;
    expect(date).toHaveTextContent(/^1997placed/);
    expect(within(date).getByText(/^Placed at 1997: the documents give no year/)).toHaveClass(
      "visually-hidden",
    );
    const printed = document.querySelector('[data-event-id="2003-tokyo-declaration"]')!.closest("tr")!;
    expect(printed.querySelector("td")).toHaveTextContent(/^2003$/);
  });

  it("sorts by a column, toggles the direction, and announces it (aria-sort + live region)", async () => {
    const user = userEvent.setup();
    renderWithStore(<TableView />);
    const dateHeader = header(/date/i);
    expect(dateHeader).toHaveAttribute("aria-sort", "ascending");

    await user.click(sortButton(/^amount/i));
    const amountHeader = header(/amount/i);
    expect(amountHeader).toHaveAttribute("aria-sort", "ascending");
    expect(dateHeader).not.toHaveAttribute("aria-sort");
    expect(screen.getByRole("status")).toHaveTextContent("Sorted by amount, ascending.");
    // Amounts first (within a currency), events without an amount last.
    const last = bodyRows().at(-1)!;
    expect(last.querySelector(".td-amount")!.textContent).toBe("");

    await user.click(sortButton(/^amount/i));
    expect(amountHeader).toHaveAttribute("aria-sort", "descending");
    expect(screen.getByRole("status")).toHaveTextContent("Sorted by amount, descending.");

    await user.click(sortButton(/^date/i));
    await user.click(sortButton(/^date/i));
    expect(header(/date/i)).toHaveAttribute("aria-sort", "descending");
    expect(firstTitles(1)).toEqual([realDataset.events.at(-1)!.id]);
  });

  it("sorts by actor and by category", async () => {
    const user = userEvent.setup();
    renderWithStore(<TableView />);
    await user.click(sortButton(/^actors/i));
    const actors = bodyRows().map((r) => r.cells[2]!.textContent!);
    expect(actors).toEqual([...actors].sort((a, b) => a.localeCompare(b)));
    await user.click(sortButton(/^category/i));
    const cats = bodyRows().map((r) => r.cells[3]!.textContent!);
    expect(cats).toEqual([...cats].sort((a, b) => a.localeCompare(b)));
  });

  it("stays in step with the filters and highlights search matches", () => {
    const { store } = renderWithStore(<TableView />, { actors: ["japan"], q: "JAIF" });
    const expected = realDataset.events.filter(
      (e) => e.actors.includes("japan") && e.searchText.includes("jaif"),
    ).length;
    expect(bodyRows()).toHaveLength(expected);
    const marks = screen.getByRole("table").querySelectorAll("tbody mark");
    expect(marks.length).toBeGreaterThan(0);
    expect([...marks].every((m) => m.textContent!.toLowerCase() === "jaif")).toBe(true);
    act(() => store.getState().setQuery(""));
    expect(screen.getByRole("table").querySelectorAll("tbody mark")).toHaveLength(0);
  });

  it("opens the detail for a row (store selection), keeping data-event-id on the row's button", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TableView />);
    const btn = document.querySelector<HTMLButtonElement>('[data-event-id="2003-tokyo-declaration"]')!;
    expect(btn).toHaveAccessibleName(/^2003 — Tokyo Declaration/);
    expect(btn).toHaveAttribute("data-event-id", "2003-tokyo-declaration");
    await user.click(btn);
    expect(store.getState().selectedId).toBe("2003-tokyo-declaration");
    expect(btn.closest("tr")).toHaveClass("is-selected");
    // a click elsewhere on a row opens it too
    const row = document.querySelector('[data-event-id="2023-jaif-100-million"]')!.closest("tr")!;
    await user.click(row.cells[0]!);
    expect(store.getState().selectedId).toBe(
      row.querySelector("[data-event-id]")!.getAttribute("data-event-id"),
    );
  });

  it("cites the source of every row, short (“2009, p. 6”), the full citation in the tooltip", () => {
    renderWithStore(<TableView />);
    const titles = realDataset.sources.map((s) => s.title);
    for (const row of bodyRows()) {
      const cites = [...row.querySelectorAll<HTMLElement>(".td-source .cite")];
      expect(cites.length).toBeGreaterThan(0);
      for (const c of cites) {
        expect(c.textContent).toMatch(/^(; )?\d{4}(, (p|pp|para|paras)\. \d+([–-]\d+)?(, \d+)*)?$/);
        expect(titles.some((t) => c.title.startsWith(t))).toBe(true);
      }
    }
    const tokyo = document.querySelector('[data-event-id="2023-jaif-100-million"]')!.closest("tr")!;
    expect(tokyo.querySelector(".td-source")!.textContent).toMatch(/^2023, para\. \d$/);
  });

  it("renders only a window of rows for 5,000 events, announcing the full count", () => {
    const base = realDataset.events[0]!;
    const many = normalizeDataset({
      schemaVersion: 1,
      title: "many",
      actors: realDataset.actors,
      categories: realDataset.categories,
      sources: realDataset.sources,
      eras: [],
      events: Array.from({ length: 5000 }, (_, i) => ({
        id: `${1950 + (i % 70)}-e${i}`,
        date: String(1950 + (i % 70)),
        title: `Event ${i}`,
        summary: "s",
        actors: base.actors,
        category: base.category,
        sources: base.sources,
        importance: 2 as const,
      })),
    });
    renderWithStore(<TableView />, { dataset: many });
    const table = screen.getByRole("table");
    expect(table).toHaveAttribute("aria-rowcount", "5001");
    expect(table).toHaveTextContent("5,000 of 5,000 events");
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(200);
    expect(rows[0]).toHaveAttribute("aria-rowindex", "2");
    expect(table.querySelector("tr.spacer")).not.toBeNull();
  });
});

describe("highlight helpers", () => {
  it("marks every occurrence, case-insensitively, merging overlaps", () => {
    expect(highlightParts("Confucius confucius", ["CONF"])).toEqual([
      { text: "Conf", match: true },
      { text: "ucius ", match: false },
      { text: "conf", match: true },
      { text: "ucius", match: false },
    ]);
    expect(highlightParts("abcd", ["ab", "bc"])).toEqual([
      { text: "abc", match: true },
      { text: "d", match: false },
    ]);
    expect(highlightParts("x", [])).toEqual([{ text: "x", match: false }]);
  });

  it("excerpts the text around the first match", () => {
    const text = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen.";
    const s = snippet(text, ["eight"], 15)!;
    expect(s).toContain("eight");
    expect(s.startsWith("…")).toBe(true);
    expect(snippet(text, ["zzz"])).toBeNull();
  });
});
