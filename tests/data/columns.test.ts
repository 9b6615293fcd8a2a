import { describe, expect, it } from "vitest";
import { mapColumns } from "../../src/data/columns";

describe("mapColumns", () => {
  it("maps the column names teachers use and says which became which", () => {
    const m = mapColumns(["Year", "Event", "Description", "Country", "Reference"]);
    expect(m.index.get("date")).toBe(0);
    expect(m.index.get("title")).toBe(1);
    expect(m.index.get("summary")).toBe(2);
    expect(m.index.get("actors")).toBe(3);
    expect(m.renamed.map((r) => r.header)).toContain("Year");
  });

  it("reports a column it cannot use, but not the source titles the app's own export writes", () => {
    const m = mapColumns(["date", "title", "source", "source_title", "Mood"]);
    expect(m.unused.map((u) => u.header)).toEqual(["Mood"]);
  });

  it("uses the first of two columns for one field and reports the second", () => {
    const m = mapColumns(["title", "Headline"]);
    expect(m.index.get("title")).toBe(0);
    expect(m.duplicates).toEqual([{ header: "Headline", column: "title", at: 1 }]);
  });
});
