/** The header's "Edit" action (first view: tiny, the editor itself loads on demand). */
import { useTimelineStore, useTimelineStoreApi } from "../store/TimelineStoreProvider";

export function EditButton() {
  const editing = useTimelineStore((s) => s.editing);
  const store = useTimelineStoreApi();
  return (
    <button
      type="button"
      className="btn edit-action"
      aria-pressed={editing}
      onClick={() => store.getState().setEditing(!editing)}
    >
      Edit
    </button>
  );
}
