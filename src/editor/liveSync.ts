/**
 * The timeline follows the editor: each change of the draft (shortly after the
 * typing stops) replaces the timeline's dataset with the draft's valid events,
 * keeping the views mounted; and the selection is one: choosing an event in the
 * editor selects it in the timeline, and the other way round.
 */
import { normalizeDataset } from "../data/normalize";
import type { TimelineStore } from "../store/createTimelineStore";
import type { EditorStore } from "./editorStore";
import { checkDraft } from "./validation";

export const LIVE_DELAY_MS = 150;

export function startLiveSync(
  editor: EditorStore,
  timeline: TimelineStore,
  delay = LIVE_DELAY_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;

  const selectedId = (): string | null => {
    const { data, selectedKey } = editor.getState();
    const id = data?.events.find((e) => e.key === selectedKey)?.value.id;
    return typeof id === "string" ? id : null;
  };

  const pushSelection = () => {
    const id = selectedId();
    const ds = timeline.getState().dataset;
    const next = id && ds?.eventById.has(id) ? id : null;
    if (timeline.getState().selectedId !== next) timeline.getState().select(next);
  };

  const pushData = () => {
    timer = null;
    const { data, meta } = editor.getState();
    if (!data || !meta) return;
    const { result } = checkDraft(data);
    // A frame not valid yet (no actor, category or source): the timeline keeps what it had.
    if (!result.dataset) return;
    timeline.getState().setDataset(normalizeDataset(result.dataset), {
      keepViews: true,
      dataUrl: null,
      fileName: meta.name || data.title,
    });
    pushSelection();
  };

  const offEditor = editor.subscribe((s, prev) => {
    if (s.data !== prev.data || s.meta?.name !== prev.meta?.name) {
      if (timer) clearTimeout(timer);
      timer = setTimeout(pushData, delay);
    } else if (s.selectedKey !== prev.selectedKey) pushSelection();
  });

  const offTimeline = timeline.subscribe((s, prev) => {
    if (s.selectedId === prev.selectedId || !s.selectedId) return;
    const ev = editor.getState().data?.events.find((e) => e.value.id === s.selectedId);
    if (ev && ev.key !== editor.getState().selectedKey) editor.getState().select(ev.key);
  });

  pushData();
  return () => {
    if (timer) clearTimeout(timer);
    offEditor();
    offTimeline();
  };
}
