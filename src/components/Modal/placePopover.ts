/** Where a popover goes: pure geometry, so it can be tested without a browser. */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The height there is; the popover scrolls inside it rather than run off-screen. */
  maxHeight: number;
}

const GAP = 4;
const EDGE = 8;

/**
 * Below the anchor, its right edge on the anchor's right edge (menus open
 * from buttons at the right of a bar), moved left or right to stay on screen;
 * above the anchor when there is more room there and it would not fit below.
 */
export function placePopover(
  anchor: Rect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const width = Math.min(size.width, viewport.width - 2 * EDGE);
  const maxLeft = viewport.width - EDGE - width;
  const left = Math.max(EDGE, Math.min(anchor.right - width, maxLeft));
  const below = viewport.height - EDGE - (anchor.bottom + GAP);
  const above = anchor.top - GAP - EDGE;
  if (size.height > below && above > below) {
    const maxHeight = Math.max(0, above);
    return { left, top: anchor.top - GAP - Math.min(size.height, maxHeight), maxHeight };
  }
  return { left, top: anchor.bottom + GAP, maxHeight: Math.max(0, below) };
}
