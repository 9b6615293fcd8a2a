import { describe, expect, it } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { ThemeMenu } from "../../src/components/Header/ThemeMenu";
import { MoreMenu } from "../../src/components/Header/MoreMenu";
import { AboutDialog } from "../../src/components/About/AboutDialog";
import { renderWithStore, realDataset } from "./viewsFixture";

describe("Theme menu", () => {
  it("opens its choices, sets the theme, and closes with Escape back on its button", () => {
    const { store } = renderWithStore(<ThemeMenu />);
    const button = screen.getByRole("button", { name: /Theme/ });
    expect(button).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    const dark = screen.getByRole("radio", { name: "Dark" });
    fireEvent.click(dark);
    expect(store.getState().theme).toBe("dark");
    fireEvent.click(screen.getByRole("radio", { name: "System" }));
    expect(store.getState().theme).toBeNull();
    fireEvent.keyDown(dark, { key: "Escape" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveFocus();
  });
});

describe("More menu", () => {
  it("holds the app's own controls, and a dialog opened from it keeps it open", async () => {
    renderWithStore(
      <MoreMenu>
        <AboutDialog />
      </MoreMenu>,
    );
    const more = screen.getByRole("button", { name: /More/ });
    fireEvent.click(more);
    fireEvent.click(screen.getByRole("button", { name: /About/ }));
    const dialog = await screen.findByRole("dialog", { name: "About this timeline" }, { timeout: 15_000 });
    // A press inside the dialog is not a press outside the menu.
    fireEvent.pointerDown(dialog);
    expect(more).toHaveAttribute("aria-expanded", "true");
    // About speaks to readers: the dataset's own words, its documents, no editors' notes.
    // The dialog's content loads when it first opens.
    expect(await within(dialog).findByText(realDataset.description!)).toBeInTheDocument();
    expect(dialog).not.toHaveTextContent(/PDF-to-text/);
    fireEvent.pointerDown(document.body);
    expect(more).toHaveAttribute("aria-expanded", "false");
  });
});
