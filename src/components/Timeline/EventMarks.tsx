import { memo } from "react";
import type { PlacedCluster, PlacedItem } from "../../chart/place";
import type { NormalizedDataset } from "../../data/normalize";
import { actorShape, categoryIndex, shapePath } from "./palette";
import { clusterAccessibleName, eventAccessibleName } from "./eventName";

export type Emphasis = "default" | "hovered" | "selected" | "muted" | "highlighted";

interface Props {
  ds: NormalizedDataset;
  items: readonly PlacedItem[];
  clusters: readonly PlacedCluster[];
  selectedId: string | null;
  /** Events a story step points at; others are muted while it is set. */
  highlighted: ReadonlySet<string> | null;
  /** The key that holds the chart's single tab stop. */
  activeKey: string | null;
  markRadius: number;
  /** Height of a span's bar: tall enough to hold its label inside. */
  barHeight: number;
}

function emphasisOf(
  id: string,
  selectedId: string | null,
  highlighted: ReadonlySet<string> | null,
): Emphasis {
  if (id === selectedId) return "selected";
  if (highlighted) return highlighted.has(id) ? "highlighted" : "muted";
  return "default";
}

/**
 * Stateless: placed items and clusters → SVG. Every drawn event is a focusable
 * element with `data-event-id` and a name that begins with its date. Interaction
 * is delegated to the container (one listener, not one per mark).
 */
export const EventMarks = memo(function EventMarks({
  ds,
  items,
  clusters,
  selectedId,
  highlighted,
  activeKey,
  markRadius: r,
  barHeight,
}: Props) {
  const actorIndex = new Map(ds.actors.map((a, i) => [a.id, i]));
  return (
    <g className="marks">
      {items.map((it) => {
        const ev = ds.eventById.get(it.eventId)!;
        const emphasis = emphasisOf(it.eventId, selectedId, highlighted);
        const shape = actorShape(it.laneId, actorIndex.get(it.laneId) ?? 0);
        const cat = categoryIndex(ds, ev.category);
        const isSpan = it.kind === "span";
        return (
          <g
            key={it.key}
            className={`ev ev--${emphasis} ev--imp${ev.importance}${ev.amount ? " ev--amount" : ""}`}
            data-key={it.key}
            data-event-id={it.eventId}
            data-primary={it.primary ? "true" : "false"}
            data-t={it.t0}
            data-y={it.y}
            {...(isSpan ? { "data-t1": it.t1 } : {})}
            transform={`translate(${it.x},${it.y})`}
            role="button"
            tabIndex={it.key === activeKey ? 0 : -1}
            aria-label={eventAccessibleName(ds, ev)}
            aria-pressed={it.eventId === selectedId}
            style={{ ["--c" as string]: `var(--cat-${cat})` }}
          >
            {isSpan && (
              <rect
                className="span-bar"
                x={0}
                y={-barHeight / 2}
                height={barHeight}
                width={Math.max(2, it.x2 - it.x)}
                rx={3}
              />
            )}
            {ev.amount && !isSpan && <circle className="amount-ring" r={r + 3.5} />}
            <path className={`mark mark--${shape}`} d={shapePath(shape, isSpan ? r * 0.85 : r)} />
            {it.label && (
              // A label shortened to fit ends in whole words and "…" (chart/truncate.ts), so what
              // it shows is part of the mark's accessible name, word for word.
              <text
                className={`label${it.labelInside ? " label--inside" : ""}`}
                x={it.labelDx}
                dy="0.35em"
                textAnchor={it.labelAnchor}
              >
                {it.label}
              </text>
            )}
          </g>
        );
      })}
      {clusters.map((c) => {
        const label = `+${c.eventIds.length}`;
        const w = 14 + 7 * String(c.eventIds.length).length;
        return (
          <g
            key={c.key}
            className="cluster"
            data-key={c.key}
            data-cluster={c.eventIds.join(" ")}
            data-t={c.t}
            data-y={c.y}
            transform={`translate(${c.x},${c.y})`}
            role="button"
            tabIndex={c.key === activeKey ? 0 : -1}
            aria-label={clusterAccessibleName(ds, c.eventIds)}
          >
            <rect x={-w / 2} y={-9} width={w} height={18} rx={9} />
            <text dy="0.35em" textAnchor="middle">
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
});
