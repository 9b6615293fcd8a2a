// @vitest-environment node
/**
 * A teacher's own spreadsheets (tests/fixtures/teacher/, described in its expected.json): each
 * loads with the events and notes it should, and any table of text cells never crashes the
 * importer or loses a row that is valid as written.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseDatasetText } from "../../src/data/parseDataset";
import { datasetToCsv } from "../../src/data/csv";
import type { DateOrder } from "../../src/data/readDate";

const DIR = join(__dirname, "../fixtures/teacher");

interface Expected {
  ok?: false;
  error?: string;
  kept?: number;
  skipped?: number;
  order?: DateOrder;
  ids?: string[];
  dates?: string[];
  ends?: string[];
  notes?: string[];
  messages?: string[];
  amounts?: number[];
  actors0?: number;
  actorIds?: string[];
  actorNames?: string[];
  actorCount?: number;
  sourceIds?: string[];
  sourceTitles?: string[];
  titleEndsWith?: string;
  title?: string;
  eras?: number;
  images?: number;
  related?: Record<string, string[]>;
}

const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Record<string, Expected>;
const files = readdirSync(DIR).filter((f) => f !== "expected.json");

describe("teacher spreadsheets", () => {
  it("has at least 25 files, each described", () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(expected).sort()).toEqual([...files].sort());
  });

  it.each(files)("%s", (file) => {
    const want = expected[file]!;
    const text = readFileSync(join(DIR, file), "utf8");
    const out = parseDatasetText(text, { filename: file }, want.order ? { dateOrder: want.order } : {});
    const messages = out.problems.map((p) => p.message);
    const hasAll = (subs: string[] = []) => {
      let from = 0;
      for (const s of subs) {
        const i = messages.findIndex((m, j) => j >= from && m.includes(s));
        expect(i, `'${s}' in\n${messages.join("\n")}`).toBeGreaterThanOrEqual(0);
        from = i + 1;
      }
    };
    hasAll(want.messages);
    for (const n of want.notes ?? []) expect(messages.join("\n")).toContain(n);
    if (want.ok === false) {
      expect(out.ok, messages.join("\n")).toBe(false);
      if (!out.ok) expect(out.error).toContain(want.error);
      return;
    }
    if (!out.ok) throw new Error(`${out.error}\n${messages.join("\n")}`);
    const ds = out.dataset;
    expect(ds.events.length, messages.join("\n")).toBe(want.kept);
    if (want.skipped !== undefined) expect(out.skipped).toBe(want.skipped);
    if (want.ids) expect(ds.events.map((e) => e.id)).toEqual(want.ids);
    if (want.dates) expect(ds.events.map((e) => e.date)).toEqual(want.dates);
    if (want.ends) expect(ds.events.map((e) => e.end)).toEqual(want.ends);
    if (want.amounts) expect(ds.events.map((e) => e.amount?.value)).toEqual(want.amounts);
    if (want.actors0) expect(ds.events[0]!.actors).toHaveLength(want.actors0);
    if (want.actorIds) expect(ds.actors.map((a) => a.id)).toEqual(want.actorIds);
    if (want.actorNames) expect(ds.actors.map((a) => a.name)).toEqual(want.actorNames);
    if (want.actorCount) expect(ds.actors).toHaveLength(want.actorCount);
    if (want.sourceIds) expect(ds.sources.map((s) => s.id)).toEqual(want.sourceIds);
    if (want.sourceTitles) expect(ds.sources.map((s) => s.title)).toEqual(want.sourceTitles);
    if (want.titleEndsWith) expect(ds.events[0]!.title.endsWith(want.titleEndsWith)).toBe(true);
    if (want.title) expect(ds.title).toBe(want.title);
    if (want.eras !== undefined) expect(ds.eras).toHaveLength(want.eras);
    if (want.images !== undefined) expect(ds.events.filter((e) => e.image)).toHaveLength(want.images);
    for (const [id, rel] of Object.entries(want.related ?? {}))
      expect(ds.events.find((e) => e.id === id)!.related).toEqual(rel);
    // Whatever was read exports and reads back the same (ids, dates, images included).
    const again = parseDatasetText(datasetToCsv(ds), { filename: "export.csv" });
    expect(again.ok && again.dataset.events).toEqual(ds.events);
  });

  it("keeps Vietnamese đ meaningful in generated ids", () => {
    const out = parseDatasetText("date,title,summary,actors,source\n1954,Điện Biên Phủ,x,Đảng,Sách\n", {
      filename: "v.csv",
    });
    expect(out.ok && out.dataset.events[0]!.id).toBe("1954-dien-bien-phu");
    expect(out.ok && out.dataset.actors[0]).toEqual({ id: "dang", name: "Đảng" });
  });
});

const HEADER = ["id", "date", "title", "summary", "actors", "source"];
// Cells that make a valid row as written, and any text at all.
const goodRow = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 _-]{0,20}$/).map((s) => s.trim()),
  date: fc.integer({ min: 1000, max: 2999 }).map(String),
  title: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,30}$/),
  summary: fc.stringMatching(/^[A-Za-z][A-Za-z .]{0,60}$/),
  actors: fc.constantFrom("Japan", "China", "Việt Nam", "ASEAN"),
  source: fc.constantFrom("Book", "Article"),
});
const anyCell = fc.string({ maxLength: 30 });

describe("any table of text cells", () => {
  it("never crashes the importer and never loses a valid row", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            goodRow.map((r) => ({ good: true, cells: HEADER.map((h) => r[h as keyof typeof r]) })),
            fc.array(anyCell, { minLength: 6, maxLength: 6 }).map((cells) => ({ good: false, cells })),
          ),
          { maxLength: 12 },
        ),
        (rows) => {
          const csv = Papa.unparse({ fields: HEADER, data: rows.map((r) => r.cells) });
          const out = parseDatasetText(csv, { filename: "any.csv" });
          expect(typeof out.ok).toBe("boolean");
          // A good row whose id no other row takes is always kept.
          const idCount = new Map<string, number>();
          for (const r of rows) idCount.set(r.cells[0]!.trim(), (idCount.get(r.cells[0]!.trim()) ?? 0) + 1);
          const mustKeep = rows.filter((r) => r.good && r.cells[0] && idCount.get(r.cells[0]) === 1);
          const kept = new Set(out.ok ? out.dataset.events.map((e) => e.id) : []);
          for (const r of mustKeep)
            expect(
              kept.has(r.cells[0]!),
              `${r.cells.join("|")}\n${out.problems.map((p) => p.message).join("\n")}`,
            ).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
