/** The header's "Edit" action (first view: tiny, the editor itself loads on demand). */
import { useTimelineStore, useTimelineStoreApi } from "../store/TimelineStoreProvider";
import { useT } from "../i18n/useT";

export function EditButton() {
  const editing = useTimelineStore((s) => s.editing);
  const store = useTimelineStoreApi();
  const t = useT();
  return (
    <button
      type="button"
      className="btn edit-action"
      aria-pressed={editing}
      onClick={() => store.getState().setEditing(!editing)}
    >
      {t("editor.edit")}
    </button>
  );
}
