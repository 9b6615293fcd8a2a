// @vitest-environment node
import { describe, expect, it } from "vitest";
import { accessDate } from "../../src/components/Export/viewSummary";
import { setFormatLocale } from "../../src/i18n/displayLocale";

describe("accessDate", () => {
  const d = new Date(Date.UTC(2026, 11, 1));
  it("writes the Thai Buddhist-era year beside the Gregorian one, never instead", () => {
    setFormatLocale("th");
    try {
      expect(accessDate(d)).toBe("1 ธันวาคม 2026 (พ.ศ. 2569)");
    } finally {
      setFormatLocale("en");
    }
    expect(accessDate(d)).toBe("1 December 2026");
  });
});
