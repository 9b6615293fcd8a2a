import type { PlacedLane } from "../../chart/place";
import { ActorGlyphPath } from "./ActorGlyphPath";

/** Lane stripes and separators. Not positional in time: they do not move on zoom. */
export function LaneBackgrounds({
  lanes,
  top,
  width,
  margin,
}: {
  lanes: readonly PlacedLane[];
  top: number;
  width: number;
  margin: number;
}) {
  return (
    <g className="lanes" aria-hidden="true">
      {lanes.map((l, i) => (
        <g key={l.id} transform={`translate(0,${top + l.y})`}>
          <rect
            className={`lane-bg lane-bg--${i % 2}`}
            x={-margin}
            width={width + 2 * margin}
            height={l.height}
          />
          <line className="lane-sep" x1={-margin} x2={width + margin} y1={0} y2={0} />
        </g>
      ))}
    </g>
  );
}

/** Lane names with the actor's shape, drawn above the grid and era bands so nothing crosses them. */
export function LaneHeaders({
  lanes,
  top,
  header,
  rowHeight,
}: {
  lanes: readonly PlacedLane[];
  top: number;
  /** Space above a lane's first row; the name sits in that row's left end (kept free by the layout). */
  header: number;
  rowHeight: number;
}) {
  return (
    <g className="lane-headers" aria-hidden="true">
      {lanes.map((l) => (
        <g key={l.id} transform={`translate(2,${top + l.y + header + rowHeight / 2})`}>
          <ActorGlyphPath actorId={l.id} />
          <text className="lane-name" x={12} dy="0.35em">
            {l.name}
          </text>
        </g>
      ))}
    </g>
  );
}
