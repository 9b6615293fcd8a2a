/**
 * "On return, the app offers to continue": a small dismissible notice naming the
 * newest saved draft. Loaded after the readiness mark and an idle moment (see
 * App.tsx), so the first view pays nothing for it; where the browser keeps no
 * storage (a sandboxed frame, a private window) it quietly shows nothing.
 */
import { useEffect, useState } from "react";
import { useTimelineStore, useTimelineStoreApi } from "../store/TimelineStoreProvider";
import { useT } from "../i18n/useT";
import { draftStorage, idbBackend, type DraftStorage, type DraftSummary } from "./draftStorage";
import { requestResume } from "./resume";
import "./DraftOffer.css";

/** Give up on a blocked IndexedDB rather than wait: the offer is a courtesy, never a must. */
const LOOKUP_TIMEOUT_MS = 3000;

/** The newest saved draft, or null when there is none or storage is refused. Never throws. */
export async function newestDraft(
  open: () => DraftStorage = () => draftStorage(idbBackend()),
): Promise<DraftSummary | null> {
  try {
    const list = await Promise.race([
      open().list(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), LOOKUP_TIMEOUT_MS)),
    ]);
    return list[0] ?? null;
  } catch {
    return null;
  }
}

export default function DraftOffer({
  lookup = newestDraft,
}: {
  lookup?: () => Promise<DraftSummary | null>;
}) {
  const t = useT();
  const store = useTimelineStoreApi();
  const editing = useTimelineStore((s) => s.editing);
  const [draft, setDraft] = useState<DraftSummary | null>(null);
  const [closed, setClosed] = useState(false);

  useEffect(() => {
    let live = true;
    void lookup().then((d) => {
      if (live) setDraft(d);
    });
    return () => {
      live = false;
    };
  }, [lookup]);

  // Once the editor is open its own start panel lists the drafts: the notice has done its job.
  useEffect(() => {
    if (editing) setClosed(true);
  }, [editing]);

  if (!draft || closed) return null;
  const name = draft.name || t("editor.untitled");
  return (
    <aside className="draft-offer" aria-label={t("editor.offer.label")}>
      <p className="draft-offer-text">{t("editor.offer.text", { events: draft.events })}</p>
      <div className="draft-offer-actions">
        <button
          type="button"
          className="btn btn--primary btn--small"
          onClick={() => {
            requestResume(draft.id);
            setClosed(true);
            store.getState().setEditing(true);
          }}
        >
          {t("editor.offer.continue", { name })}
        </button>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => {
            setClosed(true);
            requestAnimationFrame(() => document.querySelector<HTMLElement>(".edit-action")?.focus());
          }}
        >
          {t("editor.offer.dismiss")}
        </button>
      </div>
    </aside>
  );
}
