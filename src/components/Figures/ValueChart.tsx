import { useMemo, useRef } from "react";
import { useElementSize } from "../../hooks/useElementSize";
import type { NormalizedDataset } from "../../data/normalize";
import { actorShape, categoryIndex, shapePath } from "../Timeline/palette";
import { valueScale } from "./valueScale";

export interface ValueRow {
  key: string;
  eventId: string;
  /** When, as the row's first words ("2003", "1969–2005"). */
  when: string;
  label: string;
  actorId: string;
  categoryId: string;
  value: number;
  /** The value in words, as labelled on the chart ("US$3 billion", "93%"). */
  valueText: string;
}

interface Props {
  ds: NormalizedDataset;
  rows: readonly ValueRow[];
  scaleType: "linear" | "log";
  /** Header of the row labels, e.g. "Event, by date". */
  rowsLabel: string;
  /** Axis title, e.g. "US dollars, log scale". */
  axisLabel: string;
  formatTick(v: number): string;
  onOpen(id: string): void;
}

export const WIDE = 520;
const R = 6;

/**
 * One row per value, labelled with the value in words. Linear: bars from zero.
 * Log (values spanning orders of magnitude): dots only, since a bar's length means
 * nothing on a log axis. Marks are focusable and open their event.
 */
export function ValueChart({ ds, rows, scaleType, rowsLabel, axisLabel, formatTick, onOpen }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(ref);
  const wide = width >= WIDE;
  const labelW = wide ? Math.min(260, Math.round(width * 0.42)) : 0;
  const trackW = Math.max(100, width - labelW);
  const valueW = Math.max(...rows.map((r) => r.valueText.length), 4) * 7 + 14;
  const actorIndex = useMemo(() => new Map(ds.actors.map((a, i) => [a.id, i])), [ds]);

  const { x, ticks } = useMemo(
    () =>
      valueScale(
        rows.map((r) => r.value),
        scaleType,
        [10, Math.max(40, trackW - valueW)],
        trackW,
      ),
    [rows, scaleType, trackW, valueW],
  );
  const x0 = 10;

  return (
    <div
      ref={ref}
      className={`vc${wide ? " is-wide" : ""}`}
      role="group"
      aria-label={`${rowsLabel}; ${axisLabel}`}
      style={{ ["--vc-label" as string]: `${labelW}px` }}
    >
      <div className="vc-row vc-head" aria-hidden="true">
        {wide && <span className="vc-label vc-axis-title">{rowsLabel}</span>}
        <span className="vc-axis-title vc-axis-title--x">{axisLabel}</span>
      </div>
      {width > 0 &&
        rows.map((r) => {
          const shape = actorShape(r.actorId, actorIndex.get(r.actorId) ?? 0);
          const cx = x(r.value);
          const name = ds.actorById.get(r.actorId)?.name ?? r.actorId;
          return (
            <div key={r.key} className="vc-row">
              <span className="vc-label">
                <span className="vc-when">{r.when}</span> {r.label}
              </span>
              <svg className="vc-track" width={trackW} height={26}>
                {ticks.map((t) => (
                  <line key={t} className="vc-grid" x1={x(t)} x2={x(t)} y1={0} y2={26} />
                ))}
                <g
                  className="ev vc-mark"
                  role="button"
                  tabIndex={0}
                  data-event-id={r.eventId}
                  aria-label={`${r.when} — ${r.label}: ${r.valueText} (${name})`}
                  style={{ ["--c" as string]: `var(--cat-${categoryIndex(ds, r.categoryId)})` }}
                  onClick={() => onOpen(r.eventId)}
                  onKeyDown={(e) => {
                    if (e.key === "Enter" || e.key === " ") {
                      e.preventDefault();
                      onOpen(r.eventId);
                    }
                  }}
                >
                  {scaleType === "linear" && (
                    <rect className="vc-bar" x={x0} y={7} width={Math.max(1, cx - x0)} height={12} rx={2} />
                  )}
                  <path
                    className={`mark mark--${shape}`}
                    d={shapePath(shape, R)}
                    transform={`translate(${cx},13)`}
                  />
                  <text className="vc-value" x={cx + R + 5} y={13} dy="0.35em">
                    {r.valueText}
                  </text>
                  <rect
                    className="vc-hit"
                    x={0}
                    y={0}
                    width={Math.min(trackW, cx + R + 5 + r.valueText.length * 7)}
                    height={26}
                  />
                </g>
              </svg>
            </div>
          );
        })}
      <div className="vc-row vc-axis" aria-hidden="true">
        {wide && <span className="vc-label" />}
        <svg className="vc-track" width={trackW} height={20}>
          <line className="vc-axis-line" x1={x0} x2={trackW - valueW} y1={0.5} y2={0.5} />
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
