// @vitest-environment node
import { describe, expect, it } from "vitest";
import { APP_NAME, datasetFacts, documentTitle, eventYears } from "../../src/components/Header/datasetFacts";
import { realDataset } from "./viewsFixture";

const Y = (y: number) => Date.UTC(y, 0, 1);

describe("dataset facts", () => {
  it("takes the years from the events, an end included", () => {
    expect(
      eventYears([
        { start: Y(1977), stop: Y(1978) },
        { start: Y(1999), stop: Y(2004) },
      ]),
    ).toEqual([1977, 2003]);
    expect(eventYears([])).toBeNull();
  });

  it("says what the built-in data covers, not a hard-coded 1977–2023", () => {
    const [first, last] = eventYears(realDataset.events)!;
    expect(first).toBeLessThan(1977);
    expect(last).toBe(2023);
    expect(datasetFacts(realDataset)).toBe(`${realDataset.events.length} events, ${first}–${last}`);
  });

  it("titles the page with the dataset's own title", () => {
    expect(documentTitle(realDataset)).toBe(`${realDataset.title} — ${APP_NAME}`);
    expect(documentTitle(null)).toBe(APP_NAME);
    expect(datasetFacts({ events: [{ start: Y(2001), stop: Y(2002) }] as never })).toBe("1 event, 2001");
  });
});
