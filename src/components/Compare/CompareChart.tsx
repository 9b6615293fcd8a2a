import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import type { ScaleTime } from "d3-scale";
import type { CompareRow } from "../../chart/aggregate";
import { stackMarks } from "../../chart/stackMarks";
import type { Tick } from "../../chart/ticks";
import type { NormalizedDataset } from "../../data/normalize";
import { actorShape, categoryIndex, shapePath } from "../Timeline/palette";
import { eventAccessibleName } from "../Timeline/eventName";
import type { EventPair } from "../../chart/pairs";
import { PairBrackets } from "./PairBrackets";
import { useT } from "../../i18n/useT";
import { dimName } from "../../i18n/i18n";

const R = 5;
const ROW_H = 14;
/** Rows of marks a lane may stack: past it, events are counted, not drawn (the chart stays light at 100,000 events). */
const MAX_ROWS = 12;
const LANE_PAD = 5;
const GUTTER = 22;

interface Props {
  ds: NormalizedDataset;
  rows: readonly CompareRow[];
  pair: readonly [string, string];
  scale: ScaleTime<number, number>;
  ticks: readonly Tick[];
  width: number;
  selectedId: string | null;
  onOpen(id: string): void;
  onPreview(id: string | null): void;
  /** "Who moved first" pairs, drawn as brackets under the bands. */
  pairs?: readonly EventPair[];
  onOpenPair?(key: string): void;
  onPreviewPair?(key: string | null): void;
  onZoomToPairs?(): void;
}

interface Mark {
  key: string;
  eventId: string;
  lane: number;
  x: number;
  x2: number;
  y: number;
  span: boolean;
  primary: boolean;
}

interface Lane {
  index: number;
  actorId: string;
  top: number;
  height: number;
  count: number;
  /** Events too dense to draw as marks (past MAX_ROWS): counted, not drawn. */
  hidden: number;
}

interface Band {
  row: CompareRow;
  height: number;
  lanes: Lane[];
  marks: Mark[];
}

/**
 * Two actors on one time axis, one band per dimension: the first actor above the
 * band's midline, the second below. Marks are the timeline's (shape = actor,
 * colour = category, a bar for a span), focusable with a roving tab stop.
 */
