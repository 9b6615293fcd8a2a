import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset, selectMode } from "../../store/selectors";
import { isHttpUrl } from "../../data/safeUrl";
import type { Source } from "../../data/schema";
import "./Share.css";
import { useT } from "../../i18n/useT";

/** The host of an address, for "from example.org"; the address itself when it has none. */
function hostOf(url: string): string {
  try {
    return new URL(url, document.baseURI).host || url;
  } catch {
    return url;
  }
}

function SourceItem({ source }: { source: Source }) {
  const by = [source.author, source.publisher, source.year].filter(Boolean).join(", ");
  return (
    <li>
      {source.url && isHttpUrl(source.url) ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        source.title
      )}
      {by && <span className="shared-mark__by"> ({by})</span>}
    </li>
  );
}

/**
 * The banner itself (loaded on demand by SharedMark): who made this timeline, and
 * its own sources, so nobody takes a shared timeline for the built-in one.
 */
export default function SharedBanner({ onBuiltIn }: { onBuiltIn(): void }) {
  const ds = useTimelineStore(selectDataset);
  const mode = useTimelineStore(selectMode);
  const shared = useTimelineStore((s) => s.dataShared);
  const dataUrl = useTimelineStore((s) => s.dataUrl);
  const fileName = useTimelineStore((s) => s.dataFileName);
  const t = useT();
  if (!ds) return null;

  const [lead, rest] = shared
    ? [t("shared.leadShared"), t("shared.restShared")]
    : dataUrl
      ? [t("shared.leadUrl", { host: hostOf(dataUrl) }), t("shared.restUrl")]
      : [
          fileName ? t("shared.leadFileNamed", { name: fileName }) : t("shared.leadFile"),
          t("shared.restFile"),
        ];

  return (
    <aside className="shared-mark" aria-label={t("shared.label")} data-shared={shared || undefined}>
      <p className="shared-mark__text">
        <strong>{lead}</strong> {rest}{" "}
        <span className="shared-mark__title">
          {t("shared.title", { title: ds.title, count: ds.events.length })}
        </span>
      </p>
      <details className="shared-mark__sources">
        <summary>{t("shared.sources", { count: ds.sources.length })}</summary>
        <ul>
          {ds.sources.map((s) => (
            <SourceItem key={s.id} source={s} />
          ))}
        </ul>
      </details>
      {mode === "app" && (
        <button type="button" className="btn btn--link shared-mark__builtin" onClick={onBuiltIn}>
          {t("shared.openBuiltIn")}
        </button>
      )}
    </aside>
  );
}
