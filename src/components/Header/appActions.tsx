import type { ComponentType } from "react";
import { EditButton } from "../../editor/EditButton";
import { ShareAction } from "../Share/ShareAction";
import { LanguageMenu } from "./LanguageMenu";

/**
 * Extra app-wide actions of the header (e.g. "Edit", "Share link"). Each is a
 * component that renders its own control (and its dialog, if any). The header
 * shows them as buttons after Embed on wide screens and as rows of the "More"
 * menu on phones; `inMenu` says which. In both places render one plain
 * `<button type="button" className="btn">` (the menu restyles it as a row), and
 * keep any dialog inside the component: the menu stays open beneath a dialog
 * opened from it, and focus comes back to the button when the dialog closes.
 *
 * To add one: `APP_ACTIONS.push`-free: list it here, e.g.
 * `{ id: "edit", Component: EditAction }`.
 */
export interface AppAction {
  id: string;
  Component: ComponentType<{ inMenu: boolean }>;
}

export const APP_ACTIONS: readonly AppAction[] = [
  { id: "edit", Component: EditButton },
  { id: "share", Component: ShareAction },
  { id: "language", Component: LanguageMenu },
];
