import { describe, expect, it } from "vitest";
import { fullCitation, shortCitation, shortCitations } from "../../src/components/Table/shortCitation";

const article = { title: "Soft power and the contest for leadership in East Asia", year: 2009 };
const charmer = { title: "The Courteous Charmer: A Hard Look at Japan's Soft Power", year: 2023 };

describe("shortCitation", () => {
  it("gives the document's year and the page", () => {
    expect(shortCitation({ source: "a", section: "Some heading", page: 6 }, article)).toBe("2009, p. 6");
    expect(shortCitation({ source: "a", page: "6–7" }, article)).toBe("2009, pp. 6–7");
  });
  it("cites a document without pages by its paragraph, else by its year alone", () => {
    expect(shortCitation({ source: "c", section: "Paragraph 3: disaster management" }, charmer)).toBe(
      "2023, para. 3",
    );
    expect(shortCitation({ source: "c", section: "Conclusion" }, charmer)).toBe("2023");
  });
  it("names a document without a year by a short title, and an unknown one by its id", () => {
    expect(shortCitation({ source: "x", page: 2 }, { title: "Notes: a memo" })).toBe("Notes, p. 2");
    expect(shortCitation({ source: "x", page: 2 }, { title: "A very long title that goes on and on" })).toBe(
      "A very long title that…, p. 2",
    );
    expect(shortCitation({ source: "missing-doc" }, undefined)).toBe("missing-doc");
  });
});

describe("fullCitation", () => {
  it("keeps title, section and page", () => {
    expect(fullCitation({ source: "a", section: "Heading", page: 6 }, article)).toBe(
      "Soft power and the contest for leadership in East Asia, “Heading”, p. 6",
    );
  });
});

describe("shortCitations", () => {
  const lookup = (id: string) => (id === "a" ? article : id === "c" ? charmer : undefined);
  it("names each document once, with its pages or paragraphs", () => {
    const cites = shortCitations(
      [
        { source: "a", section: "One", page: 6 },
        { source: "a", section: "Two", page: 6 },
        { source: "a", section: "Three", page: 7 },
        { source: "c", section: "Paragraph 1: x" },
        { source: "c", section: "Paragraph 4: y" },
      ],
      lookup,
    );
    expect(cites.map((c) => c.text)).toEqual(["2009, pp. 6, 7", "2023, paras. 1, 4"]);
    // The full citations stay, one per line, for the tooltip.
    expect(cites[0]!.full.split("\n")).toHaveLength(3);
  });
  it("keeps a single citation as it is", () => {
    expect(shortCitations([{ source: "a", page: "8–9" }], lookup)).toEqual([
      { text: "2009, pp. 8–9", full: "Soft power and the contest for leadership in East Asia, p. 8–9" },
    ]);
  });
});
