import type { View } from "../../url/urlState";
import { panelId } from "../Tabs/ViewTabs";

const TARGET: Record<View, string> = {
  timeline: "Skip to the chart",
  compare: "Skip to the comparison",
  table: "Skip to the table",
  figures: "Skip to the figures",
};

/**
 * The first stop of the Tab key, shown when focused: straight to the view, past
 * the header and the filters. On the Timeline it lands on the chart's current
 * event (the one Tab would reach), else on the view's panel.
 */
export function SkipLink({ view }: { view: View }) {
  return (
    <a
      className="skip-link"
      href={`#${panelId(view)}`}
      onClick={(e) => {
        const panel = document.getElementById(panelId(view));
        if (!panel) return;
        e.preventDefault();
        const mark = panel.querySelector<HTMLElement>('[data-event-id][tabindex="0"]');
        (mark ?? panel).focus();
      }}
    >
      {TARGET[view]}
    </a>
  );
}
