/**
 * How tall a view wants to be in an auto-height frame (the embed protocol's
 * resize message): a table of 10 rows gets a frame that fits them, the timeline
 * the height that shows all its lanes. Pure functions on numbers, plus one small
 * DOM reader (`measureViewHeight`) that feeds them.
 *
 * Every number here must not depend on the frame's current height, or a host
 * that applies it would loop (see app/embedMessaging.ts): the timeline's height
 * comes from its lane count, the other views' from the extent of their content,
 * which is laid out at its own size inside a scrolling box.
 */

/** Mirrors the timeline's geometry (Timeline.tsx, chart/place.ts): axis + era band above the lanes. */
export const TIMELINE_TOP = 50;
/** A lane's header and gap (place.ts: `header + 6`). */
export const LANE_HEADER = 26;
export const ROW_H = 24;
/** Rows each lane gets in an embed; the lead lanes (Japan, China) one more. */
export const ROWS_PER_LANE = 2;
export const LEAD_EXTRA_ROWS = 1;
/** Room under the last lane. */
export const TIMELINE_BOTTOM = 8;
/** Bounds of a view's natural height: never a sliver, never a page-long frame. */
export const MIN_VIEW_HEIGHT = 240;
export const MAX_VIEW_HEIGHT = 3000;

const clamp = (h: number) => Math.min(MAX_VIEW_HEIGHT, Math.max(MIN_VIEW_HEIGHT, Math.ceil(h)));

/**
 * The chart area's height that shows every lane with `ROWS_PER_LANE` rows of
 * labels. The layout (place.ts) gives `floor((h − lanes·header) / rowH) − 1`
 * rows in all, so one row more is asked for.
 */
export function timelineAreaHeight(laneCount: number, leadLanes = 0): number {
  const lanes = Math.max(1, laneCount);
  const rows = lanes * ROWS_PER_LANE + Math.min(leadLanes, lanes) * LEAD_EXTRA_ROWS;
  return TIMELINE_TOP + lanes * LANE_HEADER + (rows + 1) * ROW_H + TIMELINE_BOTTOM;
}

/**
 * A view's natural height: what sits in the view around its flexible part
 * (`chrome`: toolbars, key, overview strip) plus what the flexible part needs.
 */
export function viewNaturalHeight(chrome: number, inner: number): number {
  return clamp(Math.max(0, chrome) + Math.max(0, inner));
}

/** The extent of boxes laid out at their own size: from the first top to the last bottom. */
export function contentExtent(boxes: readonly { top: number; bottom: number }[], padding = 0): number {
  const shown = boxes.filter((b) => b.bottom > b.top);
  if (shown.length === 0) return padding;
  const top = Math.min(...shown.map((b) => b.top));
  const bottom = Math.max(...shown.map((b) => b.bottom));
  return bottom - top + padding;
}

export interface ViewHints {
  view: string;
  /** Lanes the timeline draws for the current filter. */
  laneCount: number;
  /** How many of them are lead lanes (more rows). */
  leadLanes: number;
}

/**
 * Measure the natural height of the view inside `fill` (the element marked
 * `data-embed-fill`). The timeline's flexible part is its chart area; the other
 * views' is their scrolling root, whose children are measured.
 */
export function measureViewHeight(fill: Element, hints: ViewHints): number | null {
  const fillH = fill.getBoundingClientRect().height;
  if (hints.view === "timeline") {
    const area = fill.querySelector(".timeline-area");
    if (!area) return null;
    const chrome = fillH - area.getBoundingClientRect().height;
    return viewNaturalHeight(chrome, timelineAreaHeight(hints.laneCount, hints.leadLanes));
  }
  const scroller = fill.firstElementChild;
  if (!(scroller instanceof HTMLElement)) return null;
  const style = getComputedStyle(scroller);
  const pad =
    (parseFloat(style.paddingTop) || 0) +
    (parseFloat(style.paddingBottom) || 0) +
    (parseFloat(style.borderTopWidth) || 0) +
    (parseFloat(style.borderBottomWidth) || 0);
  const boxes = [...scroller.children]
    .filter((c) => getComputedStyle(c).position !== "absolute")
    .map((c) => {
      const r = c.getBoundingClientRect();
      const cs = getComputedStyle(c);
      return {
        top: r.top - (parseFloat(cs.marginTop) || 0),
        bottom: r.bottom + (parseFloat(cs.marginBottom) || 0),
      };
    });
  const chrome = fillH - scroller.getBoundingClientRect().height;
  return viewNaturalHeight(chrome, contentExtent(boxes, pad));
}
