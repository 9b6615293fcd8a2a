import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { CompareView } from "../../src/components/Compare/CompareView";
import { formatDateRange } from "../../src/data/dates";
import { realDataset, renderWithStore } from "./viewsFixture";

const marks = () => [...document.querySelectorAll<SVGGElement>(".cmp-chart [data-key]")];
const summaryRow = (dimension: string) => {
  const table = screen.getByRole("table", { name: /events and amounts by dimension/i });
  return within(table).getByRole("rowheader", { name: dimension }).closest("tr")!;
};

describe("CompareView", { timeout: 20_000 }, () => {
  it("draws Japan and China by default, one band per dimension, with the timeline's marks", () => {
    renderWithStore(<CompareView />);
    expect(screen.getByLabelText("Compare")).toHaveValue("japan");
    expect(screen.getByLabelText("with")).toHaveValue("china");
    const names = [...document.querySelectorAll(".cmp-dim")].map((d) => d.textContent);
    expect(names).toEqual([
      "Aid and development",
      "Economic networking and trade",
      "Culture and education",
      "Tourism and people",
      "Health",
      "Disaster relief",
      "Security and diplomacy",
      "Regional institutions",
    ]);
    const all = marks();
    const jc =
      realDataset.events.filter((e) => e.actors.includes("japan")).length +
      realDataset.events.filter((e) => e.actors.includes("china")).length;
    expect(all).toHaveLength(jc);
    for (const m of all) {
      expect(m).toHaveAttribute("data-event-id");
      const ev = realDataset.eventById.get(m.dataset.eventId!)!;
      expect(
        m.getAttribute("aria-label")!.startsWith(`${formatDateRange(ev.date, ev.end)} — ${ev.title}`),
      ).toBe(true);
    }
    // one tab stop in the chart (roving tabindex)
    expect(all.filter((m) => m.getAttribute("tabindex") === "0")).toHaveLength(1);
  });

  it("opens an event's detail from a mark, by click or by keyboard", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CompareView />);
    const tokyo = document.querySelector<SVGGElement>('.cmp-chart [data-event-id="2003-tokyo-declaration"]')!;
    expect(tokyo.getAttribute("aria-label")).toMatch(/^2003 — Tokyo Declaration/);
    await user.click(tokyo);
    expect(store.getState().selectedId).toBe("2003-tokyo-declaration");

    act(() => store.getState().select(null));
    const first = marks().find((m) => m.getAttribute("tabindex") === "0")!;
    act(() => first.focus());
    await user.keyboard("{ArrowRight}");
    const second = document.activeElement as SVGGElement;
    expect(second).not.toBe(first);
    expect(second.dataset.key!.split(":")[0]).toBe(first.dataset.key!.split(":")[0]); // same lane
    await user.keyboard("{ArrowDown}");
    const below = document.activeElement as SVGGElement;
    expect(Number(below.dataset.key!.split(":")[0])).toBeGreaterThan(
      Number(second.dataset.key!.split(":")[0]),
    );
    await user.keyboard("{Enter}");
    expect(store.getState().selectedId).toBe(below.dataset.eventId);
  });

  it("summarises counts and amounts per dimension, summing only within a currency", () => {
    renderWithStore(<CompareView />);
    const aid = summaryRow("Aid and development");
    expect(aid.cells[1]).toHaveTextContent("12 events");
    expect(aid.cells[1]).toHaveTextContent("US$232.5 million + ¥32.67 billion");
    // multi-year totals are listed, not added
    expect(
      within(aid.cells[1] as HTMLElement).getByRole("button", { name: /US\$44\.7 billion/ }),
    ).toBeInTheDocument();
    expect(aid.cells[2]).toHaveTextContent("4 events");
    expect(aid.cells[2]).toHaveTextContent("US$970 million");
    const tourism = summaryRow("Tourism and people");
    expect(tourism.cells[1]).toHaveTextContent("—");
    expect(tourism.cells[2]).toHaveTextContent("7 events");
    // trade volumes are shown apart, never summed with money
    const economy = summaryRow("Economic networking and trade");
    expect(economy.cells[2]).toHaveTextContent(/US\$200 billion\s*trade/);
    expect(economy.cells[2]).not.toHaveTextContent(/\+/);
  });

  it("lets the reader pick another pair (Japan and South Korea)", async () => {
    const user = userEvent.setup();
    renderWithStore(<CompareView />);
    await user.selectOptions(screen.getByLabelText("with"), "south-korea");
    const korea = realDataset.events.filter((e) => e.actors.includes("south-korea")).length;
    const lanesB = marks().filter((m) => Number(m.dataset.key!.split(":")[0]) % 2 === 1);
    expect(lanesB).toHaveLength(korea);
    expect(screen.getByRole("columnheader", { name: /South Korea/ })).toBeInTheDocument();
    // choosing the other side's actor swaps the pair
    await user.selectOptions(screen.getByLabelText("Compare"), "south-korea");
    expect(screen.getByLabelText("Compare")).toHaveValue("south-korea");
    expect(screen.getByLabelText("with")).toHaveValue("japan");
  });

  it("honours the filters", () => {
    renderWithStore(<CompareView />, { categories: ["tourism"] });
    const ids = new Set(marks().map((m) => m.dataset.eventId));
    expect([...ids].every((id) => realDataset.eventById.get(id!)!.category === "tourism")).toBe(true);
    expect(ids.size).toBeGreaterThan(0);
  });
});

