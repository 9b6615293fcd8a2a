import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { FilterPanel } from "../../src/components/Filters/FilterPanel";
import { TimelineStoreProvider } from "../../src/store/TimelineStoreProvider";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import type { InitialState } from "../../src/store/types";
import { smallDataset } from "../fixtures/small";

const dataset = smallDataset();

function setup(init: InitialState = {}) {
  const store = createTimelineStore({ dataset, ...init });
  const user = userEvent.setup();
  render(
    <TimelineStoreProvider store={store}>
      <FilterPanel />
    </TimelineStoreProvider>,
  );
  return { store, user };
}

/** The checkbox named exactly `name`, and the count it is described by ("3 events"). */
const box = (name: string) => screen.getByRole("checkbox", { name });
const countOf = (name: string) => {
  const m = /^(\d+) events?$/.exec(box(name).getAttribute("aria-describedby") ? description(name) : "");
  expect(m, `count of ${name}`).not.toBeNull();
  return Number(m![1]);
};
/** The panel's own result count beside its heading. */
const total = () => screen.getByText(/^\d+ events?$/, { selector: ".filters-count" }).textContent;
const description = (name: string) =>
  document.getElementById(box(name).getAttribute("aria-describedby")!)!.textContent!;

describe("FilterPanel", () => {
  it("lists actors (China and Japan first) and categories as checkboxes labelled by name, with counts", () => {
    setup();
    const actors = within(screen.getByRole("group", { name: "Actors" }))
      .getAllByRole("checkbox")
      .map((c) => c.closest("label")!.querySelector(".check-name")!.textContent);
    expect(actors).toEqual(["China", "Japan", "ASEAN"]);
    for (const name of [
      "China",
      "Japan",
      "ASEAN",
      "Diplomacy and summits",
      "Aid and ODA",
      "Culture and education",
    ])
      expect(box(name)).toBeChecked();
    // Named by the bare name (PRODUCT.md), the count read as the description.
    expect(box("China")).toHaveAccessibleName("China");
    expect(box("China")).toHaveAccessibleDescription("3 events");
    expect(box("Culture and education")).toHaveAccessibleDescription("2 events");
    expect(countOf("Japan")).toBe(5);
    expect(countOf("China")).toBe(3);
    expect(countOf("ASEAN")).toBe(4);
    expect(countOf("Aid and ODA")).toBe(4);
    expect(countOf("Culture and education")).toBe(2);
    expect(total()).toBe("8 events");
  });

  it("folds member states behind a disclosure button", async () => {
    const { user } = setup();
    expect(screen.queryByRole("checkbox", { name: /^Indonesia/ })).toBeNull();
    const more = screen.getByRole("button", { name: "Show ASEAN members (2)" });
    expect(more).toHaveAttribute("aria-expanded", "false");
    await user.click(more);
    expect(screen.getByRole("button", { name: "Hide ASEAN members (2)" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(countOf("Indonesia")).toBe(2);
    expect(countOf("Vietnam")).toBe(1);
  });

  it("unticking China updates the store, the event count and the category counts", async () => {
    const { store, user } = setup();
    await user.click(box("China"));
    expect(store.getState().actors).toEqual(["asean", "indonesia", "vietnam", "japan"]);
    expect(box("China")).not.toBeChecked();
    expect(box("Japan")).toBeChecked();
    // Confucius Institutes (China only) is gone; the scholarships stay through ASEAN.
    expect(total()).toBe("7 events");
    expect(countOf("Culture and education")).toBe(1);
    // China's own count is what ticking it would give back.
    expect(countOf("China")).toBe(3);
    await user.click(box("China"));
    expect(store.getState().actors).toBeNull();
    expect(total()).toBe("8 events");
  });

  it("unticking a category updates the store and the actor counts", async () => {
    const { store, user } = setup();
    await user.click(box("Aid and ODA"));
    expect(store.getState().categories).toEqual(["diplomacy", "culture"]);
    expect(countOf("Japan")).toBe(2);
    expect(total()).toBe("4 events");
  });

  it("reflects the store: a filter set elsewhere (e.g. from the URL) shows unticked boxes", () => {
    setup({ actors: ["japan"], categories: ["aid"] });
    expect(box("Japan")).toBeChecked();
    expect(box("China")).not.toBeChecked();
    expect(box("Aid and ODA")).toBeChecked();
    expect(box("Culture and education")).not.toBeChecked();
    expect(total()).toBe("3 events");
  });

  it("'China vs Japan' and 'All actors' set the actor filter in one click", async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole("button", { name: "China vs Japan" }));
    expect(store.getState().actors).toEqual(["china", "japan"]);
    expect(box("ASEAN")).not.toBeChecked();
    await user.click(screen.getByRole("button", { name: "All actors" }));
    expect(store.getState().actors).toBeNull();
  });

  it("search updates the store after a pause in typing, and the count follows", async () => {
    const { store, user } = setup();
    const search = screen.getByRole("searchbox", { name: "Search events" });
    await user.type(search, "Confucius");
    expect(search).toHaveValue("Confucius");
    await waitFor(() => expect(store.getState().q).toBe("Confucius"));
    await waitFor(() => expect(total()).toBe("1 event"));
    expect(countOf("China")).toBe(1);
    expect(countOf("Japan")).toBe(0);
  });

  it("Enter applies the search at once", async () => {
    const { store, user } = setup();
    await user.type(screen.getByRole("searchbox", { name: "Search events" }), "tsunami{Enter}");
    expect(store.getState().q).toBe("tsunami");
  });

  it("'Clear all' appears with an active filter and resets filters and the search box", async () => {
    const { store, user } = setup({ q: "pledge", actors: ["japan"] });
    expect(screen.getByRole("searchbox", { name: "Search events" })).toHaveValue("pledge");
    await user.click(screen.getByRole("button", { name: "Clear all" }));
    expect(store.getState()).toMatchObject({ actors: null, categories: null, q: "" });
    expect(screen.getByRole("searchbox", { name: "Search events" })).toHaveValue("");
    expect(screen.queryByRole("button", { name: "Clear all" })).toBeNull();
  });

  it("has a close button for the folded phone panel", async () => {
    const { store, user } = setup();
    store.getState().setFiltersOpen(true);
    await user.click(await screen.findByRole("button", { name: "Close filters" }));
    expect(store.getState().filtersOpen).toBe(false);
  });
});
