// @vitest-environment node
import { expect, it } from "vitest";
import { shownLabel } from "../../src/components/Timeline/EventMarks";

it("draws a shortened label as its whole words only (label in name), a full one as it is", () => {
  expect(shownLabel("China's annua…")).toBe("China's");
  expect(shownLabel("APT ten-y…")).toBe("APT");
  expect(shownLabel("Framewo…")).toBe("");
  expect(shownLabel("Tokyo Declaration")).toBe("Tokyo Declaration");
  expect(shownLabel(null)).toBe("");
});
