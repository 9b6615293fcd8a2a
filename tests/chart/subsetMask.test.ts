// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { subsetMask } from "../../src/chart/subsetMask";

describe("subsetMask", () => {
  it("marks exactly the members, in order or not, and null for the whole list (property)", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 40 })
          .chain((n) =>
            fc.tuple(
              fc.constant(Array.from({ length: n }, (_, i) => ({ i }))),
              fc.subarray([...Array(n).keys()]),
              fc.boolean(),
            ),
          ),
        ([all, keep, shuffle]) => {
          const subset = keep.map((i) => all[i]!);
          if (shuffle) subset.reverse();
          const mask = subsetMask(all, subset);
          if (keep.length === all.length && (!shuffle || all.length < 2)) expect(mask).toBeNull();
          else expect([...mask!]).toEqual(all.map((_, i) => (keep.includes(i) ? 1 : 0)));
        },
      ),
    );
  });

  it("ignores elements that are not in the list", () => {
    const all = [{}, {}, {}];
    expect([...subsetMask(all, [all[2]!, {}, all[0]!])!]).toEqual([1, 0, 1]);
  });
});
