/**
 * "Print handout": the handout's event list loads on request (not with the first
 * view), then the print dialog opens. The Export menu and Ctrl/⌘+P ask for it.
 */
export const PRINT_EVENT = "soft-power-timeline:print";

export function requestPrint(): void {
  window.dispatchEvent(new Event(PRINT_EVENT));
}

/** "Print worksheet": the story's worksheet loads, then the print dialog opens with it alone. */
export const WORKSHEET_EVENT = "soft-power-timeline:worksheet";

export function requestWorksheet(): void {
  window.dispatchEvent(new Event(WORKSHEET_EVENT));
}
