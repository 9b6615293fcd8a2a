import type { View } from "../../url/urlState";
import { panelId } from "../Tabs/ViewTabs";
import { useT } from "../../i18n/useT";
import type { MessageKey } from "../../i18n/i18n";

const TARGET: Record<View, MessageKey> = {
  timeline: "skip.timeline",
  compare: "skip.compare",
  table: "skip.table",
  figures: "skip.figures",
};

/**
 * The first stop of the Tab key, shown when focused: straight to the view, past
 * the header and the filters. On the Timeline it lands on the chart's current
 * event (the one Tab would reach), else on the view's panel.
 */
export function SkipLink({ view }: { view: View }) {
  const t = useT();
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
      {t(TARGET[view])}
    </a>
  );
}
