/**
 * The corpus of malformed files in tests/fixtures/bad: each gives its expected message(s) and
 * kept-event count (expected.json), never a crash, and nothing in it is ever treated as HTML.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createElement } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { DataProblemsBanner } from "../../src/components/Dataset/DataProblemsBanner";
import { parseDatasetText, type ParseOutcome } from "../../src/data/parseDataset";
import { readDatasetFile } from "../../src/data/readFile";

const DIR = "tests/fixtures/bad/";

interface Expectation {
  ok: boolean;
  error?: string;
  kept?: number;
  skipped?: number;
  messages: string[];
}

const expected = JSON.parse(readFileSync(DIR + "expected.json", "utf8")) as Record<
  string,
  Expectation | string
>;
const files = readdirSync(DIR)
  .filter((f) => f !== "expected.json")
  .sort();

/** The browser path: bytes → File → readDatasetFile → parseDatasetText. */
async function load(name: string, bytes: Uint8Array | string): Promise<ParseOutcome> {
  const read = await readDatasetFile(new File([bytes as BlobPart], name));
  if (!read.ok) return { ok: false, error: read.error, problems: [] };
  return parseDatasetText(read.text, { filename: name, contentType: read.contentType ?? undefined });
}

describe("the bad-files corpus", () => {
  it("has at least 30 files, each described in expected.json", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const described = Object.keys(expected).filter((k) => !k.startsWith("$"));
    expect(described.sort()).toEqual(files);
  });

  it.each(files)("%s", async (name) => {
    const want = expected[name] as Expectation;
    const out = await load(name, readFileSync(DIR + name));
    if (!out.ok) {
      expect(want.ok, `unexpected error: ${out.error}`).toBe(false);
      expect(out.error).toContain(want.error);
    } else {
      expect(want.ok, `expected an error, got ${out.dataset.events.length} events`).toBe(true);
      expect(out.dataset.events).toHaveLength(want.kept!);
      expect(out.skipped).toBe(want.skipped);
    }
    // Each expected message appears, in order.
    const messages = out.problems.map((p) => p.message);
    let from = 0;
    for (const m of want.messages) {
      const at = messages.findIndex((msg, i) => i >= from && msg.includes(m));
      expect(
        at,
        `message containing ${JSON.stringify(m)} in ${JSON.stringify(messages, null, 1)}`,
      ).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
    for (const m of messages) {
      expect(typeof m).toBe("string");
      expect(m.length).toBeGreaterThan(0);
      expect(m.length).toBeLessThan(600);
    }
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe("hostile text stays text", () => {
  it("keeps script tags, event handlers and SVG as plain strings in the data", async () => {
    const scripts = await load("json-script-tags.json", readFileSync(DIR + "json-script-tags.json"));
    expect(scripts.ok && scripts.dataset.events[0]!.title).toBe("<script>alert('title')</script>");
    expect(scripts.ok && scripts.dataset.actors[0]!.name).toBe("<script>alert(1)</script>Japan");
    const csv = await load("csv-hostile.csv", readFileSync(DIR + "csv-hostile.csv"));
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    expect(csv.dataset.events.map((e) => e.title)).toContain('=HYPERLINK("http://evil.example","click")');
    expect(csv.dataset.events[0]!.summary).toBe("<img src=x onerror=alert(1)>");
    // Only http(s) links survive.
    const urls = csv.dataset.events.flatMap((e) => e.sources.map((s) => s.url)).filter(Boolean);
    expect(urls).toEqual(["https://example.org/ok"]);
  });

  it("shows every problem of every file in the banner without creating a single element from data", async () => {
    const user = userEvent.setup();
    for (const name of files) {
      const out = await load(name, readFileSync(DIR + name));
      if (out.problems.length === 0) continue;
      const { unmount, container } = render(
        createElement(DataProblemsBanner, {
          problems: out.problems,
          skipped: out.ok ? out.skipped : 0,
          onDismiss: () => {},
        }),
      );
      await user.click(screen.getByRole("button", { name: "details" }));
      expect(container.querySelectorAll("script, img, svg, iframe, object, embed, b, body")).toHaveLength(0);
      const shown = screen.getAllByRole("listitem").map((li) => li.textContent);
      expect(shown).toEqual(out.problems.slice(0, 200).map((p) => p.message));
      unmount();
    }
  });
});

describe("very large files (generated here, not committed)", () => {
  const header = "id,date,end,title,summary,actors,category,amount,currency,source,page,link,note\n";
  const row = (i: number) =>
    `${1000 + (i % 1000)}-e-${i},${1000 + (i % 1000)},,Event ${i},Summary ${i},japan,aid,,,src,,,\n`;

  it("refuses a file over 64 MB before reading it", async () => {
    const big = new File([new Uint8Array(64 * 1024 * 1024 + 1)], "big.csv");
    const read = await readDatasetFile(big);
    expect(read).toMatchObject({
      ok: false,
      error: "'big.csv' is 64.0 MB; the limit is 64.0 MB. Split it or leave out some events.",
    });
  });

  it("refuses text over 64 MB handed to the parser", () => {
    const text = header + "x".repeat(64 * 1024 * 1024);
    const out = parseDatasetText(text);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toContain("The file is larger than 64.0 MB");
  });

  it("refuses more than 100,000 rows", () => {
    const text = header + Array.from({ length: 100_001 }, (_, i) => row(i)).join("");
    expect(parseDatasetText(text)).toMatchObject({
      ok: false,
      error: "The dataset has 100,001 events; at most 100,000 can be shown.",
    });
  });

  it("loads 20,000 rows", () => {
    const text = header + Array.from({ length: 20_000 }, (_, i) => row(i)).join("");
    const out = parseDatasetText(text);
    expect(out.ok && out.dataset.events.length).toBe(20_000);
  });
});