export function CompareChart({
  ds,
  rows,
  pair,
  scale,
  ticks,
  width,
  selectedId,
  onOpen,
  onPreview,
  pairs = [],
  onOpenPair = () => {},
  onPreviewPair = () => {},
  onZoomToPairs,
}: Props) {
  const actorIndex = useMemo(() => new Map(ds.actors.map((a, i) => [a.id, i])), [ds]);

  const bands = useMemo((): Band[] => {
    const seen = new Set<string>();
    return rows.map((row, ri) => {
      let top = 0;
      const lanes: Lane[] = [];
      const marks: Mark[] = [];
      row.cells.forEach((cell, side) => {
        const laneIndex = ri * 2 + side;
        const stacked = stackMarks(
          cell.events.map((ev) => ({
            eventId: ev.id,
            x1: scale(ev.start),
            x2: ev.isSpan ? scale(ev.stop) : scale(ev.start),
          })),
          R,
          undefined,
          MAX_ROWS,
        );
        const height = Math.max(1, stacked.rows) * ROW_H + 2 * LANE_PAD;
        for (const m of stacked.marks) {
          const ev = ds.eventById.get(m.eventId)!;
          const primary = !seen.has(m.eventId);
          seen.add(m.eventId);
          marks.push({
            key: `${laneIndex}:${m.eventId}`,
            eventId: m.eventId,
            lane: laneIndex,
            x: m.x1,
            x2: m.x2,
            y: top + LANE_PAD + m.row * ROW_H + ROW_H / 2,
            span: ev.isSpan,
            primary,
          });
        }
        lanes.push({
          index: laneIndex,
          actorId: cell.actorId,
          top,
          height,
          count: cell.events.length,
          hidden: stacked.hidden,
        });
        top += height;
      });
      return { row, height: top, lanes, marks };
    });
  }, [rows, scale, ds]);

  // Navigation order: by lane, then x, then y.
  const nav = useMemo(
    () => bands.flatMap((b) => [...b.marks].sort((a, c) => a.lane - c.lane || a.x - c.x || a.y - c.y)),
    [bands],
  );
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const active =
    activeKey && nav.some((m) => m.key === activeKey)
      ? activeKey
      : (nav.find((m) => m.eventId === selectedId)?.key ?? nav[0]?.key ?? null);

  const root = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    root.current?.querySelector<SVGGElement>(`[data-key="${CSS.escape(pendingFocus.current)}"]`)?.focus();
    pendingFocus.current = null;
  });

  const moveTo = (m: Mark | undefined) => {
    if (!m) return;
    setActiveKey(m.key);
    pendingFocus.current = m.key;
    onPreview(m.eventId);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const target = (e.target as Element).closest<SVGGElement>("[data-key]");
    if (!target) return;
    const cur = nav.find((m) => m.key === target.dataset.key);
    if (!cur) return;
    const inLane = (lane: number) => nav.filter((m) => m.lane === lane);
    const nearest = (lane: number) =>
      inLane(lane).reduce<Mark | undefined>(
        (best, m) => (!best || Math.abs(m.x - cur.x) < Math.abs(best.x - cur.x) ? m : best),
        undefined,
      );
    const lanes = [...new Set(nav.map((m) => m.lane))];
    const li = lanes.indexOf(cur.lane);
    const same = inLane(cur.lane);
    const i = same.indexOf(cur);
    let next: Mark | undefined;
    switch (e.key) {
      case "ArrowRight":
        next = same[i + 1];
        break;
      case "ArrowLeft":
        next = same[i - 1];
        break;
      case "ArrowDown":
        next = li < lanes.length - 1 ? nearest(lanes[li + 1]!) : undefined;
        break;
      case "ArrowUp":
        next = li > 0 ? nearest(lanes[li - 1]!) : undefined;
        break;
      case "Home":
        next = same[0];
        break;
      case "End":
        next = same[same.length - 1];
        break;
      case "Enter":
      case " ":
        e.preventDefault();
        onOpen(cur.eventId);
        return;
      default:
        return;
    }
    e.preventDefault();
    moveTo(next);
  };

  const onClick = (e: MouseEvent) => {
    const g = (e.target as Element).closest<SVGGElement>("[data-key]");
    if (!g) return;
    setActiveKey(g.dataset.key!);
    onOpen(g.dataset.eventId!);
  };

  const x0 = GUTTER;
  const actorName = (id: string) => ds.actorById.get(id)?.name ?? id;
  const t = useT();

  return (
    <div
      ref={root}
      className="cmp-chart"
      role="group"
      aria-label={t("compare.chartLabel", { a: actorName(pair[0]), b: actorName(pair[1]) })}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onMouseOver={(e) => {
        const g = (e.target as Element).closest<SVGGElement>("[data-key]");
        if (g) onPreview(g.dataset.eventId!);
      }}
      onFocus={(e) => {
        const g = (e.target as Element).closest<SVGGElement>("[data-key]");
        if (g) onPreview(g.dataset.eventId!);
      }}
    >
      <div className="cmp-row cmp-row--axis" aria-hidden="true">
        <div className="cmp-label" />
        <svg className="cmp-track cmp-axis" width={width} height={24}>
          {ticks.map((tk) => (
            <g
              key={tk.value}
              transform={`translate(${tk.x},0)`}
              className={tk.major ? "tick tick--major" : "tick"}
            >
              <line className="tick-mark" y1={18} y2={24} />
              <text y={13} textAnchor="middle">
                {tk.label}
              </text>
            </g>
          ))}
        </svg>
      </div>
      {bands.map((b, bi) => (
        <div key={b.row.dimension.id} className={`cmp-row cmp-band cmp-band--${bi % 2}`}>
          <div className="cmp-label">
            <span className="cmp-dim">{dimName(b.row.dimension.id)}</span>
            <span className="cmp-counts">
              {b.lanes
                .map((l) => `${ds.actorById.get(l.actorId)?.short ?? actorName(l.actorId)} ${l.count}`)
                .join(" · ")}
            </span>
            {b.lanes.some((l) => l.hidden > 0) && (
              <span className="cmp-counts">
                {t("compare.tooDense", { count: b.lanes.reduce((n, l) => n + l.hidden, 0) })}
              </span>
            )}
          </div>
          <svg className="cmp-track" width={width} height={b.height}>
            <title>{`${dimName(b.row.dimension.id)}: ${b.lanes.map((l) => `${actorName(l.actorId)} ${l.count}`).join(", ")}`}</title>
            {ticks.map((tk) => (
              <line
                key={tk.value}
                className={tk.major ? "cmp-grid cmp-grid--major" : "cmp-grid"}
                x1={tk.x}
                x2={tk.x}
                y1={0}
                y2={b.height}
              />
            ))}
            {b.lanes.map((l, side) => {
              const shape = actorShape(l.actorId, actorIndex.get(l.actorId) ?? 0);
              return (
                <g key={l.index} className={`cmp-lane cmp-lane--${side}`}>
                  {side === 1 && <line className="cmp-mid" x1={0} x2={width} y1={l.top} y2={l.top} />}
                  <path
                    className={shape === "ring" ? "cmp-glyph cmp-glyph--ring" : "cmp-glyph"}
                    d={shapePath(shape, 4.5)}
                    transform={`translate(${x0 / 2},${l.top + l.height / 2})`}
                  />
                </g>
              );
            })}
            <g className="marks">
              {b.marks.map((m) => {
                const ev = ds.eventById.get(m.eventId)!;
                const actorId = b.lanes.find((l) => l.index === m.lane)!.actorId;
                const shape = actorShape(actorId, actorIndex.get(actorId) ?? 0);
                const selected = m.eventId === selectedId;
                return (
                  <g
                    key={m.key}
                    className={`ev ev--${selected ? "selected" : "default"} ev--imp${ev.importance}${ev.amount ? " ev--amount" : ""}`}
                    data-key={m.key}
                    data-event-id={m.eventId}
                    data-primary={m.primary ? "true" : "false"}
                    transform={`translate(${m.x},${m.y})`}
                    role="button"
                    tabIndex={m.key === active ? 0 : -1}
                    aria-label={eventAccessibleName(ds, ev)}
                    aria-pressed={selected}
                    style={{ ["--c" as string]: `var(--cat-${categoryIndex(ds, ev.category)})` }}
                  >
                    {m.span && (
                      <rect
                        className="span-bar"
                        x={0}
                        y={-R + 1}
                        height={2 * R - 2}
                        width={Math.max(2, m.x2 - m.x)}
                        rx={3}
                      />
                    )}
                    {ev.amount && !m.span && <circle className="amount-ring" r={R + 3} />}
                    <path className={`mark mark--${shape}`} d={shapePath(shape, m.span ? R * 0.85 : R)} />
                  </g>
                );
              })}
            </g>
          </svg>
        </div>
      ))}
      {pairs.length > 0 && (
        <PairBrackets
          ds={ds}
          pairs={pairs}
          sides={pair}
          scale={scale}
          width={width}
          onOpenPair={onOpenPair}
          onPreviewPair={onPreviewPair}
          {...(onZoomToPairs ? { onZoomToPairs } : {})}
        />
      )}
    </div>
  );
}
