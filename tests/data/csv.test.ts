import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetToCsv, parseAmount, parseCsvDataset } from "../../src/data/csv";
import { parseDatasetText } from "../../src/data/parseDataset";
import { validateDataset } from "../../src/data/validate";
import type { Dataset } from "../../src/data/schema";
import rawDataset from "../../data/events.json";

const builtIn = validateDataset(rawDataset).dataset!;

const HEADER = "id,date,end,title,summary,actors,category,amount,currency,source,page,link,note";

function load(text: string) {
  const out = parseDatasetText(text, { filename: "t.csv" });
  if (!out.ok) throw new Error(`expected ok, got: ${out.error} ${JSON.stringify(out.problems)}`);
  return out;
}

describe("parseCsvDataset", () => {
  it("reads the shipped template without a single problem", () => {
    const text = readFileSync("public/template.csv", "utf8");
    const out = load(text);
    expect(out.problems).toEqual([]);
    expect(out.dataset.events).toHaveLength(4);
    expect(out.dataset.actors.map((a) => [a.id, a.name])).toEqual([
      ["japan", "Japan"],
      ["asean", "ASEAN"],
      ["china", "China"],
      ["cambodia", "Cambodia"],
      ["south-korea", "South Korea"],
    ]);
    const relief = out.dataset.events[3]!;
    expect(relief.amount).toEqual({ value: 100, currency: "USD", kind: "other" });
    expect(relief.sources[0]).toEqual({ source: "example-textbook", page: "56-57" });
    expect(out.dataset.categories.find((c) => c.id === "disaster-relief")?.dimension).toBe("disaster");
    expect(out.dataset.categories.find((c) => c.id === "education")?.dimension).toBe("culture");
    expect(out.dataset.sources.find((s) => s.id === "example-newspaper-archive")?.title).toBe(
      "Example Newspaper Archive",
    );
  });

  it("numbers rows as a spreadsheet does: header is row 1, blank rows count, quoted newlines stay in one row", () => {
    const text = [
      HEADER,
      '2001-a,2001,,A,"two\nlines",japan,aid,,,src,,,',
      "",
      "2002-b,2023-13-45,,B,S,japan,aid,,,src,,,",
      "2003-c,2003,,C,S,japan,aid,,,src,,,",
    ].join("\n");
    const out = load(text);
    expect(out.problems.map((p) => p.message)).toEqual([
      "Row 4: date '2023-13-45' is not a real date (there is no month 13)",
    ]);
    expect(out.skipped).toBe(1);
    expect(out.dataset.events.map((e) => e.id)).toEqual(["2001-a", "2003-c"]);
    expect(out.dataset.events[0]!.summary).toBe("two\nlines");
  });

  it("handles BOM, CRLF, semicolons, Excel's sep= line and trailing empty lines", () => {
    const text =
      "\uFEFFsep=;\r\n" +
      HEADER.replace(/,/g, ";") +
      '\r\n2001-a;2001;;A;"x; y";japan,china;aid;1,5;usd;src;;;\r\n;;;;;;;;;;;;\r\n\r\n';
    const out = load(text);
    expect(out.problems).toEqual([]);
    const ev = out.dataset.events[0]!;
    expect(ev.summary).toBe("x; y");
    expect(ev.actors).toEqual(["japan", "china"]);
    expect(ev.amount).toEqual({ value: 1.5, currency: "USD", kind: "other" });
  });

  it("accepts tab-separated text pasted from a spreadsheet", () => {
    const out = load(HEADER.replace(/,/g, "\t") + "\n2001-a\t2001\t\tA\tS\tjapan\taid\t\t\tsrc\t\t\t\n");
    expect(out.dataset.events).toHaveLength(1);
  });

  it("reports each problem in plain words with its row and column name", () => {
    const rows = [
      HEADER,
      "2000-ok,2000,,OK,S,japan,aid,,,src,,,",
      "2001-a,2001,,A,S,japan,aid,abc,USD,src,,,",
      "2002-b,2002,,B,S,japan,aid,100,,src,,,",
      "2003-c,2003,,C,S,japan,aid,100,XYZ,src,,,",
      "2004-d,2004,2003,D,S,japan,aid,,,src,,,",
      "2000-ok,2005,,E,S,japan,aid,,,src,,,",
      "2006-f,2006,,F,S,japan,aid,,,src,,javascript:alert(1),",
      "2007-g,32/13/2007,,G,S,japan,aid,,,src,,,",
      "2008-h,2008,,H,S,,aid,,,src,,,",
      "2009-i,2009,,I,S,japan,aid,,,,,,",
      "2010-j,2010,,J,S,japan,aid,,,src,,,",
    ];
    const out = load(rows.join("\n"));
    const messages = out.problems.map((p) => p.message);
    expect(messages).toEqual([
      "Row 3: amount 'abc' is not a number",
      "Row 4: amount '100' needs a currency (e.g. USD, JPY, CNY)",
      "Row 5: currency 'XYZ' is not a known currency code (e.g. USD, JPY, CNY)",
      "Row 6: end '2003' is before its date '2004'",
      "Row 7: id '2000-ok' is already used by an earlier event",
      "Row 8: link 'javascript:alert(1)' must be an http or https link",
      "Row 9: date '32/13/2007' is not a real date (there is no month 13)",
      "Row 10: actors is missing (names separated by ';', e.g. Japan;China)",
      "Row 11: source is missing: every event needs at least one source",
    ]);
    expect(out.skipped).toBe(9);
    expect(out.dataset.events.map((e) => e.id)).toEqual(["2000-ok", "2010-j"]);
  });

  it("makes a missing id from the year and title, unique within the file", () => {
    const out = load(
      [
        HEADER,
        ",2001,,Tokyo Declaration,S,japan,aid,,,src,,,",
        ",2001-05,,Tokyo Declaration,S,japan,aid,,,src,,,",
      ].join("\n"),
    );
    expect(out.dataset.events.map((e) => e.id)).toEqual([
      "2001-tokyo-declaration",
      "2001-tokyo-declaration-2",
    ]);
  });

  it("takes names from cells that are names, from known datasets, or from the id", () => {
    const text = [
      HEADER,
      "2001-a,2001,,A,S,ASEAN Plus Three;japan;Việt Nam,Culture and Education,,,src,,,",
    ].join("\n");
    const out = parseDatasetText(
      text,
      {},
      { known: { actors: [{ id: "japan", name: "Japan (Government)" }] } },
    );
    expect(out.ok && out.dataset.actors).toEqual([
      { id: "asean-plus-three", name: "ASEAN Plus Three" },
      { id: "japan", name: "Japan (Government)" },
      { id: "viet-nam", name: "Việt Nam" },
    ]);
    expect(out.ok && out.dataset.categories).toEqual([
      { id: "culture-and-education", name: "Culture and Education", dimension: "culture" },
    ]);
  });

  it("reads the optional extra columns", () => {
    const text = [
      HEADER + ",importance,scale,kind,amount_text,section,dimension,related",
      '2001-a,2001,,A,S,japan,gifts,100,jpy,src;other,4;9,https://example.org/a;https://example.org/b,,1,million,grant,"¥100 million",Part 2;,health,2002-b',
      "2002-b,2002,,B,S,japan,gifts,,,src,,,,3,,,,,,",
    ].join("\n");
    const out = load(text);
    expect(out.problems).toEqual([]);
    const [a, b] = out.dataset.events;
    expect(a).toMatchObject({
      importance: 1,
      related: ["2002-b"],
      amount: { value: 100, currency: "JPY", scale: "million", kind: "grant", text: "¥100 million" },
      sources: [
        { source: "src", page: 4, url: "https://example.org/a", section: "Part 2" },
        { source: "other", page: 9, url: "https://example.org/b" },
      ],
    });
    expect(b!.importance).toBe(3);
    expect(out.dataset.categories[0]!.dimension).toBe("health");
  });

  it("exports each date's kind and reason, and reads them back", () => {
    const csv = datasetToCsv(builtIn);
    const back = load(csv).dataset.events;
    for (const ev of builtIn.events) {
      const again = back.find((e) => e.id === ev.id)!;
      expect([again.dateKind, again.dateNote], ev.id).toEqual([ev.dateKind, ev.dateNote]);
    }
    expect(back.find((e) => e.id === "1997-cmi-abmi")!.dateKind).toBe("placed");
  });

  it("reads a date's kind and its reason, and refuses an unknown kind", () => {
    const text = [
      HEADER + ",date_kind,date_note",
      "1997-a,1997,,A,S,japan,gifts,,,src,,,,placed,the documents give no year",
      "2008-b,2008,,B,S,japan,gifts,,,src,,,,Inferred,",
      "2009-c,2009,,C,S,japan,gifts,,,src,,,,guessed,",
    ].join("\n");
    const out = load(text);
    expect(out.problems.map((p) => p.message)).toEqual([
      "Row 4: date_kind 'guessed' should be printed, inferred, placed",
    ]);
    const [a, b] = out.dataset.events;
    expect(a).toMatchObject({ dateKind: "placed", dateNote: "the documents give no year" });
    expect(b).toMatchObject({ dateKind: "inferred" });
    expect(b!.dateNote).toBeUndefined();
  });

  it("refuses a file without the required columns, and one without rows", () => {
    expect(parseDatasetText("id,summary\n2001-a,A")).toMatchObject({
      ok: false,
      error: expect.stringContaining(
        "The CSV has no 'date' (or Year, Start Date, When) and 'title' (or Event, Headline, Name) column",
      ),
    });
    expect(parseDatasetText(HEADER + "\n\n")).toMatchObject({ ok: false, error: "The dataset has no rows." });
  });

  it("notes unknown and duplicated columns without failing", () => {
    const out = load(HEADER + ",colour,title\n2001-a,2001,,A,S,japan,aid,,,src,,,,red,B\n");
    expect(out.problems.map((p) => p.message)).toEqual([
      "Column 'colour' is not used (see the template for the columns).",
      "Column 'title' is another 'title' column; the first one is used.",
    ]);
    expect(out.dataset.events[0]!.title).toBe("A");
  });

  it("refuses rows with more cells than the header and unclosed quotes", () => {
    const out = load(
      [HEADER, "2001-a,2001,,A,S,japan,aid,,,src,,,", "2002-b,2002,,B,one, two,japan,aid,,,src,,,"].join(
        "\n",
      ),
    );
    expect(out.problems[0]!.message).toMatch(/^Row 3: has 14 cells but the header has 13/);
    const unclosed = parseCsvDataset(
      [HEADER, "2001-a,2001,,A,S,japan,aid,,,src,,,", '2002-b,2002,,B,"open,japan,aid,,,src,,,'].join("\n"),
    );
    expect(unclosed.problems.map((p) => p.message)).toContain(
      'Row 3: a quoted text is not closed (a closing " is missing)',
    );
    expect(unclosed.rowOfEvent).toEqual([2]);
  });

  it("undoes the formula guard of exports and keeps hostile text as text", () => {
    const out = load(
      [HEADER, `2001-a,2001,,"'=HYPERLINK(""x"")",<img src=x onerror=alert(1)>,japan,aid,,,src,,,`].join(
        "\n",
      ),
    );
    expect(out.dataset.events[0]).toMatchObject({
      title: '=HYPERLINK("x")',
      summary: "<img src=x onerror=alert(1)>",
    });
  });
});

