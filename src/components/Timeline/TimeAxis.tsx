import type { Tick } from "../../chart/ticks";

/** Stateless axis: ticks → marks and labels. Ticks carry `data-t` so a live zoom moves them. */
export function TimeAxis({ ticks, height }: { ticks: Tick[]; height: number }) {
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
          <line className="tick-mark" y1={height - 6} y2={height} />
          {t.label && (
            <text x={t.labelDx} y={height - 10} textAnchor="middle">
              {t.label}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

/** The ticks' grid lines behind the lanes. */
export function TickGrid({ ticks, top, bottom }: { ticks: Tick[]; top: number; bottom: number }) {
  return (
    <g className="grid" aria-hidden="true">
      {ticks.map((t) => (
        <g
          key={t.value}
          data-t={t.value}
          data-y={0}
          transform={`translate(${t.x},0)`}
          className={t.major ? "tick tick--major" : "tick"}
        >
          <line className="tick-grid" y1={top} y2={bottom} />
        </g>
      ))}
    </g>
  );
}
