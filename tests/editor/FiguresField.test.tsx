import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { EditorContext } from "../../src/editor/context";
import { EventForm } from "../../src/editor/EventForm";
import { createEditorStore } from "../../src/editor/editorStore";
import { createAutosave } from "../../src/editor/autosave";
import { emptyDraft } from "../../src/editor/draft";

describe("the event form's figures and citation links", () => {
  it("adds, edits and removes a figure, and links a citation", async () => {
    const user = userEvent.setup();
    const draft = emptyDraft("Class");
    draft.data.sources = [{ id: "book", title: "Book" }];
    draft.data.events = [{ key: "k1", autoId: false, value: { id: "e1", sources: [{ source: "book" }] } }];
    const editor = createEditorStore(draft);
    const autosave = createAutosave(editor, Promise.resolve({ ok: false, message: "no storage" }));
    render(
      <EditorContext.Provider value={{ editor, autosave }}>
        <EventForm />
      </EditorContext.Provider>,
    );
    const figures = screen.getByRole("group", { name: "Figures" });
    await user.click(within(figures).getByRole("button", { name: "Add a figure" }));
    await user.type(within(figures).getByRole("textbox", { name: "Figure 1: what it counts" }), "Students");
    await user.type(within(figures).getByRole("textbox", { name: "Value" }), "1,200");
    await user.type(within(figures).getByRole("textbox", { name: "Unit" }), "people");
    await user.type(within(figures).getByRole("textbox", { name: "Year it describes" }), "2010");
    await user.type(
      within(figures).getByRole("textbox", { name: "As the source prints it" }),
      "1,200 students",
    );
    const value = () => editor.getState().data!.events[0]!.value;
    expect(value().figures).toEqual([
      { label: "Students", value: 1200, unit: "people", year: 2010, text: "1,200 students" },
    ]);
    await user.click(within(figures).getByRole("button", { name: "Remove figure 1" }));
    expect(value().figures).toBeUndefined();

    const sources = screen.getByRole("group", { name: "Sources" });
    await user.type(
      within(sources).getByRole("textbox", { name: /Link to this page or section/ }),
      "https://example.org/p12",
    );
    expect(value().sources).toEqual([{ source: "book", url: "https://example.org/p12" }]);
  });
});
