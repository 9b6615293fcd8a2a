/**
 * Copy text to the clipboard. The async Clipboard API is refused in many places
 * (a sandboxed iframe, an insecure origin, no permission); then the text of
 * `select` is selected with the old copy command tried, and failing that left
 * selected for the reader to press Ctrl+C.
 */
export type CopyResult = "copied" | "selected";

function selectContents(el: HTMLElement): void {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    el.focus();
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

export async function copyText(text: string, select?: HTMLElement | null): Promise<CopyResult> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return "copied";
    }
  } catch {
    // Fall through to the selection.
  }
  if (select) {
    selectContents(select);
    try {
      // Deprecated but still the only synchronous route in some sandboxes.
      if (document.execCommand("copy")) return "copied";
    } catch {
      // Leave the text selected.
    }
  }
  return "selected";
}
