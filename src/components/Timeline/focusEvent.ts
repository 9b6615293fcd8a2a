/** Focus the (primary) element drawn for an event, if it is on screen. */
export function focusEventElement(id: string): boolean {
  const el =
    document.querySelector<HTMLElement | SVGElement>(
      `[data-event-id="${CSS.escape(id)}"][data-primary="true"]`,
    ) ?? document.querySelector<HTMLElement | SVGElement>(`[data-event-id="${CSS.escape(id)}"]`);
  if (!el) return false;
  el.focus({ preventScroll: false });
  return true;
}
