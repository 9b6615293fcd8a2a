import { binLabel, type BinnedCounts } from "../../chart/aggregate";
import { t as tr } from "../../i18n/i18n";
import { dimName } from "../../i18n/i18n";

interface Props {
  actorName: string;
  counts: BinnedCounts;
  /** Largest count across every actor's grid, so shades compare across actors. */
  max: number;
}

/** Shade level 0–4: fixed steps (not a continuous ramp) keep text contrast in every theme. */
export function shadeLevel(n: number, max: number): number {
  if (n <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((n / max) * 4)));
}

/**
 * Counts of events per dimension (rows) per five-year period (columns) for one
 * actor, every count written in its cell. A grid of text, read as an image; the
 * "show as table" alternative gives the same numbers as a real table.
 */
export function BinHeatmap({ actorName, counts, max }: Props) {
  const total = counts.rows.reduce((n, r) => n + r.counts.reduce((a, b) => a + b, 0), 0);
  let best = { n: 0, label: "" };
  for (const r of counts.rows)
    r.counts.forEach((n, i) => {
      if (n > best.n)
        best = { n, label: `${dimName(r.dimension.id)}, ${binLabel(counts.bins[i]!, counts.size)}` };
    });
  return (
    <div className="hm">
      <p className="hm-actor">{actorName}</p>
      {/* Focusable so keyboard users can scroll it sideways on narrow screens. */}
      <div
        className="hm-scroll"
        tabIndex={0}
        role="region"
        aria-label={tr("heat.region", { actor: actorName })}
      >
        <div
          className="hm-grid"
          role="img"
          aria-label={tr(best.n ? "heat.imgMost" : "heat.img", {
            actor: actorName,
            count: total,
            where: best.label,
            n: best.n,
          })}
          style={{
            gridTemplateColumns: `minmax(8.5rem, 12rem) repeat(${counts.bins.length}, minmax(1.9rem, 1fr))`,
          }}
        >
          <span className="hm-corner">{tr("dimension")}</span>
          {counts.bins.map((b) => (
            <span key={b} className="hm-col" title={binLabel(b, counts.size)}>
              {b}
            </span>
          ))}
          {counts.rows.map((r) => (
            <div key={r.dimension.id} className="hm-line">
              <span className="hm-row">{dimName(r.dimension.id)}</span>
              {r.counts.map((n, i) => (
                <span key={i} className={`hm-cell hm-cell--${shadeLevel(n, max)}`}>
                  {n > 0 ? n : ""}
                </span>
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
