import { useMemo, useRef } from "react";
import { useElementSize } from "../../hooks/useElementSize";
import { binLabel } from "../../chart/aggregate";
import { t as tr } from "../../i18n/i18n";
import { shadeLevel } from "./BinHeatmap";
import { WIDE } from "./ValueChart";
import { valueScale } from "./valueScale";
import { binValues, CELL_PX, cellPaths, type BinPoint } from "./valueBins";

interface Props {
  points: readonly BinPoint[];
  scaleType: "linear" | "log";
  /** Header of the row labels. */
  rowsLabel: string;
  /** Axis title, e.g. "Amount, US dollars (log scale)". */
  axisLabel: string;
  formatTick(v: number): string;
  /** Point `i`'s value as the data writes it ("US$3 billion"). */
  valueText(i: number): string;
}

const ROW_H = 26;

/**
 * A value chart for a series too long to draw one row per value: one row per
 * period, the values counted per few-pixel cell of the value axis and shaded by
 * count (as the counts heatmap is), with the period's count and its smallest and
 * largest value in words. Drawing costs periods × cells whatever the series'
 * length; "Show as table" lists every value and opens its event.
 */
export function BinnedValueChart({ points, scaleType, rowsLabel, axisLabel, formatTick, valueText }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(ref);
  const wide = width >= WIDE;
  const labelW = wide ? Math.min(260, Math.round(width * 0.42)) : 0;
  const trackW = Math.max(100, width - labelW);
  const values = useMemo(() => Float64Array.from(points, (p) => p.value), [points]);
  const { x, ticks } = useMemo(
    () => valueScale(values, scaleType, [10, Math.max(40, trackW - 10)], trackW),
    [values, scaleType, trackW],
  );
  const cells = Math.ceil(trackW / CELL_PX);
  const bins = useMemo(() => (width > 0 ? binValues(points, x, cells) : null), [points, x, cells, width]);

  return (
    <div
      ref={ref}
      className={`vc vc--binned${wide ? " is-wide" : ""}`}
      role="group"
      aria-label={`${rowsLabel}; ${axisLabel}`}
      style={{ ["--vc-label" as string]: `${labelW}px` }}
    >
      <div className="vc-row vc-head" aria-hidden="true">
        {wide && <span className="vc-label vc-axis-title">{rowsLabel}</span>}
        <span className="vc-axis-title vc-axis-title--x">{axisLabel}</span>
      </div>
      {bins?.rows.map((r) => {
        const paths = cellPaths(r.cells, bins.maxCell, shadeLevel, CELL_PX, 7, 12);
        return (
          <div key={r.from} className="vc-row">
            <span className="vc-label">
              <span className="vc-when">{binLabel(r.from, bins.size)}</span>{" "}
              {tr("fig.binCount", { count: r.count })}
              {r.count > 0 && (
                <span className="vc-range">
                  {r.minIndex === r.maxIndex || points[r.minIndex]!.value === points[r.maxIndex]!.value
                    ? valueText(r.minIndex)
                    : tr("fig.binRange", { min: valueText(r.minIndex), max: valueText(r.maxIndex) })}
                </span>
              )}
            </span>
            <svg className="vc-track" width={trackW} height={ROW_H} aria-hidden="true">
              {ticks.map((t) => (
                <line key={t} className="vc-grid" x1={x(t)} x2={x(t)} y1={0} y2={ROW_H} />
              ))}
              {paths.map((d, i) => (d ? <path key={i} className={`vc-bin vc-bin--${i + 1}`} d={d} /> : null))}
            </svg>
          </div>
        );
      })}
      <div className="vc-row vc-axis" aria-hidden="true">
        {wide && <span className="vc-label" />}
        <svg className="vc-track" width={trackW} height={20}>
          <line className="vc-axis-line" x1={10} x2={trackW - 10} y1={0.5} y2={0.5} />
          {ticks.map((t) => (
            <g key={t} transform={`translate(${x(t)},0)`}>
              <line className="vc-tick" y1={0} y2={4} />
              <text y={15} textAnchor="middle">
                {formatTick(t)}
              </text>
            </g>
          ))}
        </svg>
      </div>
    </div>
  );
}
