/**
 * The share link's fragment: a whole dataset carried after the `#` of a URL, so a
 * timeline can be handed to a class as one link with no server (the fragment is
 * never sent to one).
 *
 * Contract (docs/own-data.md, "Share as a link"):
 *
 *     #d1.<base64url, no padding, of the deflate-raw compressed UTF-8 JSON of a dataset file>
 *
 * - `d1` is the format's version. A later format gets a new number (`d2.`); this
 *   version refuses other numbers with a message instead of guessing.
 * - The decompressed text is exactly what a `data=` file holds, and is checked the
 *   same way: `decodeShareDataset` hands it to the importer's one public entry
 *   point, `parseDatasetText`. Nothing in it is ever run.
 * - Decompression stops past `MAX_SHARE_JSON_BYTES` (a "zip bomb" of a few KB could
 *   otherwise unpack to gigabytes), and the fragment itself is refused past
 *   `MAX_SHARE_FRAGMENT_CHARS` before any work.
 *
 * Uses only the platform's CompressionStream / DecompressionStream ("deflate-raw").
 * Pure: no DOM, no store. Never throws; every failure is a sentence a teacher can act on.
 */
import { formatBytes, parseDatasetText, type ParseOutcome } from "../data/parseDataset";
import type { Dataset } from "../data/schema";
import { t } from "../i18n/i18n";

/** The current format's version and prefix (without `#`). */
export const SHARE_VERSION = 1;
export const SHARE_PREFIX = `d${SHARE_VERSION}.`;
/** Longer fragments are refused unread: far beyond what any browser keeps in an address. */
export const MAX_SHARE_FRAGMENT_CHARS = 4_000_000;
/** Most bytes a link may unpack to (its JSON text); a real timeline of 5,000 events is ~3 MB. */
export const MAX_SHARE_JSON_BYTES = 16 * 1024 * 1024;
/** Above this length chat apps, e-mail and learning platforms may cut or refuse a link. */
export const SAFE_LINK_CHARS = 8_000;

export type ShareTextOutcome = { ok: true; text: string } | { ok: false; error: string };

export { isShareFragment } from "./fragment";

/** Uint8Array → base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  // Chunks keep String.fromCharCode's argument list small on large datasets.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** base64url (padding optional) → bytes, or null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return null;
  const body = text.replace(/=+$/, "");
  if (body.length % 4 === 1) return null; // no byte count gives this length
  const b64 = body.replace(/-/g, "+").replace(/_/g, "/");
  let binary: string;
  try {
    binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return null;
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | "too-big"> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return "too-big";
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream({
    start(c) {
      c.enqueue(bytes);
      c.close();
    },
  });
}

/** Can this browser make and read share links? (Every current browser can: 2023 and later.) */
export function shareSupported(): boolean {
  return typeof CompressionStream === "function" && typeof DecompressionStream === "function";
}

/** The fragment (without `#`) carrying `dataset`: `d1.` + base64url(deflate-raw(JSON)). */
export async function encodeShareFragment(dataset: Dataset): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(dataset));
  const packed = await readAll(
    streamOf(bytes).pipeThrough(new CompressionStream("deflate-raw")),
    Number.MAX_SAFE_INTEGER,
  );
  return SHARE_PREFIX + toBase64Url(packed as Uint8Array);
}

/**
 * The dataset file's text carried by a fragment (with or without `#`), or why it
 * cannot be read. Only unpacks: checking the text is `parseDatasetText`'s job.
 */
export async function decodeShareFragment(fragment: string): Promise<ShareTextOutcome> {
  try {
    if (typeof fragment !== "string") return { ok: false, error: t("shareErr.notLink") };
    if (fragment.length > MAX_SHARE_FRAGMENT_CHARS)
      return {
        ok: false,
        error: t("shareErr.tooLong", { count: fragment.length, max: MAX_SHARE_FRAGMENT_CHARS }),
      };
    // Chat apps and e-mail sometimes break a long link across lines: spaces are never part of one.
    const hash = fragment.replace(/^#/, "").replace(/\s+/g, "");
    const version = /^d(\d+)\./.exec(hash);
    if (!version)
      return {
        ok: false,
        error: t("shareErr.prefix", { prefix: SHARE_PREFIX }),
      };
    if (Number(version[1]) !== SHARE_VERSION)
      return {
        ok: false,
        error: t("shareErr.version", { format: `d${version[1]}`, reads: SHARE_PREFIX.slice(0, -1) }),
      };
    const body = hash.slice(version[0].length);
    if (body === "")
      return {
        ok: false,
        error: t("shareErr.empty", { start: `#${SHARE_PREFIX}` }),
      };
    const packed = fromBase64Url(body);
    if (!packed)
      return {
        ok: false,
        error: t("shareErr.chars"),
      };
    if (!shareSupported())
      return {
        ok: false,
        error: t("shareErr.browser"),
      };
    let unpacked: Uint8Array | "too-big";
    try {
      unpacked = await readAll(
        streamOf(packed).pipeThrough(new DecompressionStream("deflate-raw")),
        MAX_SHARE_JSON_BYTES,
      );
    } catch {
      return {
        ok: false,
        error: t("shareErr.unpack"),
      };
    }
    if (unpacked === "too-big")
      return {
        ok: false,
        error: t("shareErr.tooBig", { size: formatBytes(MAX_SHARE_JSON_BYTES) }),
      };
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(unpacked);
    } catch {
      return {
        ok: false,
        error: t("shareErr.notText"),
      };
    }
    return { ok: true, text };
  } catch (e) {
    // A safety net: a surprise in a browser's streams must not take the app down.
    return {
      ok: false,
      error: t("shareErr.unreadable", {
        error: e instanceof Error ? e.message.slice(0, 120) : t("shareErr.unexpected"),
      }),
    };
  }
}

/** The name a share link's dataset goes by in messages and format detection. */
export const SHARE_FILENAME = "shared-timeline.json";
/** Put before the importer's own message when a link unpacks but its timeline is not usable. */
export const shareErrorPrefix = (): string => `${t("load.shareFailedPrefix")} `;

/**
 * Unpack and check a fragment exactly like a `data=` file: the same outcome
 * (`ok` with the dataset and its problems, or a message). Never throws.
 */
export async function decodeShareDataset(fragment: string): Promise<ParseOutcome> {
  const unpacked = await decodeShareFragment(fragment);
  if (!unpacked.ok) return { ok: false, error: unpacked.error, problems: [] };
  const parsed = parseDatasetText(unpacked.text, {
    filename: SHARE_FILENAME,
    contentType: "application/json",
    decodedByApp: true,
  });
  if (parsed.ok) return parsed;
  return { ...parsed, error: shareErrorPrefix() + parsed.error };
}
