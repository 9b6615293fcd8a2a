import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from "react";

/** Below this many rows every row is rendered (find-in-page works, no estimates). */
export const WINDOW_THRESHOLD = 200;
const OVERSCAN = 12;
const INITIAL_ROW_H = 40;

export interface RowWindow {
  windowed: boolean;
  start: number;
  end: number;
  /** Heights of the spacer rows above and below the rendered rows. */
  padTop: number;
  padBottom: number;
  /** Scroll so row `index` is in view (used for the selected row). */
  scrollToIndex(index: number): void;
}

/**
 * Row windowing for a real <table> inside a scrolling container: only the rows in
 * view (plus an overscan) are rendered, with spacer rows standing in for the rest.
 * Row height is the measured average of the rendered rows, so wrapped titles are
 * fine; the scroll bar is an estimate, which is all a reader needs.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  bodyRef: RefObject<HTMLTableSectionElement | null>,
  count: number,
): RowWindow {
  const windowed = count > WINDOW_THRESHOLD;
  // Running measurement of rendered rows: the estimate converges as the reader scrolls.
  const sample = useRef({ height: 0, rows: 0 });
  const [view, setView] = useState({ top: 0, height: 800, rowH: INITIAL_ROW_H });

  // Only called from scroll/resize events and once per (re)windowing, never after
  // every render, so a changing estimate can never feed back into a render loop.
  const read = useCallback(() => {
    const el = scrollRef.current;
    const body = bodyRef.current;
    if (!el) return;
    if (body) {
      const rows = body.querySelectorAll<HTMLTableRowElement>("tr[data-row]");
      if (rows.length >= 4) {
        const first = rows[0]!;
        const last = rows[rows.length - 1]!;
        const h = last.offsetTop + last.offsetHeight - first.offsetTop;
        if (h > 0) {
          sample.current.height += h;
          sample.current.rows += rows.length;
        }
      }
    }
    const s = sample.current;
    const rowH = s.rows > 0 ? Math.max(12, Math.round(s.height / s.rows)) : INITIAL_ROW_H;
    // Offset of the first body row from the scroll container's content top (caption + header).
    const offset = body ? body.offsetTop : 0;
    const top = Math.max(0, el.scrollTop - offset);
    const height = el.clientHeight || 800;
    setView((v) => (v.top === top && v.height === height && v.rowH === rowH ? v : { top, height, rowH }));
  }, [scrollRef, bodyRef]);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || !windowed) return;
    read();
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(read);
    };
    el.addEventListener("scroll", onScroll, { passive: true });
    const ro = new ResizeObserver(onScroll);
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener("scroll", onScroll);
      ro.disconnect();
    };
  }, [scrollRef, windowed, read, count]);

  const h = view.rowH;
  const start = windowed ? Math.max(0, Math.min(count, Math.floor(view.top / h) - OVERSCAN)) : 0;
  const end = windowed ? Math.min(count, Math.ceil((view.top + view.height) / h) + OVERSCAN) : count;

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const offset = bodyRef.current?.offsetTop ?? 0;
      el.scrollTop = Math.max(0, offset + index * h - el.clientHeight / 3);
    },
    [scrollRef, bodyRef, h],
  );

  return {
    windowed,
    start,
    end,
    padTop: start * h,
    padBottom: (count - end) * h,
    scrollToIndex,
  };
}
