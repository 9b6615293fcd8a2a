import type { NormalizedDataset, NormalizedEvent } from "../../data/normalize";
import { useT } from "../../i18n/useT";

interface Coverage {
  from: number;
  to: number;
  sources: string[];
}

/** The years and source documents behind one actor's events. Pure. */
export function actorCoverage(events: readonly NormalizedEvent[], actorId: string): Coverage | null {
  const mine = events.filter((e) => e.actors.includes(actorId));
  if (mine.length === 0) return null;
  const sources = new Set<string>();
  for (const e of mine) for (const s of e.sources) sources.add(s.source);
  return {
    from: Math.min(...mine.map((e) => new Date(e.start).getUTCFullYear())),
    to: Math.max(...mine.map((e) => new Date(e.stop - 1).getUTCFullYear())),
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
  const [a, b] = pair.map((id) => actorCoverage(events, id));
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
