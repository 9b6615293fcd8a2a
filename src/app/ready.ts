/** The readiness mark of PRODUCT.md: set once, after the first render with data. */
let marked = false;
let resolveReady: () => void = () => {};
/** Settles once the mark is set: work that must not cost the first view waits for it. */
export const afterReady: Promise<void> = new Promise((resolve) => {
  resolveReady = resolve;
});

/**
 * How long the mark waits for a frame. A cross-origin frame out of the host page's view
 * gets no animation frames at all (Chromium throttles its rendering), and a second embed
 * below the fold would then never be ready; it is marked after this delay instead.
 */
export const READY_FALLBACK_MS = 250;

export function markReady(): void {
  if (marked) return;
  marked = true;
  let done = false;
  const mark = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    try {
      performance.mark("timeline:ready");
    } catch {
      // performance.mark is missing only in very old engines; nothing depends on it in-app.
    }
    resolveReady();
  };
  // After paint, so benchmarks measure what the user sees (when there is something to see).
  const timer = setTimeout(mark, READY_FALLBACK_MS);
  requestAnimationFrame(mark);
}

/** Resolves at an idle moment (or soon, where the browser has no idle callback). */
export const whenIdle = (): Promise<void> =>
  new Promise<void>((resolve) =>
    "requestIdleCallback" in window
      ? requestIdleCallback(() => resolve(), { timeout: 3000 })
      : setTimeout(resolve, 300),
  );
