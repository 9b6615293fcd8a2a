import { useMemo } from "react";
import type { ScaleTime } from "d3-scale";
import type { EventPair } from "../../chart/pairs";
import { pairLabel } from "../../chart/pairs";
import type { NormalizedDataset } from "../../data/normalize";
import { actorShape, shapePath } from "../Timeline/palette";
import { useT } from "../../i18n/useT";

const ROW_H = 34;
/**
 * Rows of brackets drawn: past it, pairs are counted, not drawn (the list beside the
 * chart has them all). At 100,000 events the full range holds about 11,000 pairs, which
 * would be hundreds of rows and tens of thousands of SVG elements.
 */
export const MAX_BRACKET_ROWS = 12;
const PAD = 6;
const FONT = 12;

/** The words on a bracket: short, the list beside the chart says the rest. */
export function bracketText(p: Pick<EventPair, "kind" | "lagYears">): string {
  if (p.kind === "response") return "in response";
  const n = Math.abs(p.lagYears);
  return n === 0 ? "same year" : `${n} year${n === 1 ? "" : "s"} later`;
}

interface Placed {
  pair: EventPair;
  x1: number;
  x2: number;
  row: number;
  labelX: number;
  anchor: "middle" | "start" | "end";
  /** The bracket's extent with its label. */
  left: number;
  right: number;
}

/**
 * Brackets in rows so that no two (with their labels) overlap, at most `maxRows` rows:
 * a bracket that fits in none of them is counted in `hidden`. Pure given the scale.
 */
export function placeBrackets(
  pairs: readonly EventPair[],
  x: (t: number) => number,
  width: number,
  textWidth: (s: string) => number,
  maxRows = Infinity,
): { placed: Placed[]; rows: number; hidden: number } {
  let hidden = 0;
  const rowsEnd: number[] = [];
  const placed: Placed[] = [];
  const order = [...pairs].sort(
    (a, b) =>
      Math.min(a.first.start, a.second.start) - Math.min(b.first.start, b.second.start) ||
      (a.key < b.key ? -1 : 1),
  );
  for (const pair of order) {
    const x1 = x(pair.first.start);
    const x2 = x(pair.second.start);
    const lo = Math.min(x1, x2);
    const hi = Math.max(x1, x2);
    const w = textWidth(bracketText(pair));
    let labelX = (lo + hi) / 2;
    let anchor: Placed["anchor"] = "middle";
    let left = lo - PAD;
    let right = hi + PAD;
    if (hi - lo < w + 24) {
      // Too narrow for the words above it: beside the bracket, on whichever side has room.
      if (hi + 8 + w <= width) {
        labelX = hi + 8;
        anchor = "start";
        right = labelX + w + PAD;
      } else {
        labelX = lo - 8;
        anchor = "end";
        left = labelX - w - PAD;
      }
    }
    let row = rowsEnd.findIndex((end) => end <= left);
    if (row < 0 && rowsEnd.length >= maxRows) {
      hidden++;
      continue;
    }
    if (row < 0) row = rowsEnd.push(right) - 1;
    else rowsEnd[row] = right;
    placed.push({ pair, x1, x2, row, labelX, anchor, left, right });
  }
  return { placed, rows: rowsEnd.length, hidden };
}

interface Props {
  ds: NormalizedDataset;
  pairs: readonly EventPair[];
  sides: readonly [string, string];
  scale: ScaleTime<number, number>;
  width: number;
  onOpenPair(key: string): void;
  onPreviewPair(key: string | null): void;
  /** Zoom the shared axis to the pairs' years (offered when brackets are cramped). */
  onZoomToPairs?(): void;
}

/**
 * "Who moved first": one bracket per pair under the bands, on the same time axis,
 * from the first event to the second, with the lag. Each bracket is a button that
 * opens both events.
 */
export function PairBrackets({
  ds,
  pairs,
  sides,
  scale,
  width,
  onOpenPair,
  onPreviewPair,
  onZoomToPairs,
}: Props) {
  const actorIndex = useMemo(() => new Map(ds.actors.map((a, i) => [a.id, i])), [ds]);
  const { placed, rows, hidden } = useMemo(
    () =>
      placeBrackets(
        pairs,
        (t) => scale(t),
        width,
        (s) => s.length * FONT * 0.56,
        MAX_BRACKET_ROWS,
      ),
    [pairs, scale, width],
  );
  const height = Math.max(1, rows) * ROW_H + 4;
  // Cramped: a year narrower than a bracket's label would need to sit above it.
  const yearPx = Math.abs(scale(Date.UTC(2001, 0, 1)) - scale(Date.UTC(2000, 0, 1)));
  const t = useT();
  const sideOf = (p: EventPair, which: "first" | "second") =>
    p[which].actors.includes(sides[0]) ? sides[0] : sides[1];

  return (
    <div className="cmp-row cmp-band cmp-pairs-band">
      <div className="cmp-label">
        <span className="cmp-dim-pairs">{t("pairs.title")}</span>
        <span className="cmp-counts">{t("pairs.count", { count: pairs.length })}</span>
        {hidden > 0 && <span className="cmp-counts">{t("compare.tooDense", { count: hidden })}</span>}
        {onZoomToPairs && yearPx < 30 && (
          <button type="button" className="btn cmp-pairs-zoom" onClick={onZoomToPairs}>
            {t("pairs.zoom")}
          </button>
        )}
      </div>
      <svg className="cmp-track" width={width} height={height}>
        <title>{t("pairs.svgTitle", { count: pairs.length })}</title>
        {placed.map(({ pair, x1, x2, row, labelX, anchor, left, right }) => {
          const y = row * ROW_H + 24;
          const a = sideOf(pair, "first");
          const b = sideOf(pair, "second");
          const dir = x2 >= x1 ? 1 : -1;
          return (
            <g
              key={pair.key}
              className={`pair pair--${pair.kind}`}
              data-pair={pair.key}
              role="button"
              tabIndex={0}
              aria-label={t("pairs.bracketLabel", { label: pairLabel(pair) })}
              onClick={() => onOpenPair(pair.key)}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  onOpenPair(pair.key);
                }
              }}
              onMouseEnter={() => onPreviewPair(pair.key)}
              onMouseLeave={() => onPreviewPair(null)}
              onFocus={() => onPreviewPair(pair.key)}
              onBlur={() => onPreviewPair(null)}
            >
              {/* A generous invisible hit area: brackets are thin. */}
              <rect className="pair-hit" x={left} y={y - 22} width={right - left} height={ROW_H - 2} />
              <path className="pair-line" d={`M${x1},${y - 7}V${y}H${x2}V${y - 7}`} />
              <path
                className="pair-arrow"
                d={`M${x2 - dir * 6},${y - 4}L${x2},${y}L${x2 - dir * 6},${y + 4}`}
              />
              <path
                className="pair-end"
                d={shapePath(actorShape(a, actorIndex.get(a) ?? 0), 4)}
                transform={`translate(${x1},${y - 11})`}
              />
              <path
                className="pair-end"
                d={shapePath(actorShape(b, actorIndex.get(b) ?? 0), 4)}
                transform={`translate(${x2},${y - 11})`}
              />
              <text
                className="pair-text"
                x={labelX}
                y={anchor === "middle" ? y - 6 : y + 4}
                textAnchor={anchor}
              >
                {bracketText(pair)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
