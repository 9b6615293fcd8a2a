import { useId } from "react";
import { DEFAULT_WINDOW_YEARS, lagText, yearOf, type EventPair } from "../../chart/pairs";
import type { NormalizedDataset } from "../../data/normalize";
import { ActorGlyph } from "../Timeline/ActorGlyph";
import { useT } from "../../i18n/useT";

interface Props {
  ds: NormalizedDataset;
  pairs: readonly EventPair[];
  sides: readonly [string, string];
  onOpenPair(key: string): void;
  onShowInTable(): void;
}

/** The pairs as a list beside the chart: the keyboard's and screen reader's way to the brackets. */
export function PairList({ ds, pairs, sides, onOpenPair, onShowInTable }: Props) {
  const headingId = useId();
  const t = useT();
  const name = (id: string) => ds.actorById.get(id)?.name ?? id;
  const sideOf = (ev: EventPair["first"]) => (ev.actors.includes(sides[0]) ? sides[0] : sides[1]);
  return (
    <section className="cmp-pairs" aria-labelledby={headingId}>
      <h2 id={headingId} className="cmp-pairs-title">
        {t("pairs.title")}
      </h2>
      <p className="cmp-pairs-intro">
        {t("pairs.intro", { a: name(sides[0]), b: name(sides[1]), years: DEFAULT_WINDOW_YEARS })}
      </p>
      {pairs.length === 0 ? (
        <p className="cmp-pairs-empty">{t("pairs.none")}</p>
      ) : (
        <>
          <ol className="cmp-pairs-list">
            {pairs.map((p) => (
              <li key={p.key}>
                <button
                  type="button"
                  className="cmp-pair-btn"
                  data-pair={p.key}
                  onClick={() => onOpenPair(p.key)}
                >
                  <span className="cmp-pair-ev">
                    <ActorGlyph actorId={sideOf(p.first)} size={12} /> {p.first.title} {yearOf(p.first)}
                  </span>
                  <span className="cmp-pair-ev">
                    → <ActorGlyph actorId={sideOf(p.second)} size={12} /> {p.second.title} {yearOf(p.second)}
                  </span>
                  <span className={`cmp-pair-lag cmp-pair-lag--${p.kind}`}>{lagText(p)}</span>
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="btn cmp-pairs-table" onClick={onShowInTable}>
            {t("pairs.showInTable", { count: new Set(pairs.flatMap((p) => [p.first.id, p.second.id])).size })}
          </button>
        </>
      )}
    </section>
  );
}
