import { useRef, type KeyboardEvent } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectView } from "../../store/selectors";
import { VIEWS, type View } from "../../url/urlState";
import { useT } from "../../i18n/useT";
import type { MessageKey } from "../../i18n/i18n";

/** Each view's name in the catalog: `t(VIEW_NAMES[view])`. */
export const VIEW_NAMES: Record<View, MessageKey> = {
  timeline: "view.timeline",
  compare: "view.compare",
  table: "view.table",
  figures: "view.figures",
};

export const tabId = (v: View) => `tab-${v}`;
export const panelId = (v: View) => `panel-${v}`;

/** The views as ARIA tabs: arrow keys move and activate, Home/End jump (automatic activation). */
export function ViewTabs() {
  const view = useTimelineStore(selectView);
  const store = useTimelineStoreApi();
  const t = useT();
  const refs = useRef<Partial<Record<View, HTMLButtonElement | null>>>({});

  const activate = (v: View) => {
    store.getState().setView(v);
    refs.current[v]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const i = VIEWS.indexOf(view);
    const next =
      e.key === "ArrowRight"
        ? VIEWS[(i + 1) % VIEWS.length]
        : e.key === "ArrowLeft"
          ? VIEWS[(i - 1 + VIEWS.length) % VIEWS.length]
          : e.key === "Home"
            ? VIEWS[0]
            : e.key === "End"
              ? VIEWS[VIEWS.length - 1]
              : undefined;
    if (next) {
      e.preventDefault();
      activate(next);
    }
  };

  return (
    <div className="tabs" role="tablist" aria-label={t("views")} onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v}
          ref={(el) => {
            refs.current[v] = el;
          }}
          type="button"
          role="tab"
          id={tabId(v)}
          aria-selected={v === view}
          aria-controls={panelId(v)}
          tabIndex={v === view ? 0 : -1}
          className="tab"
          onClick={() => activate(v)}
        >
          {t(VIEW_NAMES[v])}
        </button>
      ))}
    </div>
  );
}
