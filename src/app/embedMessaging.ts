/**
 * The embed protocol of PRODUCT.md: in an iframe, post the content height to the
 * parent whenever it changes (debounced), and the query string on each state
 * change so a host page can keep deep links. Only `postMessage` touches the parent.
 */
export const RESIZE_TYPE = "soft-power-timeline:resize";
export const STATE_TYPE = "soft-power-timeline:state";

export function startEmbedMessaging(el: HTMLElement) {
  let last = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const post = (msg: unknown) => {
    try {
      window.parent.postMessage(msg, "*");
    } catch {
      // A host that went away: nothing to tell.
    }
  };
  const measure = () => {
    const h = Math.ceil(el.getBoundingClientRect().height);
    // Ignore 1px jitter so a host that resizes the frame cannot start a loop.
    if (Math.abs(h - last) <= 1) return;
    last = h;
    post({ type: RESIZE_TYPE, height: h });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(measure, 50);
  };
  const ro = new ResizeObserver(schedule);
  ro.observe(el);
  schedule();
  return {
    postState(query: string) {
      post({ type: STATE_TYPE, query });
    },
    dispose() {
      clearTimeout(timer);
      ro.disconnect();
    },
  };
}
