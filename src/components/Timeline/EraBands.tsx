import type { NormalizedEra } from "../../data/normalize";
import type { EraLabel } from "../../chart/eraLabels";

/** Era bands behind the lanes (from data, never hard-coded). Their labels are in `EraLabels`. */
export function EraBands({
  eras,
  x,
  top,
  height,
}: {
  eras: readonly NormalizedEra[];
  x: (t: number) => number;
  top: number;
  height: number;
}) {
  return (
    <g className="eras">
      {eras.map((era) => {
        const x0 = x(era.start);
        return (
          <rect
            key={era.id}
            className="era"
            data-t={era.start}
            data-t1={era.stop}
            x={x0}
            width={Math.max(0, x(era.stop) - x0)}
            y={top}
            height={height}
          >
            <title>{era.label}</title>
          </rect>
        );
      })}
    </g>
  );
}

/**
 * The era row of the pinned chart head: each label inside its band (placed by
 * chart/eraLabels.ts), shortened when need be, its whole name in a tooltip.
 */
export function EraLabels({
  eras,
  labels,
  x,
  top,
  height,
}: {
  eras: readonly NormalizedEra[];
  labels: readonly EraLabel[];
  x: (t: number) => number;
  top: number;
  height: number;
}) {
  const byId = new Map(eras.map((e) => [e.id, e]));
  return (
    <g className="era-head">
      {eras.map((era) => {
        const x0 = x(era.start);
        return (
          <rect
            key={era.id}
            className="era"
            data-t={era.start}
            data-t1={era.stop}
            x={x0}
            width={Math.max(0, x(era.stop) - x0)}
            y={top}
            height={height}
          />
        );
      })}
      {labels.map((l) => {
        const era = byId.get(l.id)!;
        const x0 = x(era.start);
        return (
          <text
            key={l.id}
            className="era-label"
            data-t={era.start}
            data-y={top + height / 2}
            transform={`translate(${x0},${top + height / 2})`}
            dx={l.x - x0}
            dy="0.35em"
          >
            {!l.full && <title>{era.label}</title>}
            {l.text}
          </text>
        );
      })}
    </g>
  );
}
