import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ViewTabs } from "../../src/components/Tabs/ViewTabs";
import { renderWithStore } from "./viewsFixture";

const tab = (name: string) => screen.getByRole("tab", { name });

describe("ViewTabs (ARIA tabs pattern, automatic activation)", () => {
  it("names the four views as tabs, with one tab stop on the selected one", () => {
    renderWithStore(<ViewTabs />);
    expect(screen.getAllByRole("tab").map((t) => t.textContent)).toEqual([
      "Timeline",
      "Compare",
      "Table",
      "Figures",
    ]);
    expect(tab("Timeline")).toHaveAttribute("aria-selected", "true");
    expect(tab("Timeline")).toHaveAttribute("tabindex", "0");
    expect(tab("Compare")).toHaveAttribute("tabindex", "-1");
    expect(tab("Compare")).toHaveAttribute("aria-controls", "panel-compare");
  });

  it("moves and activates with the arrow keys, wrapping at both ends", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ViewTabs />);
    await user.tab();
    expect(tab("Timeline")).toHaveFocus();

    await user.keyboard("{ArrowRight}");
    expect(tab("Compare")).toHaveFocus();
    expect(tab("Compare")).toHaveAttribute("aria-selected", "true");
    expect(store.getState().view).toBe("compare");

    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(tab("Figures")).toHaveFocus();
    expect(store.getState().view).toBe("figures");

    await user.keyboard("{ArrowRight}");
    expect(tab("Timeline")).toHaveFocus();
    expect(store.getState().view).toBe("timeline");

    await user.keyboard("{ArrowLeft}");
    expect(tab("Figures")).toHaveFocus();
    expect(store.getState().view).toBe("figures");
  });

  it("jumps with Home and End, and Tab leaves the tab list", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <ViewTabs />
        <button type="button">after</button>
      </>,
      { view: "table" },
    );
    await user.tab();
    expect(tab("Table")).toHaveFocus();
    await user.keyboard("{Home}");
    expect(tab("Timeline")).toHaveFocus();
    expect(store.getState().view).toBe("timeline");
    await user.keyboard("{End}");
    expect(tab("Figures")).toHaveFocus();
    expect(store.getState().view).toBe("figures");
    await user.tab();
    expect(screen.getByRole("button", { name: "after" })).toHaveFocus();
  });

  it("ignores other keys", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ViewTabs />);
    await user.tab();
    await user.keyboard("{ArrowDown}a");
    expect(store.getState().view).toBe("timeline");
  });
});
