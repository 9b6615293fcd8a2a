/**
 * The share link's fragment: any valid dataset survives the trip, and every damaged or
 * forged fragment gives a plain sentence, never a throw and never a dataset.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_SHARE_FRAGMENT_CHARS,
  MAX_SHARE_JSON_BYTES,
  SHARE_PREFIX,
  decodeShareDataset,
  decodeShareFragment,
  encodeShareFragment,
  fromBase64Url,
  isShareFragment,
  toBase64Url,
} from "../../src/share/shareCodec";
import { datasetArb } from "./datasetArb";
import small from "../fixtures/events.small.json";
import type { Dataset } from "../../src/data/schema";

/** Pack arbitrary text the way a link does (to forge fragments that unpack fine). */
async function pack(text: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const source = new ReadableStream<BufferSource>({
    start(c) {
      c.enqueue(bytes);
      c.close();
    },
  });
  const reader = source.pipeThrough(new CompressionStream("deflate-raw")).getReader();
  const parts: number[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(...r.value);
  return SHARE_PREFIX + toBase64Url(new Uint8Array(parts));
}

async function expectError(fragment: string, pattern: RegExp) {
  const out = await decodeShareDataset(fragment);
  expect(out.ok).toBe(false);
  if (!out.ok) {
    expect(out.error).toMatch(pattern);
    // Plain words: no stack, no engine jargon.
    expect(out.error).not.toMatch(/TypeError|undefined|\bat \w+ \(/);
  }
}

describe("base64url", () => {
  it("round trips any bytes, with no padding and only URL-safe characters", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const s = toBase64Url(bytes);
        expect(s).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(s)).toEqual(bytes);
      }),
    );
  });

  it("refuses text that is not base64url", () => {
    for (const bad of ["a", "ab+c", "ab/c", "a b", "abc%", "abcde", "€"])
      expect(fromBase64Url(bad)).toBeNull();
  });
});

describe("share fragments round trip", () => {
  it("any valid dataset comes back identical, checked like a file", async () => {
    await fc.assert(
      // A literal U+FFFD in the data included: a share link's text is UTF-8 by construction, so it
      // never draws the "not UTF-8" note a wrongly saved file gets.
      fc.asyncProperty(
        fc.oneof(
          datasetArb,
          datasetArb.map((d) => ({ ...d, title: `${d.title.slice(0, 190)} \uFFFD` })),
        ),
        async (ds) => {
          const fragment = await encodeShareFragment(ds);
          expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
          expect(fragment).toMatch(/^d1\.[A-Za-z0-9_-]+$/);
          const out = await decodeShareDataset(`#${fragment}`);
          if (!out.ok) throw new Error(out.error);
          expect(out.problems).toEqual([]);
          expect(out.dataset).toEqual(ds);
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);

  it("the example dataset compresses to a link that keeps every event", async () => {
    const fragment = await encodeShareFragment(small as Dataset);
    expect(fragment.length).toBeLessThan(JSON.stringify(small).length);
    const out = await decodeShareDataset(fragment);
    expect(out.ok && out.dataset.events.map((e) => e.id)).toEqual(small.events.map((e) => e.id));
  });

  it("tolerates line breaks and spaces a chat app put into a long link", async () => {
    const fragment = await encodeShareFragment(small as Dataset);
    const broken = `#${fragment.slice(0, 20)}\n ${fragment.slice(20, 40)}\r\n${fragment.slice(40)}`;
    expect((await decodeShareDataset(broken)).ok).toBe(true);
  });
});

describe("damaged and forged fragments give a clear message", () => {
  it("recognises only d<number>. fragments as share links (not #main and the like)", () => {
    expect(isShareFragment("#d1.abc")).toBe(true);
    expect(isShareFragment("d2.abc")).toBe(true);
    for (const other of ["", "#", "#main", "#d1", "#dx.abc", "#data=1"])
      expect(isShareFragment(other)).toBe(false);
  });

  it("bad prefix", async () => {
    await expectError("#x1.abcd", /not a timeline share link.*"d1\."/);
    await expectError("", /not a timeline share link/);
  });

  it("another version", async () => {
    await expectError("#d2.abcd", /format d2.*cannot read/);
    await expectError("#d0.abcd", /format d0/);
  });

  it("nothing after the prefix", async () => {
    await expectError("#d1.", /empty.*cut off/);
  });

  it("characters a link never has", async () => {
    await expectError("#d1.abc$def", /damaged.*characters/);
    await expectError("#d1.a", /damaged/);
  });

  it("truncated: any cut of a real link fails cleanly or, if it still unpacks, is checked", async () => {
    const fragment = await encodeShareFragment(small as Dataset);
    const cuts = [fragment.length - 1, fragment.length - 7, Math.floor(fragment.length / 2), 12];
    for (const cut of cuts) await expectError(fragment.slice(0, cut), /damaged|could not be opened/);
  });

  it("random bytes in place of compressed data", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 200 }), async (bytes) => {
        const out = await decodeShareDataset(SHARE_PREFIX + toBase64Url(bytes));
        expect(out.ok).toBe(false);
        if (!out.ok) expect(out.error.length).toBeGreaterThan(20);
      }),
      { numRuns: 100 },
    );
  });

  it("any string at all: never throws, never a dataset unless it is a real link", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (s) => {
        const out = await decodeShareDataset(s);
        expect(out.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("compressed but not text", async () => {
    await expectError(await pack(new Uint8Array([0xff, 0xfe, 0x00, 0xc3])), /not text/);
  });

  it("compressed text that is not JSON, with where it breaks", async () => {
    await expectError(await pack('{"title": "x",}'), /could not be opened.*JSON is not valid at line 1/);
    await expectError(await pack("hello, world"), /could not be opened/);
  });

  it("JSON that fails the schema, in the importer's words", async () => {
    await expectError(await pack("[]"), /could not be opened.*list/);
    await expectError(
      await pack(JSON.stringify({ ...small, schemaVersion: 99 })),
      /could not be opened.*schemaVersion/,
    );
    const noSources = { ...small, events: small.events.map((e) => ({ ...e, sources: [] })) };
    const out = await decodeShareDataset(await pack(JSON.stringify(noSources)));
    expect(out.ok).toBe(false);
    expect(out.problems.some((p) => /at least one source/.test(p.message))).toBe(true);
  });

  it("a link with a script in its text loads it as text, and a javascript: link is refused", async () => {
    const evil = structuredClone(small) as Dataset;
    evil.events[0]!.title = "<img src=x onerror=alert(1)>";
    evil.sources[0]!.url = "javascript:alert(1)";
    const out = await decodeShareDataset(await encodeShareFragment(evil));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toMatch(/http or https/);
  });

  it("a zip bomb stops unpacking at the cap", async () => {
    // 17 MB of spaces compress to ~17 KB: refused while unpacking, not after.
    const bomb = await pack(new Uint8Array(MAX_SHARE_JSON_BYTES + 1024 * 1024).fill(32));
    expect(bomb.length).toBeLessThan(100_000);
    await expectError(bomb, /unpacks to more than 16\.0 MB/);
  });

  it("a fragment longer than any address is refused unread", async () => {
    await expectError(`#d1.${"A".repeat(MAX_SHARE_FRAGMENT_CHARS)}`, /too long/);
  });

  it("decodeShareFragment alone only unpacks", async () => {
    const fragment = await pack('{"not": "a dataset"}');
    expect(await decodeShareFragment(fragment)).toEqual({ ok: true, text: '{"not": "a dataset"}' });
  });
});