describe("parseAmount", () => {
  it.each([
    ["100", 100],
    ["1,000,000", 1_000_000],
    ["1 000 000", 1_000_000],
    ["2,5", 2.5],
    ["0.25", 0.25],
    ["1e+21", 1e21],
    ["$100", null],
    ["-5", null],
    ["", null],
    ["1.2.3", null],
  ])("%s → %s", (text, value) => expect(parseAmount(text)).toBe(value));
});

describe("datasetToCsv", () => {
  const dataset: Dataset = {
    schemaVersion: 1,
    title: "T",
    actors: [
      { id: "japan", name: "Japan" },
      { id: "asean", name: "ASEAN" },
      { id: "x", name: "Some; odd, name" },
      { id: "viet-nam", name: "Việt Nam" },
    ],
    categories: [{ id: "aid-grants", name: "Aid grants", dimension: "aid" }],
    sources: [{ id: "kurlantzick-2007", title: "Charm Offensive" }],
    eras: [],
    events: [
      {
        id: "2001-a",
        date: "2001",
        title: "=cmd|' /C calc'!A0",
        summary: 'Quotes "and" commas, and\nnew lines',
        actors: ["japan", "asean", "x", "viet-nam"],
        category: "aid-grants",
        amount: { value: 1.5, currency: "USD", kind: "loan", scale: "billion" },
        sources: [{ source: "kurlantzick-2007", page: 12, url: "https://example.org/?a=1&b=2" }],
        importance: 1,
      },
    ],
  };

  it("writes CRLF lines, all columns, names where they round-trip, and guards formulas", () => {
    const csv = datasetToCsv(dataset);
    const [header, row] = csv.split("\r\n");
    expect(header).toBe(
      HEADER +
        ",importance,scale,kind,amount_text,section,dimension,related,date_kind,date_note,image_url,image_alt,image_credit,image_caption,actor_shapes",
    );
    expect(row).toContain("'=cmd");
    expect(row).toContain("japan;asean;x;Việt Nam");
    expect(row).toContain("Aid grants");
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(datasetToCsv(dataset, { bom: true }).startsWith("\uFEFF")).toBe(true);
  });

  it("round-trips through the importer", () => {
    const back = load(datasetToCsv(dataset));
    expect(back.problems).toEqual([]);
    expect(back.dataset.events).toEqual(dataset.events);
    expect(back.dataset.categories).toEqual(dataset.categories);
    expect(back.dataset.actors.find((a) => a.id === "asean")?.name).toBe("ASEAN");
    expect(back.dataset.actors.find((a) => a.id === "viet-nam")?.name).toBe("Việt Nam");
  });

  it("keeps the actors' chosen shapes (actor_shapes, in the order of the actors)", () => {
    const shaped: Dataset = {
      ...dataset,
      actors: dataset.actors.map((a) =>
        a.id === "asean" ? { ...a, shape: "cross" } : a.id === "x" ? { ...a, shape: "star" } : a,
      ),
    };
    const csv = datasetToCsv(shaped);
    expect(csv.split("\r\n")[1]).toMatch(/,;cross;star;$/);
    const back = load(csv);
    expect(back.dataset.actors.find((a) => a.id === "asean")?.shape).toBe("cross");
    expect(back.dataset.actors.find((a) => a.id === "x")?.shape).toBe("star");
    expect(back.dataset.actors.find((a) => a.id === "japan")?.shape).toBeUndefined();
  });

  it("produces raw data that validateDataset accepts as is", () => {
    const { raw } = parseCsvDataset(datasetToCsv(dataset));
    expect(validateDataset(raw).problems).toEqual([]);
  });
});
