import { describe, expect, it } from "vitest";
import { draftFromFile } from "../../src/editor/importDraft";
import { checkDraft } from "../../src/editor/validation";

const csv = [
  "id,date,end,title,summary,actors,category,amount,currency,source,page,link,note",
  "a,2003,,Good event,Fine.,Japan,Aid,,,Our textbook,,,",
  "b,31/02/2003,,Bad date,Feb 31st.,China,Aid,,,Our textbook,,,",
  "c,2005,,,No title here.,Laos,Aid,,,Our textbook,,,",
  "d,2006,,Another good one,Fine.,Japan,Aid,,,Our textbook,,,",
].join("\n");

describe("importing a file into the editor", () => {
  it("keeps CSV rows with problems as draft rows, in the file's order, never dropped", async () => {
    const r = await draftFromFile(new File([csv], "class.csv", { type: "text/csv" }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kept).toBe(2);
    expect(r.problems.map((p) => p.message).join(" ")).toMatch(/Row 3: date/);
    const events = r.draft.data.events.map((e) => e.value);
    expect(events.map((e) => e.id)).toEqual(["a", "b", "c", "d"]);
    expect(events[1]!.date).toBe("31/02/2003");
    // The actors only bad rows name are there too, so the rows stay linked.
    expect(r.draft.data.actors.map((a) => a.id)).toEqual(expect.arrayContaining(["japan", "china", "laos"]));
    const { byKey } = checkDraft(r.draft.data);
    const [a, b, c, d] = r.draft.data.events;
    expect(byKey.has(a!.key)).toBe(false);
    expect(byKey.get(b!.key)?.map((p) => p.field)).toContain("date");
    expect(byKey.get(c!.key)?.map((p) => p.field)).toContain("title");
    expect(byKey.has(d!.key)).toBe(false);
  });

  it("keeps JSON events the validator refuses, even when none is usable", async () => {
    const json = JSON.stringify({
      schemaVersion: 1,
      title: "Mine",
      actors: [{ id: "japan", name: "Japan" }],
      categories: [{ id: "aid", name: "Aid", dimension: "aid" }],
      sources: [{ id: "book", title: "Book" }],
      events: [
        {
          id: "x",
          date: "2003",
          title: "No source",
          summary: "s",
          actors: ["japan"],
          category: "aid",
          sources: [],
        },
      ],
    });
    const r = await draftFromFile(new File([json], "mine.json", { type: "application/json" }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kept).toBe(1);
    expect(r.draft.data.title).toBe("Mine");
    const ev = r.draft.data.events[0]!;
    expect(ev.value.title).toBe("No source");
    expect(checkDraft(r.draft.data).byKey.get(ev.key)?.[0]?.message).toMatch(/sources is missing/);
  });

  it("a valid file opens as it is", async () => {
    const good = csv
      .split("\n")
      .filter((_, i) => i !== 2 && i !== 3)
      .join("\n");
    const r = await draftFromFile(new File([good], "good.csv", { type: "text/csv" }));
    expect(r.ok && r.kept).toBe(0);
  });
});
