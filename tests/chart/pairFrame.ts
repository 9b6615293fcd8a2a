/**
 * The small dataset frame the pair tests build their events in (tests/chart/pairs.test.ts and
 * pairIndex.test.ts): Japan, China and ASEAN, a trade and an aid category, one source.
 */
import { expect } from "vitest";
import { validateDataset } from "../../src/data/validate";
import { normalizeDataset, type NormalizedDataset } from "../../src/data/normalize";
import type { Dataset, TimelineEvent } from "../../src/data/schema";

export function pairDataset(events: TimelineEvent[]): NormalizedDataset {
  const ds: Dataset = {
    schemaVersion: 1,
    title: "t",
    actors: [
      { id: "japan", name: "Japan" },
      { id: "china", name: "China" },
      { id: "asean", name: "ASEAN" },
    ],
    categories: [
      { id: "trade", name: "Trade", dimension: "economy" },
      { id: "aid", name: "Aid", dimension: "aid" },
    ],
    sources: [{ id: "s", title: "S" }],
    eras: [],
    events,
  };
  const v = validateDataset(ds);
  expect(v.problems).toEqual([]);
  return normalizeDataset(v.dataset!);
}
