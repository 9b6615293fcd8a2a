import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset } from "../../store/selectors";
import { actorShape, shapePath } from "./palette";

/** The actor's shape as a small inline icon (legend, filters, lane headers). */
export function ActorGlyph({ actorId, size = 14 }: { actorId: string; size?: number }) {
  const ds = useTimelineStore(selectDataset);
  const index = ds ? ds.actors.findIndex((a) => a.id === actorId) : 0;
  const shape = actorShape(actorId, index);
  return (
    <svg
      className="glyph"
      width={size}
      height={size}
      viewBox="-8 -8 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={shapePath(shape, 5.5)} className={shape === "ring" ? "glyph-ring" : "glyph-fill"} />
    </svg>
  );
}
