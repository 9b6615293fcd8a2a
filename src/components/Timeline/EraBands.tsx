import { RowOccupancy } from "../../chart/declutter";
import type { NormalizedEra } from "../../data/normalize";

interface Props {
  eras: readonly NormalizedEra[];
  x: (t: number) => number;
  width: number;
  top: number;
  height: number;
  measure: (s: string) => number;
}

/**
 * Era bands behind the lanes (from data, never hard-coded). Labels sit in one row
 * at the top; a label may run past a narrow band but never over another label.
 */
export function EraBands({ eras, x, width, top, height, measure }: Props) {
  const row = new RowOccupancy();
  return (
    <g className="eras">
      {eras.map((era) => {
        const x0 = x(era.start);
        const w = Math.max(0, x(era.stop) - x0);
        const lw = measure(era.label);
        // Label at the band's start, else ending at the band's end, else nowhere.
        const candidates = [Math.max(x0, 0) + 4, Math.min(x0 + w, width) - 4 - lw];
        const lx = candidates.find(
          (c) => x0 + w > 0 && x0 < width && c >= 0 && c + lw <= width && row.fits(c - 6, c + lw + 6),
        );
        const show = lx !== undefined;
        if (show) row.add(lx - 6, lx + lw + 6);
        return (
          <g key={era.id}>
            <rect
              className="era"
              data-t={era.start}
              data-t1={era.stop}
              x={x0}
              width={w}
              y={top}
              height={height}
            >
              <title>{era.label}</title>
            </rect>
            {show && (
              <text
                className="era-label"
                data-t={era.start}
                data-y={top + 13}
                transform={`translate(${x0},${top + 13})`}
                dx={lx! - x0}
              >
                {era.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
