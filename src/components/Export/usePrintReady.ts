import { useEffect, useState } from "react";

/** The first signs of someone using the page: the handout is prepared on any of them. */
const INTERACTIONS = ["pointerdown", "keydown", "wheel", "touchstart"] as const;

/**
 * Whether the handout's event list should be on the page: once someone has used the page
 * (a click, a key, the wheel, a touch), or as soon as print media applies. The browser's
 * own Print (its menu, or Ctrl/⌘+P caught elsewhere) then prints the same handout as
 * "Print handout…": print.css shows the list after the chart. Not prepared in idle time
 * after loading: its chunks would join the first view's download (the 150 KB budget).
 * Printing from the browser's menu before any use of the page prints the chart alone.
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
    const onMedia = (e: MediaQueryListEvent) => e.matches && on();
    media?.addEventListener?.("change", onMedia);
    window.addEventListener("beforeprint", on);
    const opts = { capture: true, passive: true } as const;
    for (const type of INTERACTIONS) window.addEventListener(type, on, opts);
    return () => {
      media?.removeEventListener?.("change", onMedia);
      window.removeEventListener("beforeprint", on);
      for (const type of INTERACTIONS) window.removeEventListener(type, on, opts);
    };
  }, [ready]);
  return ready;
}