describe("CompareView: who moved first", { timeout: 20_000 }, () => {
  it("draws a bracket per pair with the lag, lists the pairs, and opens both events from either", async () => {
    const user = userEvent.setup();
    renderWithStore(<CompareView />);
    const bracket = document.querySelector<SVGGElement>(
      '.pair[data-pair="2004-asean-china-fta|2008-ajcep"]',
    )!;
    expect(bracket).toHaveAttribute(
      "aria-label",
      "ASEAN-China free trade agreement concluded 2004 → ASEAN-Japan Comprehensive Economic Partnership 2008: 4 years later. Opens both events.",
    );
    expect(bracket.textContent).toBe("4 years later");
    const response = document.querySelector(
      '.pair[data-pair="2004-asean-china-fta|2003-tokyo-declaration"]',
    )!;
    expect(response.textContent).toBe("in response");

    const list = screen.getByRole("region", { name: "Who moved first" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(document.querySelectorAll(".pair").length);

    await user.click(bracket);
    const dialog = screen.getByRole("dialog", { name: "Who moved first" });
    expect(
      within(dialog).getByRole("heading", { name: "ASEAN-China free trade agreement concluded" }),
    ).toBeVisible();
    expect(
      within(dialog).getByRole("heading", { name: "ASEAN-Japan Comprehensive Economic Partnership" }),
    ).toBeVisible();
    expect(within(dialog).getAllByText(/p\. 6|p\. 7/).length).toBeGreaterThan(0);
    await user.click(within(dialog).getByRole("button", { name: "Close" }));

    await user.click(
      within(list).getByRole("button", {
        name: /concluded 2004\s*→\s*Tokyo Declaration 2003\s*in response/,
      }),
    );
    const d2 = screen.getByRole("dialog", { name: "Who moved first" });
    expect(within(d2).getByText(/prompted Tokyo’s comprehensive strategic engagement/)).toBeVisible();
  });

  it("filters the Table to the pairs' events", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CompareView />);
    await user.click(screen.getByRole("button", { name: /^Show these \d+ events in the Table$/ }));
    const s = store.getState();
    expect(s.view).toBe("table");
    expect(s.tableOnly!.ids).toEqual(expect.arrayContaining(["2004-asean-china-fta", "2008-ajcep"]));
  });
});
