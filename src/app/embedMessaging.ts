/**
 * The embed protocol of PRODUCT.md: in an iframe, post the content height to the
 * parent whenever it changes (debounced), and the query string on each state
 * change so a host page can keep deep links. Only `postMessage` touches the
 * parent. Inbound goto messages are gotoMessage.ts's.
 *
 * Which height? In embed mode the app fills its frame (height: 100%), so a host
 * with a fixed-height iframe gets a layout that fits exactly. A host that sets
 * the iframe's height from our message must not be told "the frame's height",
 * or nothing would ever grow or shrink, and a height that depended on the frame
 * would loop. So the app reports its *natural* height: everything around the
 * view (header, tabs, banners, story bar, paddings: they depend on the frame's
 * width only) plus the view's own natural height (embed/viewHeight.ts: the
 * timeline's from its lane count, a table's from its rows), or a fixed
 * `NATURAL_VIEW_HEIGHT` when the view cannot tell. The view is the one element
 * marked `data-embed-fill` (it flexes to absorb the frame's height). The result does not depend on the
 * frame's current height, so a host that applies it reaches a fixed point at
 * once: the next measurement gives the same number. Two more guards: 1 px of
 * jitter is ignored, and a flip-flop (A → B → A within a second, e.g. a host
 * scrollbar appearing and changing our width) settles on the larger height.
 */
import { measureViewHeight, type ViewHints } from "../embed/viewHeight";

export const RESIZE_TYPE = "soft-power-timeline:resize";
export const STATE_TYPE = "soft-power-timeline:state";

/** The view's height in an auto-height frame, in px (the timeline reads well at 480). */
export const NATURAL_VIEW_HEIGHT = 480;
/** Quiet time before a measurement is posted. */
export const DEBOUNCE_MS = 80;

/** The natural height of an app root `root` whose flexible view is `fill`. Pure given the rects. */
export function naturalHeight(
  root: { top: number; bottom: number },
  fill: { top: number; bottom: number } | null,
  viewHeight = NATURAL_VIEW_HEIGHT,
): number {
  if (!fill) return Math.ceil(root.bottom - root.top);
  const above = fill.top - root.top;
  // When the frame is too short the view is squeezed and what lies below it
  // overflows: count nothing below then (a few px of padding, found next time).
  const below = Math.max(0, root.bottom - fill.bottom);
  return Math.ceil(above + viewHeight + below);
}

/** Decide what to post given the history of posted heights; null = nothing. */
export function nextHeight(
  h: number,
  posted: readonly { h: number; t: number }[],
  now: number,
): number | null {
  const last = posted[posted.length - 1];
  const before = posted[posted.length - 2];
  let next = h;
  if (last && before && Math.abs(h - before.h) <= 1 && now - before.t < 1000) next = Math.max(h, last.h);
  if (last && Math.abs(next - last.h) <= 1) return null;
  return next;
}

/** `hints` tells the view's height what the DOM does not show (the view, its lane count). */
export function startEmbedMessaging(el: HTMLElement, hints?: () => ViewHints) {
  const posted: { h: number; t: number }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fill: Element | null = null;
  const post = (msg: unknown) => {
    try {
      window.parent.postMessage(msg, "*");
    } catch {
      // A host that went away: nothing to tell.
    }
  };
  const measure = () => {
    const next = el.querySelector("[data-embed-fill]");
    if (next !== fill) {
      if (fill) ro.unobserve(fill);
      fill = next;
      if (fill) ro.observe(fill);
    }
    const root = (el.firstElementChild ?? el).getBoundingClientRect();
    if (root.width === 0) return; // not laid out (display: none frame)
    const viewH = (fill && hints && measureViewHeight(fill, hints())) || NATURAL_VIEW_HEIGHT;
    const h = nextHeight(
      naturalHeight(root, fill?.getBoundingClientRect() ?? null, viewH),
      posted,
      Date.now(),
    );
    if (h === null) return;
    posted.push({ h, t: Date.now() });
    if (posted.length > 4) posted.shift();
    post({ type: RESIZE_TYPE, height: h });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(measure, DEBOUNCE_MS);
  };
  // The root follows the frame's size; the view shrinks when something above it
  // grows (a banner, the story bar); new elements (the view after loading) are
  // found through the mutation observer.
  const ro = new ResizeObserver(schedule);
  ro.observe(el);
  const mo = new MutationObserver(schedule);
  mo.observe(el, { childList: true, subtree: true });
  schedule();
  return {
    postState(query: string) {
      post({ type: STATE_TYPE, query });
      // A new view or filter changes the natural height even when the DOM settles quickly.
      schedule();
    },
    dispose() {
      clearTimeout(timer);
      ro.disconnect();
      mo.disconnect();
    },
  };
}
