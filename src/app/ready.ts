/** The readiness mark of PRODUCT.md: set once, after the first render with data. */
let marked = false;
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
  });
}
