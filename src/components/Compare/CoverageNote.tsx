import { useMemo } from "react";
import type { NormalizedDataset, NormalizedEvent } from "../../data/normalize";
import { useT } from "../../i18n/useT";

interface Coverage {
  from: number;
  to: number;
  sources: string[];
}

/**
 * The years and source documents behind one actor's events. Pure. One pass, years taken
 * from the extreme timestamps (a year is monotonic in time): no date object per event.
 */
export function actorCoverage(events: readonly NormalizedEvent[], actorId: string): Coverage | null {
  let lo = Infinity;
  let hi = -Infinity;
  const sources = new Set<string>();
  for (const e of events) {
    if (!e.actors.includes(actorId)) continue;
    if (e.start < lo) lo = e.start;
    if (e.stop - 1 > hi) hi = e.stop - 1;
    for (const s of e.sources) sources.add(s.source);
  }
  if (lo === Infinity) return null;
  return {
    from: new Date(lo).getUTCFullYear(),
    to: new Date(hi).getUTCFullYear(),
    sources: [...sources].sort(),
  };
}

/**
 * A fair-comparison caveat: when the two sides' events cover different years or
 * come from different documents, say so, so a gap is read as the sources' reach,
 * not as one country doing nothing.
 */
export function CoverageNote({
  ds,
  events,
  pair,
}: {
  ds: NormalizedDataset;
  events: readonly NormalizedEvent[];
  pair: readonly [string, string];
}) {
  const t = useT();
  // Memoised: the Compare view re-renders on every hover, and this walks every event.
  const [a, b] = useMemo(() => pair.map((id) => actorCoverage(events, id)), [events, pair]);
  if (!a || !b) return null;
  if (Math.abs(a.from - b.from) <= 5 && Math.abs(a.to - b.to) <= 5) return null;
  const name = (id: string) => ds.actorById.get(id)?.name ?? id;
  const docs = (c: Coverage) => c.sources.map((id) => ds.sourceById.get(id)?.title ?? id).join("; ");
  return (
    <p className="cmp-coverage">
      <strong>{t("coverage.care")}</strong>{" "}
      {t("coverage.text", {
        a: name(pair[0]),
        aFrom: a.from,
        aTo: a.to,
        b: name(pair[1]),
        bFrom: b.from,
        bTo: b.to,
      })}{" "}
      <span className="visually-hidden">
        {t("coverage.sources", { a: name(pair[0]), aDocs: docs(a), b: name(pair[1]), bDocs: docs(b) })}
      </span>
    </p>
  );
}
