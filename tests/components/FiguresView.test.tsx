import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { FiguresView } from "../../src/components/Figures/FiguresView";
import { renderWithStore } from "./viewsFixture";

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
});
