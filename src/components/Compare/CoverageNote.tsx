import type { NormalizedDataset, NormalizedEvent } from "../../data/normalize";

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
  const [a, b] = pair.map((id) => actorCoverage(events, id));
  if (!a || !b) return null;
  if (Math.abs(a.from - b.from) <= 5 && Math.abs(a.to - b.to) <= 5) return null;
  const name = (id: string) => ds.actorById.get(id)?.name ?? id;
  const docs = (c: Coverage) => c.sources.map((id) => ds.sourceById.get(id)?.title ?? id).join("; ");
  return (
    <p className="cmp-coverage">
      <strong>Read with care:</strong> {name(pair[0])}’s events here run {a.from}–{a.to}, {name(pair[1])}’s{" "}
      {b.from}–{b.to}. A quiet stretch may mean the sources are silent, not that nothing happened.{" "}
      <span className="visually-hidden">
        Sources: {name(pair[0])}, {docs(a)}. {name(pair[1])}, {docs(b)}.
      </span>
    </p>
  );
}
