import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { FiguresView } from "../../src/components/Figures/FiguresView";
import { render } from "@testing-library/react";
import rawDataset from "../../data/events.json";
import { validateDataset } from "../../src/data/validate";
import { normalizeDataset } from "../../src/data/normalize";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import { TimelineStoreProvider } from "../../src/store/TimelineStoreProvider";
import { renderWithStore } from "./viewsFixture";

/** The real dataset plus `n` dated Japanese grants in US dollars: a series too long to draw one by one. */
function withManyAmounts(n: number) {
  const extra = Array.from({ length: n }, (_, i) => ({
    id: `${1950 + (i % 70)}-grant-${i}`,
    date: String(1950 + (i % 70)),
    title: `Grant number ${i}`,
    summary: "A grant.",
    actors: ["japan"],
    category: "aid",
    amount: {
      value: 1 + (i % 900),
      scale: "million",
      currency: "USD",
      kind: "grant",
      text: `US$${1 + (i % 900)} million`,
    },
    sources: rawDataset.events[0]!.sources,
  }));
  const ds = normalizeDataset(
    validateDataset({ ...rawDataset, events: [...rawDataset.events, ...extra] }).dataset!,
  );
  const store = createTimelineStore({ dataset: ds });
  render(
    <TimelineStoreProvider store={store}>
      <FiguresView />
    </TimelineStoreProvider>,
  );
  return store;
}

const card = (title: RegExp) => screen.getByRole("figure", { name: title });

describe("FiguresView", { timeout: 20_000 }, () => {
  it("draws one money chart per currency, never two currencies on one axis", () => {
    renderWithStore(<FiguresView />);
    const usd = card(/amounts in US dollars/);
    const jpy = card(/amounts in Japanese yen/);
    expect(within(usd).getByText(/log scale\)/)).toBeInTheDocument();
    const usdValues = [...usd.querySelectorAll(".vc-value")].map((t) => t.textContent);
    const jpyValues = [...jpy.querySelectorAll(".vc-value")].map((t) => t.textContent);
    expect(usdValues.length).toBeGreaterThan(0);
    expect(usdValues.every((v) => v!.startsWith("US$"))).toBe(true);
    expect(jpyValues.every((v) => v!.startsWith("¥"))).toBe(true);
    expect(usdValues).toContain("US$3 billion");
  });

  it("labels every chart: title, axis titles, source line", () => {
    renderWithStore(<FiguresView />);
    for (const fig of screen.getAllByRole("figure")) {
      expect(within(fig).getByRole("heading")).toBeInTheDocument();
      expect(fig.querySelector(".fig-source")!.textContent).toMatch(/^Sources?: “/);
    }
    expect(within(card(/amounts in US dollars/)).getByText("Event, by date")).toBeInTheDocument();
  });

  it("links marks to their events (click and Enter open the detail)", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiguresView />);
    const mark = card(/amounts in US dollars/).querySelector<SVGGElement>(
      '[data-event-id="2003-tokyo-declaration"]',
    )!;
    expect(mark).toHaveAccessibleName(/^2003 — Tokyo Declaration.*US\$3 billion/);
    await user.click(mark);
    expect(store.getState().selectedId).toBe("2003-tokyo-declaration");
    const jaif = card(/amounts in US dollars/).querySelector<SVGGElement>(
      '[data-event-id="2006-jaif-launch"]',
    )!;
    jaif.focus();
    await user.keyboard("{Enter}");
    expect(store.getState().selectedId).toBe("2006-jaif-launch");
  });

  it("offers every chart as a table", async () => {
    const user = userEvent.setup();
    renderWithStore(<FiguresView />);
    const usd = card(/amounts in US dollars/);
    const toggle = within(usd).getByRole("button", { name: "Show as table" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    const table = within(usd).getByRole("table");
    expect(within(table).getByText("US$44.7 billion")).toBeInTheDocument();
    expect(within(table).getAllByRole("row").length).toBeGreaterThan(5);
  });

  it("counts events per dimension in five-year periods for Japan and China", async () => {
    const user = userEvent.setup();
    renderWithStore(<FiguresView />);
    const fig = card(/events per dimension, five-year periods/);
    expect(
      within(fig)
        .getAllByRole("img")
        .map((i) => i.getAttribute("aria-label")),
    ).toEqual([expect.stringMatching(/^Japan: 44 events/), expect.stringMatching(/^China: 29 events/)]);
    await user.click(within(fig).getByRole("button", { name: "Show as table" }));
    expect(within(fig).getByRole("columnheader", { name: "2005–2009" })).toBeInTheDocument();
  });

  it("charts only fair comparisons of the other figures and lists the rest", () => {
    renderWithStore(<FiguresView />);
    expect(card(/Confucius Institutes/)).toBeInTheDocument();
    expect(card(/multiple of US aid/)).toBeInTheDocument();
    const alone = card(/Figures that stand alone/);
    expect(within(alone).getByText("Chinese tourists visiting ASEAN")).toBeInTheDocument();
    expect(within(alone).getByText("3.4 million people")).toBeInTheDocument();
  });

  it("honours the filters", () => {
    renderWithStore(<FiguresView />, { actors: ["china"] });
    expect(screen.queryByRole("figure", { name: /Japanese yen/ })).toBeNull();
    const usd = card(/amounts in US dollars/);
    const ids = [...usd.querySelectorAll("[data-event-id]")].map((m) => m.getAttribute("data-event-id"));
    expect(ids).toEqual(["2008-cyclone-nargis-aid", "2009-china-annual-aid"]);
  });

  it("bins a long series per period and per cell, and windows its table", async () => {
    const user = userEvent.setup();
    const store = withManyAmounts(1000);
    const usd = card(/amounts in US dollars/);
    // No mark per value: rows per period, cells drawn as a few paths per row.
    expect(usd.querySelectorAll(".vc-mark")).toHaveLength(0);
    expect(within(usd).getByText(/Too many to draw one by one/)).toBeInTheDocument();
    expect(usd.querySelectorAll("*").length).toBeLessThan(2000);
    // A period's count and its extremes, written as the data writes them.
    expect(within(usd).getAllByText(/^\d+ values$/).length).toBeGreaterThan(5);
    expect(within(usd).getAllByText(/^US\$\d+ million to US\$\d+ million$/).length).toBeGreaterThan(5);

    await user.click(within(usd).getByRole("button", { name: "Show as table" }));
    const table = within(usd).getByRole("table");
    const count = Number(table.getAttribute("aria-rowcount")) - 1;
    expect(count).toBeGreaterThan(1000);
    const rows = within(table).getAllByRole("row");
    expect(rows.length).toBeLessThan(200);
    const first = within(rows[1]!).getByRole("button");
    await user.click(first);
    expect(store.getState().selectedId).toBe(first.getAttribute("data-event-id"));
  });
});
