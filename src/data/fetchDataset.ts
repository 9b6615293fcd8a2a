/**
 * Download a dataset's text from a `data=` URL: http(s) or relative only,
 * streamed with progress, stopped past the size limit or after a timeout, and every
 * failure turned into a message a teacher can act on. Never throws.
 */
import { MAX_DATASET_BYTES, formatBytes } from "./parseDataset";
import { ref, type MessageRef, type MessageValues } from "./messageRef";

/** A failure: the English words, and the catalog key that translates them (see messageRef.ts). */
export type TextFailure = { ok: false; error: string; errorRef?: MessageRef };

export type TextOutcome = { ok: true; text: string; contentType: string | null } | TextFailure;

const failure = (error: string, key: string, values?: MessageValues): TextFailure => ({
  ok: false,
  error,
  errorRef: ref(key, values),
});

export interface FetchDatasetOptions {
  /** Give up after this long, body included (default 15 000 ms). */
  timeoutMs?: number;
  /** Abort from outside (e.g. the user loads another dataset). */
  signal?: AbortSignal;
  /** For tests; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
  /** Called as bytes arrive; `totalBytes` is null when the server does not say. */
  onProgress?: (loadedBytes: number, totalBytes: number | null) => void;
  /** Base for relative URLs; defaults to the page's address. */
  baseUrl?: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** The absolute URL to fetch, or a message when the address is not allowed. */
export function resolveDatasetUrl(url: string, baseUrl?: string): { ok: true; url: string } | TextFailure {
  const trimmed = url.trim();
  if (!trimmed) return failure("The dataset address is empty.", "import.fetch.empty");
  const base = baseUrl ?? (typeof location !== "undefined" ? location.href : "http://localhost/");
  let resolved: URL;
  try {
    resolved = new URL(trimmed, base);
  } catch {
    return failure(`'${trimmed.slice(0, 80)}' is not a web address.`, "import.fetch.notAddress", {
      url: trimmed.slice(0, 80),
    });
  }
  // A relative URL inherits the page's scheme; from file:// (offline build) it stays local, which is fine.
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !trimmed.startsWith("//");
  if (resolved.protocol !== "http:" && resolved.protocol !== "https:" && !relative) {
    return failure(
      `The data address '${shorten(trimmed)}' cannot be loaded: only http and https addresses can be.`,
      "import.fetch.scheme",
      { url: shorten(trimmed) },
    );
  }
  return { ok: true, url: resolved.href };
}

/** A status's meaning in words, and its name in the catalog's {why, select, …}. */
const STATUS_TEXT: Record<number, [string, string]> = {
  401: ["it needs a login", "login"],
  403: ["access is forbidden", "forbidden"],
  404: ["the file was not found", "notFound"],
  410: ["the file is gone", "gone"],
  429: ["too many requests, try again later", "tooMany"],
  500: ["a server error", "server"],
  502: ["a server error", "server"],
  503: ["the server is unavailable", "unavailable"],
};

function tooBig(bytes: number | null): TextFailure {
  const limit = formatBytes(MAX_DATASET_BYTES);
  if (bytes === null)
    return failure(
      `The file is larger than ${limit}; split it or leave out some events.`,
      "import.fetch.tooLarge",
      { limit },
    );
  const size = formatBytes(bytes);
  return failure(
    `The file is larger than ${limit} (${size}); split it or leave out some events.`,
    "import.tooLarge",
    { limit, size },
  );
}

/** An address as shown in a message: whole, unless it is very long. */
function shorten(url: string): string {
  return url.length > 160 ? `${url.slice(0, 160)}…` : url;
}

function isCrossOrigin(url: string): boolean {
  try {
    return typeof location !== "undefined" && new URL(url).origin !== location.origin;
  } catch {
    return false;
  }
}

/** What to do when a file on another site cannot be read: the ways that allow it, and the file route. */
export const CROSS_ORIGIN_HELP =
  "If the address is right, its server does not let other sites read the file (it must send CORS headers). " +
  "Ways that do: GitHub Pages, a Google Sheet published to the web as CSV (File → Share → Publish to web → CSV), " +
  "or a static server with CORS on. Or download the file and choose it under 'A file from this device'.";

/**
 * Fetch a dataset file as text.
 *
 * @example
 * const res = await fetchDatasetText(params.get("data")!, { onProgress: (l, t) => setLoading({ loaded: l, total: t }) });
 * if (res.ok) parseDatasetText(res.text, { contentType: res.contentType ?? undefined, filename: url });
 */
export async function fetchDatasetText(url: string, opts: FetchDatasetOptions = {}): Promise<TextOutcome> {
  const target = resolveDatasetUrl(url, opts.baseUrl);
  if (!target.ok) return target;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchImpl = opts.fetchImpl ?? (typeof fetch === "function" ? fetch : undefined);
  if (!fetchImpl) return failure("This browser cannot download files.", "import.fetch.noFetch");

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  if (opts.signal?.aborted) controller.abort();
  opts.signal?.addEventListener("abort", onOuterAbort);
  // Not every fetch (or body stream) honours the signal at once; racing makes the timeout hold regardless.
  const aborted = new Promise<never>((_, reject) => {
    const stop = () => reject(new Error("aborted"));
    if (controller.signal.aborted) stop();
    else controller.signal.addEventListener("abort", stop, { once: true });
  });
  aborted.catch(() => undefined);
  const race = <T>(p: Promise<T>): Promise<T> => Promise.race([p, aborted]);
  const why = (e: unknown): TextFailure => {
    if (timedOut) {
      const seconds = Math.round(timeoutMs / 1000);
      return failure(
        `The server did not answer within ${seconds} seconds. Check the address or try again later.`,
        "import.fetch.timeout",
        { seconds },
      );
    }
    if (opts.signal?.aborted) return failure("Loading was cancelled.", "load.cancelled");
    const detail = e instanceof Error && e.name !== "TypeError" ? ` (${e.message.slice(0, 120)})` : "";
    const values = { url: shorten(target.url), detail };
    return isCrossOrigin(target.url)
      ? failure(
          `Could not read the dataset at ${shorten(target.url)}${detail}. ${CROSS_ORIGIN_HELP}`,
          "import.fetch.crossOrigin",
          values,
        )
      : failure(
          `Could not download the dataset at ${shorten(target.url)}${detail}. Check the address and your connection.`,
          "import.fetch.failed",
          values,
        );
  };

  try {
    const response = await race(
      fetchImpl(target.url, { signal: controller.signal, credentials: "omit", redirect: "follow" }),
    );
    if (!response.ok) {
      const [explain, explainKey] = STATUS_TEXT[response.status] ?? ["", "none"];
      const relative = !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()) && !url.trim().startsWith("//");
      const where =
        response.status === 404 && relative
          ? ` For data=${shorten(url.trim())} the file must sit next to the page (in the project, put it in public/ before building).`
          : "";
      return failure(
        `The server answered ${response.status}${explain ? `: ${explain}` : ""} for ${shorten(target.url)}.${where}`,
        "import.fetch.status",
        {
          status: response.status,
          why: explainKey,
          url: shorten(target.url),
          relative: where ? "yes" : "no",
          path: shorten(url.trim()),
        },
      );
    }
    const contentType = response.headers.get("content-type");
    const lengthHeader = response.headers.get("content-length");
    const encoded = (response.headers.get("content-encoding") ?? "identity") !== "identity";
    // With compression the header counts compressed bytes while the stream gives plain ones.
    const total = lengthHeader && !encoded && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
    if (total !== null && total > MAX_DATASET_BYTES) {
      controller.abort();
      return tooBig(total);
    }
    opts.onProgress?.(0, total);
    if (!response.body) {
      const text = await race(response.text());
      if (text.length > MAX_DATASET_BYTES) return tooBig(null);
      opts.onProgress?.(text.length, total);
      return { ok: true, text, contentType };
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder("utf-8");
    const parts: string[] = [];
    let loaded = 0;
    for (;;) {
      const { done, value } = await race(reader.read());
      if (done) break;
      loaded += value.byteLength;
      if (loaded > MAX_DATASET_BYTES) {
        controller.abort();
        void reader.cancel().catch(() => undefined);
        return tooBig(null);
      }
      parts.push(decoder.decode(value, { stream: true }));
      opts.onProgress?.(loaded, total);
    }
    parts.push(decoder.decode());
    return { ok: true, text: parts.join(""), contentType };
  } catch (e) {
    return why(e);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener("abort", onOuterAbort);
  }
}
