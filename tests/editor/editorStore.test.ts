import { describe, expect, it } from "vitest";
import raw from "../../data/events.json";
import { createEditorStore, TYPING_GROUP_MS } from "../../src/editor/editorStore";
import { draftFromDataset, emptyDraft, joinDate, splitDate, toDataset } from "../../src/editor/draft";
import { validateDataset } from "../../src/data/validate";
import type { Dataset } from "../../src/data/schema";

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("editor store", () => {
  it("gives an event an id from its date and title until one is typed", () => {
    const c = clock();
    const s = createEditorStore(emptyDraft(), c.now);
    const key = s.getState().addEvent();
    s.getState().updateEvent(key, { date: "1977-08" });
    s.getState().updateEvent(key, { title: "Fukuda Doctrine" });
    expect(s.getState().data!.events[0]!.value.id).toBe("1977-fukuda-doctrine");
    s.getState().updateEvent(key, { id: "1977-manila-speech" });
    s.getState().updateEvent(key, { title: "The Manila speech" });
    expect(s.getState().data!.events[0]!.value.id).toBe("1977-manila-speech");
  });

  it("undoes and redoes every edit; typing in one field is one step", () => {
    const c = clock();
    const s = createEditorStore(emptyDraft(), c.now);
    const h = () => s.temporal.getState();
    const key = s.getState().addEvent();
    for (const t of ["F", "Fu", "Fuk", "Fukuda"]) {
      c.advance(100);
      s.getState().updateEvent(key, { title: t });
    }
    c.advance(TYPING_GROUP_MS + 1);
    s.getState().updateEvent(key, { summary: "A speech." });
    expect(s.getState().data!.events[0]!.value.summary).toBe("A speech.");
    h().undo();
    expect(s.getState().data!.events[0]!.value.summary).toBeUndefined();
    expect(s.getState().data!.events[0]!.value.title).toBe("Fukuda");
    h().undo();
    expect(s.getState().data!.events[0]!.value.title).toBeUndefined();
    h().undo();
    expect(s.getState().data!.events).toHaveLength(0);
    h().redo();
    h().redo();
    expect(s.getState().data!.events[0]!.value.title).toBe("Fukuda");
  });

  it("keeps the name and selection out of the history", () => {
    const s = createEditorStore(emptyDraft("A"));
    s.getState().setFrame({ title: "T" });
    s.getState().rename("B");
    s.temporal.getState().undo();
    expect(s.getState().meta!.name).toBe("B");
    expect(s.getState().data!.title).toBe("A");
  });

  it("round-trips the built-in dataset unchanged", () => {
    const ds = validateDataset(raw).dataset!;
    const draft = draftFromDataset(ds, "Built-in");
    const back = validateDataset(toDataset(draft.data));
    expect(back.problems).toEqual([]);
    expect(back.dataset).toEqual(ds as Dataset);
  });

  it("keeps an invalid event, with the validator's plain words", () => {
    const s = createEditorStore(emptyDraft());
    s.getState().addEvent({ title: "No date yet" });
    const result = validateDataset(toDataset(s.getState().data!));
    expect(s.getState().data!.events).toHaveLength(1);
    expect(result.problems.length).toBeGreaterThan(0);
  });

  it("splits and joins partial dates by precision", () => {
    expect(splitDate("2003-04")).toEqual({ precision: "month", year: "2003", month: "04", day: "" });
    expect(joinDate({ precision: "day", year: "2003", month: "4", day: "2" })).toBe("2003-04-02");
    expect(joinDate({ precision: "year", year: "2003", month: "04", day: "02" })).toBe("2003");
    expect(joinDate({ precision: "year", year: "", month: "", day: "" })).toBe("");
  });
});
