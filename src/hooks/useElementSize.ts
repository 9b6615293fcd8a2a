import { useLayoutEffect, useState, type RefObject } from "react";

/** The content box of `el` now (what a ResizeObserver's contentRect reports), rounded. */
function contentSize(el: Element): { width: number; height: number } {
  const cs = getComputedStyle(el);
  const px = (v: string) => parseFloat(v) || 0;
  return {
    width: Math.max(0, Math.round(el.clientWidth - px(cs.paddingLeft) - px(cs.paddingRight))),
    height: Math.max(0, Math.round(el.clientHeight - px(cs.paddingTop) - px(cs.paddingBottom))),
  };
}

/**
 * The content-box size of an element, following resizes (one ResizeObserver per use).
 * The first size is read in the layout effect, before the first paint: a chart is then
 * drawn at its size in the same frame as its container (not a frame or more later, when
 * the observer first reports), so the layout does not depend on when that report comes.
 */
export function useElementSize(ref: RefObject<Element | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (width: number, height: number) =>
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    const first = contentSize(el);
    update(first.width, first.height);
    const ro = new ResizeObserver((entries) => {
      const r = entries[0]?.contentRect;
      if (!r) return;
      update(Math.round(r.width), Math.round(r.height));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
