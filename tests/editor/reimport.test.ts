import { describe, expect, it } from "vitest";
import raw from "../../data/events.json";
import { validateDataset } from "../../src/data/validate";
import { normalizeDataset } from "../../src/data/normalize";
import { parseDatasetText } from "../../src/data/parseDataset";
import { eventsToCsv, eventsToJson } from "../../src/components/Export/exportData";
import { draftFromDataset, toDataset } from "../../src/editor/draft";

/** What the editor's Download buttons write, for a draft with no events left to fix. */
function exportsOf(draftData: ReturnType<typeof draftFromDataset>["data"]) {
  const ds = normalizeDataset(validateDataset(toDataset(draftData)).dataset!);
  return { ds, json: eventsToJson(ds, ds.events), csv: eventsToCsv(ds, ds.events) };
}

describe("the editor's exports", () => {
  const built = validateDataset(raw).dataset!;
  const draft = draftFromDataset(
    {
      ...built,
      events: built.events.map((e, i) =>
        i === 0
          ? { ...e, image: { url: "data:image/png;base64,iVBORw0KGgo=", alt: "A dot", credit: "Me" } }
          : e,
      ),
    },
    "Mine",
  );

  it("JSON re-imports identically, images included", () => {
    const { ds, json } = exportsOf(draft.data);
    const back = parseDatasetText(json, { filename: "mine.json" });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.problems).toEqual([]);
    expect(normalizeDataset(back.dataset).events).toEqual(ds.events);
  });

  it("CSV re-imports the same events", () => {
    const { ds, csv } = exportsOf(draft.data);
    const back = parseDatasetText(csv, { filename: "mine.csv" }, { known: ds });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.dataset.events.map((e) => [e.id, e.date, e.title])).toEqual(
      ds.events.map((e) => [e.id, e.date, e.title]),
    );
  });
});
