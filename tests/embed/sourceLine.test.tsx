import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import { TimelineStoreProvider } from "../../src/store/TimelineStoreProvider";
import { EmbedFooter } from "../../src/components/Embed/EmbedFooter";
import { shortTitle, sourceLinks } from "../../src/components/Embed/sourceLine";
import { smallDataset } from "../fixtures/small";

describe("shortTitle", () => {
  it("drops the subtitle and cuts long titles at a word", () => {
    expect(shortTitle("The Courteous Charmer: A Hard Look at Japan's Soft Power in Southeast Asia")).toBe(
      "The Courteous Charmer",
    );
    expect(shortTitle("Soft power and the contest for leadership in East Asia", 30)).toBe(
      "Soft power and the contest for…",
    );
  });
});

describe("sourceLinks", () => {
  it("names three documents with their year, links only http(s) addresses, counts the rest", () => {
    const { links, more } = sourceLinks([
      { id: "a", title: "A: sub", year: 2009, url: "https://example.org/a" },
      { id: "b", title: "B", url: "javascript:alert(1)" },
      { id: "c", title: "C" },
      { id: "d", title: "D" },
    ]);
    expect(links.map((l) => [l.label, l.href])).toEqual([
      ["A (2009)", "https://example.org/a"],
      ["B", null],
      ["C", null],
    ]);
    expect(more).toBe(1);
  });
});

describe("EmbedFooter", () => {
  it("links each document, with its full title, in a new tab", () => {
    const ds = smallDataset();
    const store = createTimelineStore({ mode: "embed", view: "table" });
    store.setState({ dataset: ds });
    render(
      <TimelineStoreProvider store={store}>
        <EmbedFooter />
      </TimelineStoreProvider>,
    );
    const links = screen.getAllByRole("link");
    expect(links).toHaveLength(Math.min(ds.sources.length, 3));
    expect(links[0]).toHaveAttribute("title", ds.sources[0]!.title);
    expect(links[0]).toHaveAttribute("target", "_blank");
    // Without an address of its own, a document links to the full timeline (its About describes it).
    if (!ds.sources[0]!.url) expect(links[0]!.getAttribute("href")).toMatch(/^\?view=table/);
    expect(screen.getByText(/^Sources?:/)).toBeInTheDocument();
  });
});
