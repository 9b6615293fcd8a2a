/**
 * A one-byte hint, kept beside the drafts, that this browser holds some: the app looks in
 * IndexedDB (and loads the offer to continue, src/editor/DraftOffer.tsx) only when it is set,
 * so a first visit fetches nothing for drafts it cannot have. Where localStorage is refused
 * (a sandboxed frame, some private windows) there is no hint and no offer; the editor's own
 * start panel still lists every draft.
 */
const KEY = "soft-power-timeline:drafts";

export function hasDraftHint(): boolean {
  try {
    return window.localStorage.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

export function setDraftHint(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(KEY, "1");
    else window.localStorage.removeItem(KEY);
  } catch {
    // No storage here: the hint is a courtesy.
  }
}
