import { useEffect, useState } from "react";
import { onFirstUse } from "../../app/firstUse";

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
  useEffect(() => (ready ? undefined : onFirstUse(() => setReady(true))), [ready]);
  return ready;
}
