/** The readiness mark of PRODUCT.md: set once, after the first render with data. */
let marked = false;
let resolveReady: () => void = () => {};
/** Settles once the mark is set: work that must not cost the first view waits for it. */
export const afterReady: Promise<void> = new Promise((resolve) => {
  resolveReady = resolve;
});

export function markReady(): void {
  if (marked) return;
  marked = true;
  // After paint, so benchmarks measure what the user sees.
  requestAnimationFrame(() => {
    try {
      performance.mark("timeline:ready");
    } catch {
      // performance.mark is missing only in very old engines; nothing depends on it in-app.
    }
    resolveReady();
  });
}
