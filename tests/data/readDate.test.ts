// @vitest-environment node
import { describe, expect, it } from "vitest";
import { dateFromParts, dateOrderOfLocale, readDate } from "../../src/data/readDate";
import { htmlToText } from "../../src/data/plainText";

describe("readDate", () => {
  it.each([
    ["1945", "1945"],
    ["1945-08", "1945-08"],
    ["1945-08-15T00:00", "1945-08-15"],
    ["1945-08-15T00:00:00Z", "1945-08-15"],
    ["1945/8/5", "1945-08-05"],
    ["Aug 1945", "1945-08"],
    ["August 1945", "1945-08"],
    ["15 August 1945", "1945-08-15"],
    ["August 15, 1945", "1945-08-15"],
    ["15th Aug. 1945", "1945-08-15"],
    ["15/08/1945", "1945-08-15"],
    ["25.12.1945", "1945-12-25"],
    ["800", "0800"],
    ["-500", "-0500"],
    ["500 BC", "-0500"],
    ["44 BCE", "-0044"],
    ["AD 1066", "1066"],
    ["15 March 44 BC", "-0044-03-15"],
  ])("%s → %s", (cell, date) => {
    expect(readDate(cell, "dmy")).toEqual({ ok: true, date });
  });

  it("follows the chosen order only when the numbers cannot settle it, and says so", () => {
    expect(readDate("03/04/1945", "dmy")).toEqual({ ok: true, date: "1945-04-03", assumed: "order" });
    expect(readDate("03/04/1945", "mdy")).toEqual({ ok: true, date: "1945-03-04", assumed: "order" });
    expect(readDate("12/25/1945", "dmy")).toEqual({ ok: true, date: "1945-12-25" });
  });

  it("reads Excel day numbers with a note", () => {
    expect(readDate("16664")).toEqual({ ok: true, date: "1945-08-15", assumed: "serial" });
  });

  it("refuses with the value and a suggestion", () => {
    expect(readDate("15/08/45")).toMatchObject({
      ok: false,
      message: "'15/08/45' has a two-digit year: did you mean 1945-08-15? Write the year in full",
    });
    expect(readDate("1946-02-30")).toMatchObject({
      ok: false,
      message: expect.stringContaining("no day 30"),
    });
    expect(readDate("0 BC").ok).toBe(false);
  });

  it("builds dates from TimelineJS3's year, month and day", () => {
    expect(dateFromParts("-44", "3", "15")).toEqual({ ok: true, date: "-0044-03-15" });
    expect(dateFromParts("1950", "June", "")).toEqual({ ok: true, date: "1950-06" });
    expect(dateFromParts("1999", "14").ok).toBe(false);
  });

  it("takes its default order from the locale", () => {
    expect(dateOrderOfLocale("en-US")).toBe("mdy");
    expect(dateOrderOfLocale("en-GB")).toBe("dmy");
    expect(dateOrderOfLocale("vi-VN")).toBe("dmy");
  });
});

describe("htmlToText", () => {
  it("removes tags, decodes entities and keeps link targets as text", () => {
    expect(
      htmlToText("<p>Signed in <a href='https://x.org/t'>Tokyo</a> &amp; Seoul&#33;</p><script>x()</script>"),
    ).toBe("Signed in Tokyo (https://x.org/t) & Seoul!");
    expect(htmlToText("<img src=x onerror=alert(1)>Plain")).toBe("Plain");
  });
});
