import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset } from "../../store/selectors";
import { actorShape, shapePath } from "./palette";

/** The actor's shape as an SVG path, for use inside the chart's SVG. */
export function ActorGlyphPath({ actorId, r = 4.5 }: { actorId: string; r?: number }) {
  const ds = useTimelineStore(selectDataset);
  const index = ds ? ds.actors.findIndex((a) => a.id === actorId) : 0;
  const shape = actorShape(actorId, index);
  return <path className={shape === "ring" ? "glyph-ring" : "glyph-fill"} d={shapePath(shape, r)} />;
}
