import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { activateLocale, t } from "../../src/i18n/i18n";
import { EditorContext } from "../../src/editor/context";
import { EventForm } from "../../src/editor/EventForm";
import { EventList } from "../../src/editor/EventList";
import { createEditorStore } from "../../src/editor/editorStore";
import { createAutosave } from "../../src/editor/autosave";
import { emptyDraft } from "../../src/editor/draft";

function renderForm() {
  const editor = createEditorStore(emptyDraft("Class"));
  const autosave = createAutosave(editor, Promise.resolve({ ok: false, message: "no storage" }));
  render(
    <EditorContext.Provider value={{ editor, autosave }}>
      <EventList />
      <EventForm />
    </EditorContext.Provider>,
  );
  return editor;
}

describe("the event form", () => {
  it("builds a valid event from an empty draft, field by field, with the validator's words", async () => {
    const user = userEvent.setup();
    const editor = renderForm();
    await user.click(screen.getByRole("button", { name: "Add event" }));
    // A new event is a draft: the list marks it, the form says what is missing.
    expect(screen.getByRole("button", { name: /Untitled event.*Draft/ })).toHaveAttribute(
      "aria-current",
      "true",
    );
    expect(
      screen.getAllByRole("status").some((s) => /Draft: \d+ things to fix/.test(s.textContent ?? "")),
    ).toBe(true);

    const date = screen.getByRole("group", { name: "Date" });
    await user.type(within(date).getByRole("textbox", { name: "Year" }), "1977");
    await user.selectOptions(within(date).getByRole("combobox", { name: "Precision" }), "month");
    await user.selectOptions(within(date).getByRole("combobox", { name: "Month" }), "August");
    await user.type(screen.getByRole("textbox", { name: "Title" }), "Fukuda Doctrine");
    await user.type(screen.getByRole("textbox", { name: "Summary" }), "A heart-to-heart partnership.");

    const actors = screen.getByRole("group", { name: "Actors" });
    await user.click(within(actors).getByRole("button", { name: "New actor…" }));
    await user.type(within(actors).getByRole("textbox", { name: "New actor: name" }), "Japan");
    await user.click(within(actors).getByRole("button", { name: "Add actor" }));
    expect(within(actors).getByRole("checkbox", { name: "Japan" })).toBeChecked();

    const category = screen.getByRole("group", { name: "Category" });
    await user.click(within(category).getByRole("button", { name: "New category…" }));
    await user.type(within(category).getByRole("textbox", { name: "New category: name" }), "Aid");
    await user.selectOptions(
      within(category).getByRole("combobox", { name: "Dimension" }),
      "Aid and development",
    );
    await user.click(within(category).getByRole("button", { name: "Add category" }));

    const sources = screen.getByRole("group", { name: "Sources" });
    await user.click(within(sources).getByRole("button", { name: "New source…" }));
    await user.type(within(sources).getByRole("textbox", { name: "New source: title" }), "A history");
    await user.type(within(sources).getByRole("textbox", { name: "Year" }), "2002");
    await user.click(within(sources).getByRole("button", { name: "Add source" }));
    await user.type(within(sources).getByRole("textbox", { name: "Page" }), "12");

    expect(screen.getByRole("status", { name: "" }).textContent ?? "").toMatch(/On the timeline/);
    const ev = editor.getState().data!.events[0]!.value;
    expect(ev).toMatchObject({
      id: "1977-fukuda-doctrine",
      date: "1977-08",
      title: "Fukuda Doctrine",
      actors: ["japan"],
      category: "aid",
      sources: [{ source: "2002-a-history", page: 12 }],
    });
    expect(screen.getByRole("button", { name: /Fukuda Doctrine/ })).not.toHaveTextContent("Draft");
  });

  it("ties a problem to its field and keeps the invalid event", async () => {
    const user = userEvent.setup();
    const editor = renderForm();
    await user.click(screen.getByRole("button", { name: "Add event" }));
    const title = screen.getByRole("textbox", { name: "Title" });
    expect(title).toHaveAttribute("aria-invalid", "true");
    expect(title).toHaveAccessibleDescription(/title is missing/);
    const image = screen.getByRole("group", { name: "Image" });
    await user.type(
      within(image).getByRole("textbox", { name: "Image link (http or https)" }),
      "javascript:alert(1)",
    );
    expect(image).toHaveTextContent(/must be an http or https link/);
    expect(editor.getState().data!.events).toHaveLength(1);
  });
});

describe("the event form in Japanese", () => {
  afterEach(() => activateLocale("en"));

  it("names scales and amount kinds, and says what to fix, in the reader's words", async () => {
    await activateLocale("ja");
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole("button", { name: t("editor.list.add") }));
    // The validator's problems, each in Japanese: "title が空です" and the like, never "is empty".
    const problems = screen.getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(problems.some((p) => /^title (が空です|がありません)/.test(p))).toBe(true);
    expect(problems.filter((p) => /\b(is|are|should|must|needs)\b/.test(p))).toEqual([]);

    await user.click(screen.getByRole("checkbox", { name: t("editor.event.amount.has") }));
    const scale = screen.getByRole("combobox", { name: t("editor.event.amount.scale") });
    expect(
      within(scale)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["—", "千", "百万", "10億", "兆"]);
    const kind = screen.getByRole("combobox", { name: t("editor.event.amount.kind") });
    expect(within(kind).getByRole("option", { name: t("amountKind.grant") })).toHaveValue("grant");
    expect(within(kind).queryByRole("option", { name: "grant" })).toBeNull();
  });
});
