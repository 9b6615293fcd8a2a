// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { number } from "../../src/data/formatAmount";

describe("number (the shared en-US formatter of amounts)", () => {
  it("writes what toLocaleString writes, for any value (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.constantFrom(0.1234567, 1e21, -0, 2.5)),
        (v) => {
          expect(number(v)).toBe(v.toLocaleString("en-US", { maximumFractionDigits: 6 }));
        },
      ),
    );
  });
});
