import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset } from "../../store/selectors";
import { selectFullQuery } from "./OpenFullLink";
import { sourceLinks } from "./sourceLine";
import { useT } from "../../i18n/useT";
import { Rich } from "../../i18n/Rich";

/**
 * Embed mode's credit line under the view: the documents every event cites,
 * linked (to the document's address, else to the full timeline, whose About
 * describes them), in one line that an article can carry.
 */
export function EmbedFooter() {
  const ds = useTimelineStore(selectDataset);
  const full = `?${useTimelineStore(selectFullQuery)}`;
  const t = useT();
  if (!ds || ds.sources.length === 0) return null;
  const { links, more } = sourceLinks(ds.sources);
  const list = links.map((l, i) => (
    <span key={l.id}>
      {i > 0 && "; "}
      <a href={l.href ?? full} target="_blank" rel="noopener" title={l.title}>
        {l.label}
      </a>
    </span>
  ));
  return (
    <footer className="embed-footer">
      <p className="embed-sources">
        <span className="embed-sources-label">
          {t("embed.sourcesLabel", { count: links.length + more })}{" "}
        </span>
        {more > 0 ? <Rich id="list.andMore" values={{ count: more }} parts={{ list }} /> : list}
      </p>
    </footer>
  );
}
