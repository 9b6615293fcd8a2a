/**
 * The built-in dataset is drawn without zod at run time (src/app/loadData.ts): the build
 * validates it, and `withDefaults` fills in what the schema would. This proves the two agree,
 * so skipping the run-time check changes nothing the app shows.
 */
import { describe, expect, it } from "vitest";
import rawDataset from "../../data/events.json";
import { validateDataset } from "../../src/data/validate";
import { withDefaults } from "../../src/app/builtInDetails";
import type { Dataset } from "../../src/data/schema";

describe("built-in dataset without run-time validation", () => {
  it("equals the validated dataset, defaults included", () => {
    const result = validateDataset(rawDataset);
    expect(result.problems).toEqual([]);
    expect(withDefaults(rawDataset as unknown as Dataset)).toEqual(result.dataset);
  });
});
