// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  formatDateRange,
  formatPartialDate,
  isPartialDate,
  parsePartialDate,
  toPartialDate,
} from "../../src/data/dates";

const DAY = 864e5;

describe("parsePartialDate", () => {
  it.each([
    ["2003", Date.UTC(2003, 0, 1), Date.UTC(2004, 0, 1), "year"],
    ["2023-09", Date.UTC(2023, 8, 1), Date.UTC(2023, 9, 1), "month"],
    ["2023-12", Date.UTC(2023, 11, 1), Date.UTC(2024, 0, 1), "month"],
    ["2003-12-12", Date.UTC(2003, 11, 12), Date.UTC(2003, 11, 13), "day"],
    ["1999-12-31", Date.UTC(1999, 11, 31), Date.UTC(2000, 0, 1), "day"],
  ] as const)("%s is the UTC interval of its period", (text, start, end, precision) => {
    expect(parsePartialDate(text)).toEqual({ start, end, precision });
  });

  it("accepts 29 February only in leap years", () => {
    expect(parsePartialDate("2024-02-29")?.start).toBe(Date.UTC(2024, 1, 29));
    expect(parsePartialDate("2000-02-29")).not.toBeNull(); // divisible by 400
    expect(parsePartialDate("2023-02-29")).toBeNull();
    expect(parsePartialDate("1900-02-29")).toBeNull(); // divisible by 100, not 400
    expect(parsePartialDate("2100-02-29")).toBeNull();
  });

  it("a month's interval has the month's real length", () => {
    const len = (t: string) => {
      const d = parsePartialDate(t)!;
      return (d.end - d.start) / DAY;
    };
    expect(len("2024-02")).toBe(29);
    expect(len("2023-02")).toBe(28);
    expect(len("2023-04")).toBe(30);
    expect(len("2023-01")).toBe(31);
    expect(len("2024")).toBe(366);
    expect(len("2023")).toBe(365);
  });

  it.each([
    "2023-13-45",
    "2023-13",
    "2023-00",
    "2023-02-30",
    "2023-04-31",
    "2023-01-00",
    "2023-1-5",
    "203",
    "20031",
    "2003-",
    " 2003",
    "2003 ",
    "2003-12-12T00:00",
    "-0000",
    "0000",
    "-03",
    "+2003",
    "２００３",
    "",
    "abcd",
    "2003/12/12",
  ])("rejects %j", (text) => {
    expect(parsePartialDate(text)).toBeNull();
    expect(isPartialDate(text)).toBe(false);
  });

  it("keeps years 0001–0099 as themselves (not 1900–1999)", () => {
    const d = parsePartialDate("0050")!;
    expect(new Date(d.start).getUTCFullYear()).toBe(50);
    expect(new Date(d.end).getUTCFullYear()).toBe(51);
    expect(toPartialDate(d.start, "year")).toBe("0050");
    const day = parsePartialDate("0099-12-31")!;
    expect(toPartialDate(day.start, "day")).toBe("0099-12-31");
    expect(toPartialDate(day.end, "day")).toBe("0100-01-01");
    // There is no year 0; 1 BC (astronomical year 0) is a leap year in the proleptic Gregorian calendar.
    expect(parsePartialDate("0000-02-29")).toBeNull();
    expect(parsePartialDate("-0001-02-29")).not.toBeNull();
    expect(parsePartialDate("0001-02-29")).toBeNull();
  });

  it("agrees with the real calendar for every day-precision string (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
          const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
          const real = m >= 1 && m <= 12 && d >= 1 && d <= days!;
          const parsed = parsePartialDate(text);
          expect(parsed !== null).toBe(real);
          if (parsed) {
            expect(parsed.end - parsed.start).toBe(DAY);
            expect(toPartialDate(parsed.start, "day")).toBe(text);
          }
        },
      ),
    );
  });

  it("toPartialDate inverts parsePartialDate at the date's own precision (property)", () => {
    const day = fc
      .date({
        min: new Date("0001-01-01T00:00:00Z"),
        max: new Date("9999-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10))
      .filter((s) => /^\d{4}-/.test(s));
    fc.assert(
      fc.property(day, fc.constantFrom(4, 7, 10), (iso, n) => {
        const text = iso.slice(0, n);
        const p = parsePartialDate(text)!;
        expect(p).not.toBeNull();
        expect(toPartialDate(p.start, p.precision)).toBe(text);
        expect(toPartialDate(p.end - 1, p.precision)).toBe(text);
      }),
    );
  });
});

describe("BC years", () => {
  it("-0500 is 500 BC, with no year zero between 1 BC and 1 AD", () => {
    const bc500 = parsePartialDate("-0500")!;
    expect(new Date(bc500.start).getUTCFullYear()).toBe(-499);
    expect(parsePartialDate("-0001")!.end).toBe(parsePartialDate("0001")!.start);
    expect(parsePartialDate("-0044-03-15")!.precision).toBe("day");
    expect(parsePartialDate("-2003")).not.toBeNull();
  });
  it("labels and writes them back", () => {
    expect(formatPartialDate("-0500")).toBe("500 BC");
    expect(formatPartialDate("-0044-03-15")).toBe("15 March 44 BC");
    expect(formatPartialDate("0800")).toBe("800");
    const d = parsePartialDate("-0044-03")!;
    expect(toPartialDate(d.start, "month")).toBe("-0044-03");
    expect(toPartialDate(parsePartialDate("-0500")!.end - 1, "year")).toBe("-0500");
  });
});

describe("formatPartialDate", () => {
  it.each([
    ["2003", "2003"],
    ["2023-09", "September 2023"],
    ["2003-12-12", "12 December 2003"],
    ["2003-01-05", "5 January 2003"],
    ["1977-08", "August 1977"],
  ])("%s → %s", (text, label) => {
    expect(formatPartialDate(text)).toBe(label);
  });

  it("returns malformed text unchanged rather than throwing", () => {
    expect(formatPartialDate("sometime")).toBe("sometime");
    expect(formatPartialDate("")).toBe("");
  });

  it("formatDateRange joins a date and its end with an en dash", () => {
    expect(formatDateRange("1999", "2003")).toBe("1999–2003");
    expect(formatDateRange("2023-09")).toBe("September 2023");
    expect(formatDateRange("2003-12-12", "2004-01")).toBe("12 December 2003–January 2004");
  });
});

describe("parsePartialDate against the Date object", () => {
  it("gives Date's calendar for every written day, month and year, BC and years below 100 included", () => {
    const written = (y: number) =>
      y <= 0 ? `-${String(1 - y).padStart(4, "0")}` : String(y).padStart(4, "0");
    fc.assert(
      fc.property(
        fc.integer({ min: -9998, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const ref = new Date(0);
          ref.setUTCFullYear(y, m - 1, d);
          const real = d >= 1 && ref.getUTCMonth() === m - 1 && ref.getUTCDate() === d;
          const got = parsePartialDate(
            `${written(y)}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
          );
          if (!real) return void expect(got).toBeNull();
          const next = new Date(0);
          next.setUTCFullYear(y, m - 1, d + 1);
          expect(got).toEqual({ start: ref.getTime(), end: next.getTime(), precision: "day" });
        },
      ),
      { numRuns: 5000 },
    );
  });
});
