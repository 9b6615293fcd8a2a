import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { EditorContext } from "../../src/editor/context";
import { DatasetForm } from "../../src/editor/DatasetForm";
import { createEditorStore } from "../../src/editor/editorStore";
import { createAutosave } from "../../src/editor/autosave";
import { emptyDraft } from "../../src/editor/draft";
import { activateLocale, dimName } from "../../src/i18n/i18n";
import { DIMENSIONS } from "../../src/data/schema";

function setup() {
  const editor = createEditorStore(emptyDraft("Class"));
  const autosave = createAutosave(editor, Promise.resolve({ ok: false, message: "no storage" }));
  render(
    <EditorContext.Provider value={{ editor, autosave }}>
      <DatasetForm />
    </EditorContext.Provider>,
  );
  return editor;
}

afterEach(async () => {
  await act(() => activateLocale("en"));
});

describe("the dataset form's lists", () => {
  it("each list adds, names and removes its own kind of item", async () => {
    const user = userEvent.setup();
    const editor = setup();
    for (const [legend, noun] of [
      ["Actors", "actor"],
      ["Categories", "category"],
      ["Sources", "source"],
      ["Eras", "era"],
    ]) {
      const group = screen.getByRole("group", { name: new RegExp(`^${legend}`) });
      await user.click(within(group).getByRole("button", { name: `Add ${noun}` }));
      expect(
        within(group).getByRole("button", { name: `Remove ${noun} “New ${noun} 1”` }),
      ).toBeInTheDocument();
    }
    expect(editor.getState().data!.actors).toEqual([{ id: "new-actor-1", name: "New actor 1" }]);
  });

  it("speaks the reader's language, whole sentences included", async () => {
    const user = userEvent.setup();
    const editor = setup();
    await act(() => activateLocale("ja"));
    const group = screen.getByRole("group", { name: /^カテゴリー/ });
    await user.click(within(group).getByRole("button", { name: "カテゴリーを追加" }));
    expect(
      within(group).getByRole("button", { name: "カテゴリー「新しいカテゴリー 1」を削除" }),
    ).toBeInTheDocument();
    // A name with no Latin letters still gets a readable id.
    expect(editor.getState().data!.categories[0]).toMatchObject({
      id: "category",
      name: "新しいカテゴリー 1",
    });
    expect(screen.getByRole("textbox", { name: "タイトル" })).toHaveValue("Class");
    // The dimension is offered in Japanese too, not the schema's English name.
    expect(within(group).getByRole("combobox", { name: "分野" })).toHaveDisplayValue(
      dimName(DIMENSIONS[0].id),
    );
    expect(dimName(DIMENSIONS[0].id)).not.toBe(DIMENSIONS[0].name);
  });
});
