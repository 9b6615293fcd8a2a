import { useLocale } from "../../i18n/useT";
import { useTimelineStore } from "../../store/TimelineStoreProvider";
import { selectDataset, selectFilteredEvents, selectLaneActors } from "../../store/selectors";
import { ActorGlyph } from "./ActorGlyph";
import { categoryColorVar } from "./palette";
import { t as tr } from "../../i18n/i18n";

/**
 * A compact key under the chart: the colours of the categories in view and the
 * shapes of the lanes' actors. Shown by CSS only where the filter panel (whose
 * swatches otherwise explain the colours) is hidden: embed, presentation, phones
 * and narrow screens.
 */
export function ChartKey() {
  const ds = useTimelineStore(selectDataset);
  const events = useTimelineStore(selectFilteredEvents);
  useLocale(); // a group lane's name is interface text: re-read the lanes when the language (or its catalog) arrives
  const lanes = useTimelineStore(selectLaneActors);
  if (!ds) return null;
  // Re-read on every committed zoom: stop as soon as every category has been seen (at once, mostly).
  const used = new Set<string>();
  for (const e of events) {
    used.add(e.category);
    if (used.size === ds.categories.length) break;
  }
  const cats = ds.categories.filter((c) => used.has(c.id));
  return (
    // On phones and in embeds the key is one line that scrolls sideways: focusable, so keys can scroll it.
    <div className="chart-key" role="group" aria-label={tr("chartKey.label")} tabIndex={0}>
      <ul className="chart-key-list" aria-label={tr("chartKey.categories")}>
        {cats.map((c) => (
          <li key={c.id}>
            <span className="swatch" style={{ background: categoryColorVar(ds, c.id) }} aria-hidden="true" />
            {c.name}
          </li>
        ))}
      </ul>
      <ul className="chart-key-list chart-key-shapes" aria-label={tr("legend.shapes")}>
        {lanes.map((l) => (
          <li key={l.id}>
            <ActorGlyph actorId={l.id} size={11} />
            {l.short}
          </li>
        ))}
      </ul>
    </div>
  );
}
