import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset } from "../../store/selectors";
import { ActorGlyph } from "./ActorGlyph";
import { t as tr } from "../../i18n/i18n";

/** More than this many lanes would crowd the chart's header; the lanes name themselves anyway. */
const MAX_SHOWN = 10;

/**
 * What the shapes mean, built from the loaded actors (colours are explained by the category
 * filter's swatches). The "has an amount" mark is a ring drawn around a mark, and no actor
 * is ever given the ring as its shape (palette.ts), so the two cannot be confused.
 */
export function Legend({ lanes }: { lanes: readonly { id: string; name: string; short: string }[] }) {
  const ds = useTimelineStore(selectDataset);
  // Lanes that stand for one actor; a lane grouping several (e.g. "ASEAN members") has no single shape.
  const actors = lanes.filter((l) => ds?.actorById.has(l.id));
  const shown = actors.slice(0, MAX_SHOWN);
  const more = actors.length - shown.length;
  const hasAmounts = ds?.events.some((e) => e.amount) ?? true;
  return (
    <ul className="legend" aria-label={tr("legend.shapes")}>
      {shown.map((l) => (
        <li key={l.id}>
          <ActorGlyph actorId={l.id} size={12} /> {l.short}
        </li>
      ))}
      {more > 0 && <li>{tr("legend.more", { count: more })}</li>}
      {hasAmounts && (
        <li>
          <svg width="16" height="14" viewBox="-8 -7 16 14" aria-hidden="true">
            <circle r="5.5" className="legend-ring" />
            <circle r="2" className="glyph-fill" />
          </svg>{" "}
          {tr("legend.amount")}
        </li>
      )}
    </ul>
  );
}
