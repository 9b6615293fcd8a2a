import { ActorGlyph } from "./ActorGlyph";
import { t as tr } from "../../i18n/i18n";

/** What the shapes mean (colours are explained by the category filter's swatches). */
export function Legend({ lanes }: { lanes: readonly { id: string; name: string; short: string }[] }) {
  const shown = lanes.filter((l) =>
    ["japan", "china", "south-korea", "apt", "asean", "united-states"].includes(l.id),
  );
  return (
    <ul className="legend" aria-label={tr("legend.shapes")}>
      {shown.map((l) => (
        <li key={l.id}>
          <ActorGlyph actorId={l.id} size={12} /> {l.short}
        </li>
      ))}
      <li>
        <svg width="16" height="14" viewBox="-8 -7 16 14" aria-hidden="true">
          <circle r="5.5" className="legend-ring" />
          <circle r="3" className="glyph-fill" />
        </svg>{" "}
        {tr("legend.amount")}
      </li>
    </ul>
  );
}
