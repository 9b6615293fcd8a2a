import type { TimelineLayout } from "../../chart/place";
import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset, selectHoveredId } from "../../store/selectors";
import { formatDateRange } from "../../data/dates";
import { formatAmount } from "../../data/formatAmount";

/** Hover/focus preview: date, title, actors and amount, beside the mark. Decorative for screen readers (the mark's name says it all). */
export function EventPreview({
  layout,
  offsetX,
  offsetY,
  areaWidth,
}: {
  layout: TimelineLayout;
  offsetX: number;
  offsetY: number;
  areaWidth: number;
}) {
  const id = useTimelineStore(selectHoveredId);
  const ds = useTimelineStore(selectDataset);
  if (!id || !ds) return null;
  const item = layout.items.find((i) => i.eventId === id);
  const ev = ds.eventById.get(id);
  if (!item || !ev) return null;
  const x = Math.max(0, item.x) + offsetX;
  const left = x > areaWidth - 280;
  return (
    <div
      className="preview"
      aria-hidden="true"
      style={{
        top: item.y + offsetY + 14,
        ...(left ? { right: Math.max(areaWidth - x - 12, 4) } : { left: Math.max(x - 12, 4) }),
      }}
    >
      <div className="preview-date">{formatDateRange(ev.date, ev.end)}</div>
      <div className="preview-title">{ev.title}</div>
      <div className="preview-meta">
        {ev.actors.map((a) => ds.actorById.get(a)?.name ?? a).join(", ")} ·{" "}
        {ds.categoryById.get(ev.category)?.name}
        {ev.amount && ` · ${formatAmount(ev.amount)}`}
      </div>
    </div>
  );
}
