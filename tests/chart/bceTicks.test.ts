// @vitest-environment node
import { expect, it } from "vitest";
import { createTimeScale } from "../../src/chart/timeScale";
import { timeTicks } from "../../src/chart/ticks";
import { parsePartialDate } from "../../src/data/dates";

it("labels BC years as historians count them: 500 BC, 50 BC, then 50 (no year 0)", () => {
  const a = parsePartialDate("-0600")!.start;
  const b = parsePartialDate("0200")!.end;
  const labels = timeTicks(createTimeScale([a, b], [0, 800]), 800).map((t) => t.label);
  expect(labels.slice(0, 3)).toEqual(["600 BC", "550 BC", "500 BC"]);
  expect(labels).toContain("50 BC");
  expect(labels[labels.indexOf("50 BC") + 1]).toBe("50");
});
