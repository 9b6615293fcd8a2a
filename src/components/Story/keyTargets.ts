/** Where a key press should be left alone by the classroom shortcuts. */

/** Typing in a field, or inside a dialog: shortcuts must not fire. */
export function isEditableTarget(t: EventTarget | null): boolean {
  const el = t instanceof Element ? t : null;
  if (!el) return false;
  return (
    el.closest(
      'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="dialog"], dialog',
    ) !== null
  );
}

/** Space and Enter already activate these natively. */
export function isActivatable(t: EventTarget | null): boolean {
  const el = t instanceof Element ? t : null;
  return (
    el !== null &&
    el.closest('button, a[href], summary, [role="button"], [role="tab"], [role="menuitem"]') !== null
  );
}
