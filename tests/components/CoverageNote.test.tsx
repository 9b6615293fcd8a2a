import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import fc from "fast-check";
import raw from "../../data/events.json";
import { validateDataset } from "../../src/data/validate";
import { normalizeDataset } from "../../src/data/normalize";
import { actorCoverage, CoverageNote } from "../../src/components/Compare/CoverageNote";

const ds = normalizeDataset(validateDataset(raw).dataset!);

describe("CoverageNote", () => {
  it("computes the years and documents behind an actor's events", () => {
    const china = actorCoverage(ds.events, "china")!;
    expect(china.sources).toContain("soft-power-asean-2009");
    expect(china.from).toBe(1980);
    expect(china.to).toBe(2009);
    const japan = actorCoverage(ds.events, "japan")!;
    expect(japan.sources.length).toBe(2);
    expect(japan.to).toBe(2023);
  });

  it("warns when Japan's and China's events cover different years", () => {
    render(<CoverageNote ds={ds} events={ds.events} pair={["japan", "china"]} />);
    expect(screen.getByText(/Read with care/).parentElement).toHaveTextContent(
      /Japan’s events here run \d{4}–2023, China’s 1980–2009\. A quiet stretch may mean the sources are silent/,
    );
  });

  it("says nothing when both sides are covered alike", () => {
    const { container } = render(<CoverageNote ds={ds} events={ds.events} pair={["japan", "japan"]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe("actorCoverage in one pass", () => {
  it("gives the years and sources of the plain definition, for any subset and actor (property)", () => {
    const plain = (events: typeof ds.events, actorId: string) => {
      const mine = events.filter((e) => e.actors.includes(actorId));
      if (mine.length === 0) return null;
      return {
        from: Math.min(...mine.map((e) => new Date(e.start).getUTCFullYear())),
        to: Math.max(...mine.map((e) => new Date(e.stop - 1).getUTCFullYear())),
        sources: [...new Set(mine.flatMap((e) => e.sources.map((s) => s.source)))].sort(),
      };
    };
    fc.assert(
      fc.property(
        fc.subarray(ds.events),
        fc.constantFrom(...ds.actors.map((a) => a.id)),
        (events, actorId) => {
          expect(actorCoverage(events, actorId)).toEqual(plain(events, actorId));
        },
      ),
      { numRuns: 100 },
    );
  });
});
