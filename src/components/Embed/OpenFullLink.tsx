import { useTimelineStore } from "../../store/TimelineStoreProvider";
import type { TimelineState } from "../../store/types";
import { stateToUrl } from "../../url/stateMapping";
import { encodeUrlState } from "../../url/urlState";
import { useT } from "../../i18n/useT";

/** The current view's query string without `embed`: what the full app should open on. */
export function selectFullQuery(s: TimelineState): string {
  const u = stateToUrl(s);
  delete u.embed;
  return encodeUrlState(u);
}

/**
 * Embed mode's way out: the same view in the full app, in a new tab. A relative
 * `?query` resolves against the frame's own address, so it works on any path.
 * (A host that sandboxes the frame must allow popups for links to open.)
 */
export function OpenFullLink() {
  const query = useTimelineStore(selectFullQuery);
  const t = useT();
  return (
    <a className="btn open-full" href={`?${query}`} target="_blank" rel="noopener">
      <span className="open-full-long">{t("openFull.long")}</span>
      <span className="open-full-short">{t("openFull.short")}</span>
      <span className="open-full-arrow" aria-hidden="true">
        ↗
      </span>
      <span className="visually-hidden"> {t("newTab")}</span>
    </a>
  );
}
