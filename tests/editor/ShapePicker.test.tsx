import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { EditorContext } from "../../src/editor/context";
import { EventForm } from "../../src/editor/EventForm";
import { DatasetForm } from "../../src/editor/DatasetForm";
import { createEditorStore } from "../../src/editor/editorStore";
import { createAutosave } from "../../src/editor/autosave";
import { emptyDraft } from "../../src/editor/draft";

function setup(ui: "event" | "dataset") {
  const draft = emptyDraft("Class");
  draft.data.actors = [
    { id: "china", name: "China" },
    { id: "laos", name: "Laos", shape: "star" },
  ];
  draft.data.events = [{ key: "k1", autoId: false, value: { id: "e1", title: "One", actors: ["china"] } }];
  const editor = createEditorStore(draft);
  editor.getState().select("k1");
  const autosave = createAutosave(editor, Promise.resolve({ ok: false, message: "no storage" }));
  render(
    <EditorContext.Provider value={{ editor, autosave }}>
      {ui === "event" ? <EventForm /> : <DatasetForm />}
    </EditorContext.Provider>,
  );
  return editor;
}

describe("the actor's shape", () => {
  it("a new actor is given a free shape, or the one picked, and the picker names who has the others", async () => {
    const user = userEvent.setup();
    const editor = setup("event");
    const actors = screen.getByRole("group", { name: "Actors" });
    await user.click(within(actors).getByRole("button", { name: "New actor…" }));
    await user.type(within(actors).getByRole("textbox", { name: "New actor: name" }), "Thailand");
    const shapes = within(actors).getByRole("group", { name: "Shape on the chart" });
    // China keeps its square; Laos chose the star: neither is what "chosen for you" gives.
    const auto = within(shapes).getByRole("radio", { name: /Chosen for you/ });
    expect(auto).toBeChecked();
    expect(auto.closest("div")?.textContent).not.toMatch(/square|star/);
    expect(within(shapes).getByRole("radio", { name: /^square.*\(also China\)$/ })).not.toBeChecked();
    expect(within(shapes).getByRole("radio", { name: /^star.*\(also Laos\)$/ })).toBeInTheDocument();
    await user.click(within(shapes).getByRole("radio", { name: "hexagon" }));
    await user.click(within(actors).getByRole("button", { name: "Add actor" }));
    expect(editor.getState().data!.actors.find((a) => a.id === "thailand")).toEqual({
      id: "thailand",
      name: "Thailand",
      shape: "hexagon",
    });
  });

  it("an existing actor's shape can be chosen and set back to automatic, with undo", async () => {
    const user = userEvent.setup();
    const editor = setup("dataset");
    const groups = screen.getAllByRole("group", { name: "Shape on the chart" });
    expect(groups).toHaveLength(2);
    await user.click(within(groups[0]!).getByRole("radio", { name: "cross" }));
    expect(editor.getState().data!.actors[0]).toEqual({ id: "china", name: "China", shape: "cross" });
    await user.click(within(groups[1]!).getByRole("radio", { name: /Chosen for you/ }));
    expect(editor.getState().data!.actors[1]).toEqual({ id: "laos", name: "Laos" });
    editor.temporal.getState().undo();
    expect(editor.getState().data!.actors[1]!.shape).toBe("star");
  });
});
