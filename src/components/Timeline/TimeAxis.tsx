import type { Tick } from "../../chart/ticks";

/** Stateless axis: ticks → lines and labels. Ticks carry `data-t` so a live zoom moves them. */
export function TimeAxis({
  ticks,
  height,
  gridHeight,
}: {
  ticks: Tick[];
  height: number;
  gridHeight: number;
}) {
  return (
    <g className="axis" aria-hidden="true">
      <line className="axis-base" x1={-12} x2="100%" y1={height} y2={height} />
      {ticks.map((t) => (
        <g
          key={t.value}
          data-t={t.value}
          data-y={0}
          transform={`translate(${t.x},0)`}
          className={t.major ? "tick tick--major" : "tick"}
        >
          <line className="tick-grid" y1={height} y2={gridHeight} />
          <line className="tick-mark" y1={height - 6} y2={height} />
          <text y={height - 10} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}
