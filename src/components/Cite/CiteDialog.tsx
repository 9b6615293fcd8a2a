import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { Modal } from "../Modal/Modal";
import { useTimelineStore, useTimelineStoreApi } from "../../store/TimelineStoreProvider";
import { selectDataset, selectFilteredEvents } from "../../store/selectors";
import { accessDate, describeView } from "../Export/viewSummary";
import { loadStory } from "../../story/loadStory";
import { formatCitation, sourceLine } from "./citation";
import { copyText } from "./copyText";
import { t as tr } from "../../i18n/i18n";
import { useT } from "../../i18n/useT";
import "./Cite.css";

/** "Cite this view": the citation text, its parts, and a copy button. */
export default function CiteDialog({
  onClose,
  returnFocus,
}: {
  onClose(): void;
  returnFocus: RefObject<HTMLElement | null>;
}) {
  const store = useTimelineStoreApi();
  const ds = useTimelineStore(selectDataset);
  const events = useTimelineStore(selectFilteredEvents);
  const [stepTitle, setStepTitle] = useState<string | undefined>();
  const [copied, setCopied] = useState("");
  const text = useRef<HTMLParagraphElement>(null);
  const t = useT();

  useEffect(() => {
    const s = store.getState();
    if (s.storyStep === null || !ds) return;
    let live = true;
    void loadStory(ds).then(({ story }) => {
      if (live && story) setStepTitle(story.steps[Math.min(s.storyStep!, story.steps.length) - 1]?.title);
    });
    return () => {
      live = false;
    };
  }, [store, ds]);

  const url = window.location.href;
  const date = useMemo(() => accessDate(), []);
  const view = describeView(store.getState(), events, stepTitle);
  const sources = ds?.sources ?? [];
  const citation = formatCitation({ view, sources, url, date });

  return (
    <Modal open onClose={onClose} title={t("cite.title")} returnFocus={returnFocus} className="cite">
      <p className="cite-text" ref={text}>
        {citation}
      </p>
      <div className="cite-actions">
        <button
          type="button"
          className="btn btn--primary"
          onClick={() =>
            void copyText(citation, text.current).then((r) =>
              setCopied(r === "copied" ? t("cite.copied") : t("cite.selected")),
            )
          }
        >
          {t("cite.copy")}
        </button>
        <span role="status">{copied}</span>
      </div>
      <dl className="cite-parts">
        <dt>{t("cite.part.title")}</dt>
        <dd>{view.storyStep ? `${view.title}: ${view.storyStep.title}` : view.title}</dd>
        <dt>{t("cite.part.view")}</dt>
        <dd>{describeLine(view)}</dd>
        <dt>{t("cite.part.sources")}</dt>
        <dd>
          <ul>
            {sources.map((s) => (
              <li key={s.id}>{sourceLine(s)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t("cite.part.link")}</dt>
        <dd>
          <a href={url} className="cite-url">
            {url}
          </a>
        </dd>
        <dt>{t("cite.part.accessed")}</dt>
        <dd>{date}</dd>
      </dl>
    </Modal>
  );
}

function describeLine(v: ReturnType<typeof describeView>): string {
  const who = v.actors ? v.actors.join(tr("list.separator")) : tr("view.allActors");
  const what = v.categories ? v.categories.join(tr("list.separator")) : tr("view.allCategories");
  const parts = [who, what, ...(v.q ? [tr("view.search", { q: v.q })] : []), v.rangeLabel];
  parts.push(tr("view.count", { count: v.count, total: v.total }));
  return parts.join("; ");
}
