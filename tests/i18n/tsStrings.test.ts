// Interface text built in .ts modules (not components) follows the active language too.
import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../../src/i18n/i18n";
import { createTimelineStore } from "../../src/store/createTimelineStore";
import { selectLaneActors } from "../../src/store/selectors";
import { clusterAccessibleName } from "../../src/components/Timeline/eventName";
import { lagText, pairReason } from "../../src/chart/pairs";
import { smallDataset } from "../fixtures/small";

const dataset = smallDataset();

afterEach(async () => {
  await activateLocale("en");
});

describe("group lane name", () => {
  it("is the active language's, and changes when the language does (same store state)", async () => {
    const state = createTimelineStore({ dataset }).getState();
    const group = () => selectLaneActors(state).find((l) => l.id === "group-asean-member");
    expect(group()).toMatchObject({ name: "ASEAN member states", short: "ASEAN states" });
    await activateLocale("ja");
    expect(group()).toMatchObject({ name: "ASEAN加盟国", short: "ASEAN諸国" });
    await activateLocale("en");
    expect(group()!.name).toBe("ASEAN member states");
  });
});

describe("cluster accessible name", () => {
  const ids = dataset.events.slice(0, 2).map((e) => e.id);

  it("keeps its English wording", () => {
    expect(clusterAccessibleName(dataset, ids)).toMatch(
      / — 2 events grouped: .+\. Press Enter to zoom in\.$/,
    );
  });

  it("reads in Thai", async () => {
    await activateLocale("th");
    const name = clusterAccessibleName(dataset, ids);
    expect(name).toContain("รวม 2 เหตุการณ์: ");
    expect(name).toContain(dataset.events[0]!.title);
    expect(name).toMatch(/กด Enter เพื่อซูมเข้า$/);
    expect(name).not.toMatch(/events grouped|Press Enter/);
  });
});

describe("who moved first", () => {
  it("says how far apart in English and in Japanese", async () => {
    expect(lagText({ kind: "category", lagYears: 1 })).toBe("1 year later");
    expect(lagText({ kind: "category", lagYears: 4 })).toBe("4 years later");
    expect(lagText({ kind: "response", lagYears: -1 })).toBe("in response, dated 1 year earlier");
    expect(lagText({ kind: "response", lagYears: 0 })).toBe("in response, the same year");
    await activateLocale("ja");
    expect(lagText({ kind: "category", lagYears: 4 })).toBe("4年後");
    expect(lagText({ kind: "response", lagYears: -1 })).toBe("応答として（日付は1年前）");
    const pair = { kind: "related", first: dataset.events[0]! } as Parameters<typeof pairReason>[0];
    expect(pairReason(pair, dataset)).toBe("データでは関連する出来事として結び付けられています。");
  });
});
