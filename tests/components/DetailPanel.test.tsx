import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { DetailPanel } from "../../src/components/Detail/DetailPanel";
import { TimelineStoreProvider } from "../../src/store/TimelineStoreProvider";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import type { NormalizedDataset } from "../../src/data/normalize";
import { smallDataset } from "../fixtures/small";

function setup(selectedId: string | null, dataset: NormalizedDataset = smallDataset()) {
  const store = createTimelineStore({ dataset, selectedId });
  const user = userEvent.setup();
  render(
    <TimelineStoreProvider store={store}>
      <DetailPanel />
    </TimelineStoreProvider>,
  );
  return { store, user };
}

const panel = () => screen.getByRole("complementary", { name: /./ });

describe("DetailPanel", () => {
  it("renders nothing without a selection", () => {
    setup(null);
    expect(screen.queryByRole("complementary")).toBeNull();
  });

  it("shows title, date at its precision, summary, actors, category and sources with section and page", () => {
    setup("2003-tokyo-declaration");
    expect(panel()).toHaveAccessibleName("Tokyo Declaration");
    expect(screen.getByRole("heading", { level: 2, name: "Tokyo Declaration" })).toBeInTheDocument();
    expect(screen.getByText("12 December 2003")).toBeInTheDocument();
    expect(
      screen.getByText(/adopt a declaration for a dynamic and enduring partnership/),
    ).toBeInTheDocument();
    const actors = screen.getByText("Actors").nextElementSibling as HTMLElement;
    expect(
      within(actors)
        .getAllByRole("listitem")
        .map((li) => li.textContent!.trim()),
    ).toEqual(["Japan", "ASEAN"]);
    expect(screen.getByText("Category").nextElementSibling).toHaveTextContent("Diplomacy and summits");
    expect(screen.getByRole("heading", { level: 3, name: "Sources" })).toBeInTheDocument();
    const sources = within(panel())
      .getAllByRole("listitem")
      .filter((li) => li.querySelector("cite"));
    expect(sources.map((li) => li.textContent)).toEqual([
      "The Courteous Charmer (2023), section “Paragraph 1”, p. 2 link",
      "Soft power and the contest for leadership in East Asia (2009), section “Institutions”, p. iv",
    ]);
    // The http(s) link of a source opens in a new tab without opener access.
    const link = within(sources[0]!).getByRole("link", { name: "link" });
    expect(link).toHaveAttribute("href", "https://example.org/charmer");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
  });

  it("shows a span's dates, month precision and the note", () => {
    const { store } = setup("1999-chinese-scholarships");
    expect(screen.getByText("1999–2003")).toBeInTheDocument();
    act(() => store.getState().select("2004-confucius-institutes"));
    expect(screen.getByText(/The first institute opened in Seoul\./).closest("p")).toHaveTextContent(
      "Note: The first institute opened in Seoul.",
    );
  });

  it("says when the date is placed or inferred, and why, and says nothing for a printed date", () => {
    const ds = smallDataset();
    Object.assign(ds.eventById.get("1999-chinese-scholarships")!, {
      dateKind: "placed",
      dateNote: "the documents give no year",
    });
    Object.assign(ds.eventById.get("2004-confucius-institutes")!, { dateKind: "inferred" });
    const { store } = setup("1999-chinese-scholarships", ds);
    expect(screen.getByText("Placed at 1999–2003: the documents give no year.")).toBeInTheDocument();
    act(() => store.getState().select("2004-confucius-institutes"));
    expect(screen.getByText(/^Inferred as .*2004: the source implies this date/)).toBeInTheDocument();
    act(() => store.getState().select("2003-tokyo-declaration"));
    expect(screen.queryByText(/^(Placed|Inferred) /)).toBeNull();
  });

  it("shows the amount formatted in its own currency, and as the source printed it", () => {
    setup("2023-jaif-pledge");
    expect(screen.getByText("September 2023")).toBeInTheDocument();
    const amount = screen.getByText("US$100 million").closest("p")!;
    expect(amount).toHaveTextContent("US$100 million fund — printed as “USD100 million”");
  });

  it("shows no amount line for an event without one", () => {
    setup("2003-tokyo-declaration");
    expect(screen.queryByText(/printed as/)).toBeNull();
  });

  it("never renders a javascript: link from data as a link", () => {
    const ds = smallDataset();
    // As if a dataset slipped past validation: the panel itself must still refuse.
    ds.sourceById.get("charmer")!.url = "javascript:alert(1)";
    ds.eventById.get("2023-jaif-pledge")!.sources[0]!.url = "javascript:alert(2)";
    setup("2003-tokyo-declaration", ds);
    expect(within(panel()).queryByRole("link")).toBeNull();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    // The citation itself still shows.
    expect(screen.getByText("The Courteous Charmer")).toBeInTheDocument();
  });

  it("shows hostile text from data as text, never as HTML", () => {
    const ds = smallDataset();
    ds.eventById.get("2003-tokyo-declaration")!.title = '<img src=x onerror="alert(1)">Tokyo';
    setup("2003-tokyo-declaration", ds);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(
      '<img src=x onerror="alert(1)">Tokyo',
    );
    expect(document.querySelector("img")).toBeNull();
  });

  it("Escape closes it and clears the selection", async () => {
    const { store, user } = setup("2003-tokyo-declaration");
    screen.getByRole("button", { name: "Close details" }).focus();
    await user.keyboard("{Escape}");
    expect(store.getState().selectedId).toBeNull();
    expect(screen.queryByRole("complementary")).toBeNull();
  });

  it("the close button closes it", async () => {
    const { store, user } = setup("2003-tokyo-declaration");
    await user.click(screen.getByRole("button", { name: "Close details" }));
    expect(store.getState().selectedId).toBeNull();
  });

  it("related-event buttons select the related event", async () => {
    const { store, user } = setup("2003-tokyo-declaration");
    expect(screen.getByRole("heading", { level: 3, name: "Related events" })).toBeInTheDocument();
    const related = screen.getAllByRole("button").filter((b) => / — /.test(b.textContent!));
    expect(related.map((b) => b.textContent)).toEqual([
      "August 1977 — Fukuda Doctrine",
      "2004 — Confucius Institutes open",
    ]);
    await user.click(screen.getByRole("button", { name: "2004 — Confucius Institutes open" }));
    expect(store.getState().selectedId).toBe("2004-confucius-institutes");
    expect(screen.getByRole("heading", { level: 2, name: "Confucius Institutes open" })).toBeInTheDocument();
  });

  it("moves focus to the new title when a related event is opened from inside the panel", async () => {
    const { user } = setup("2003-tokyo-declaration");
    await user.click(screen.getByRole("button", { name: "August 1977 — Fukuda Doctrine" }));
    expect(screen.getByRole("heading", { level: 2, name: "Fukuda Doctrine" })).toHaveFocus();
    // By keyboard too: Fukuda's related event is the Tokyo Declaration.
    screen.getByRole("button", { name: "12 December 2003 — Tokyo Declaration" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("heading", { level: 2, name: "Tokyo Declaration" })).toHaveFocus();
  });

  it("lists no related section when the event has none, and skips unknown related ids", () => {
    const ds = smallDataset();
    ds.eventById.get("2023-jaif-pledge")!.related = ["2099-not-here"];
    setup("2023-jaif-pledge", ds);
    expect(screen.queryByRole("heading", { name: "Related events" })).toBeNull();
  });
});
