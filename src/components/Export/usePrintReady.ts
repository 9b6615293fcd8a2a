import { useEffect, useState } from "react";

/** How long after the first render the handout's list is prepared anyway. */
export const PRINT_IDLE_MS = 1500;

/**
 * Whether the handout's event list should be on the page: once the app has been
 * idle a moment after loading, or as soon as print media applies. The browser's
 * own Print (its menu, or Ctrl/⌘+P caught elsewhere) then prints the same
 * handout as "Print handout…": print.css shows the list after the chart. Kept
 * out of the first render so the first view stays light.
 */
export function usePrintReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const on = () => setReady(true);
    const media = typeof window.matchMedia === "function" ? window.matchMedia("print") : null;
    if (media?.matches) {
      on();
      return;
    }
    const idle = window.requestIdleCallback
      ? window.requestIdleCallback(on, { timeout: PRINT_IDLE_MS })
      : window.setTimeout(on, PRINT_IDLE_MS);
    const onMedia = (e: MediaQueryListEvent) => e.matches && on();
    media?.addEventListener?.("change", onMedia);
    window.addEventListener("beforeprint", on);
    return () => {
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      media?.removeEventListener?.("change", onMedia);
      window.removeEventListener("beforeprint", on);
    };
  }, [ready]);
  return ready;
}
