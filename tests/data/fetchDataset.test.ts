import { describe, expect, it, vi } from "vitest";
import { fetchDatasetText, resolveDatasetUrl } from "../../src/data/fetchDataset";
import { MAX_DATASET_BYTES } from "../../src/data/parseDataset";

const enc = new TextEncoder();

/** A fake fetch answering with the given chunks, headers and status; records the URL it was asked for. */
function fakeFetch(chunks: string[] | Uint8Array[], init: ResponseInit = {}) {
  const calls: string[] = [];
  const impl = (async (input: RequestInfo | URL) => {
    calls.push(String(input));
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const ch of chunks) c.enqueue(typeof ch === "string" ? enc.encode(ch) : ch);
        c.close();
      },
    });
    return new Response(stream, init);
  }) as typeof fetch;
  return { impl, calls };
}

/** A fetch that never answers unless its signal aborts it (or never at all, with `ignoreSignal`). */
function hangingFetch(ignoreSignal = false): typeof fetch {
  return ((_input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((_, reject) => {
      if (!ignoreSignal)
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
    })) as typeof fetch;
}

describe("resolveDatasetUrl", () => {
  it.each([
    ["https://example.org/data.csv", "https://example.org/data.csv"],
    ["http://example.org/d.json", "http://example.org/d.json"],
    ["data/my.csv", "https://app.example/timeline/data/my.csv"],
    ["/x.json", "https://app.example/x.json"],
    ["//cdn.example/x.json", "https://cdn.example/x.json"],
  ])("allows %s", (url, resolved) => {
    expect(resolveDatasetUrl(url, "https://app.example/timeline/")).toEqual({ ok: true, url: resolved });
  });

  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "data:text/csv,a,b",
    "file:///etc/passwd",
    "ftp://x/y.csv",
    "blob:https://x/1",
  ])("refuses %s", (url) => {
    expect(resolveDatasetUrl(url, "https://app.example/")).toMatchObject({
      ok: false,
      error: `The data address '${url}' cannot be loaded: only http and https addresses can be.`,
    });
  });

  it("refuses an empty address", () => {
    expect(resolveDatasetUrl("  ", "https://app.example/")).toMatchObject({
      ok: false,
      error: "The dataset address is empty.",
    });
  });
});

describe("fetchDatasetText", () => {
  it("streams the body, reports progress and returns the text and content type", async () => {
    const { impl, calls } = fakeFetch(["id,date\n", "2003-a,2003\n"], {
      headers: { "content-type": "text/csv; charset=utf-8", "content-length": "20" },
    });
    const progress: [number, number | null][] = [];
    const out = await fetchDatasetText("https://example.org/d.csv", {
      fetchImpl: impl,
      onProgress: (l, t) => progress.push([l, t]),
    });
    expect(out).toEqual({ ok: true, text: "id,date\n2003-a,2003\n", contentType: "text/csv; charset=utf-8" });
    expect(calls).toEqual(["https://example.org/d.csv"]);
    expect(progress).toEqual([
      [0, 20],
      [8, 20],
      [20, 20],
    ]);
  });

  it("decodes UTF-8 split across chunks and drops a BOM", async () => {
    const bytes = enc.encode("\uFEFFSài Gòn");
    const { impl } = fakeFetch([bytes.slice(0, 5), bytes.slice(5)]);
    const out = await fetchDatasetText("https://example.org/d.csv", { fetchImpl: impl });
    expect(out).toMatchObject({ ok: true, text: "Sài Gòn" });
  });

  it("gives no total when the body is compressed", async () => {
    const { impl } = fakeFetch(["x"], { headers: { "content-length": "1", "content-encoding": "gzip" } });
    const totals: (number | null)[] = [];
    await fetchDatasetText("https://example.org/d.csv", {
      fetchImpl: impl,
      onProgress: (_l, t) => totals.push(t),
    });
    expect(totals.every((t) => t === null)).toBe(true);
  });

  it("refuses a declared size over 64 MB without reading it", async () => {
    const { impl } = fakeFetch(["x"], { headers: { "content-length": String(MAX_DATASET_BYTES + 1) } });
    const out = await fetchDatasetText("https://example.org/d.csv", { fetchImpl: impl });
    expect(out).toMatchObject({
      ok: false,
      error: "The file is larger than 64.0 MB (64.0 MB); split it or leave out some events.",
    });
  });

  it("stops reading once the stream passes 64 MB", async () => {
    const chunk = new Uint8Array(1024 * 1024);
    const { impl } = fakeFetch(Array.from({ length: 65 }, () => chunk));
    const out = await fetchDatasetText("https://example.org/d.csv", { fetchImpl: impl });
    expect(out).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The file is larger than 64\.0 MB;/),
    });
  });

  it.each([
    [404, "The server answered 404: the file was not found for https://example.org/d.csv."],
    [403, "The server answered 403: access is forbidden for https://example.org/d.csv."],
    [418, "The server answered 418 for https://example.org/d.csv."],
  ])("explains HTTP %i", async (status, error) => {
    const { impl } = fakeFetch(["nope"], { status });
    expect(await fetchDatasetText("https://example.org/d.csv", { fetchImpl: impl })).toMatchObject({
      ok: false,
      error,
    });
  });

  it("explains a network or CORS failure", async () => {
    const impl = (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch;
    const out = await fetchDatasetText("https://example.org/d.csv", { fetchImpl: impl });
    // From another site: the message names the ways a file can be shared, and the file route.
    expect(out.ok).toBe(false);
    const error = out.ok ? "" : out.error;
    expect(error).toMatch(/^Could not read the dataset at https:\/\/example\.org\/d\.csv\. /);
    for (const way of [
      "CORS",
      "GitHub Pages",
      "Google Sheet published to the web as CSV",
      "static server",
      "A file from this device",
    ])
      expect(error).toContain(way);
  });

  it("times out after timeoutMs, even when fetch ignores the signal", async () => {
    vi.useFakeTimers();
    try {
      for (const ignore of [false, true]) {
        const pending = fetchDatasetText("https://example.org/d.csv", { fetchImpl: hangingFetch(ignore) });
        await vi.advanceTimersByTimeAsync(15_000);
        expect(await pending).toMatchObject({
          ok: false,
          error: "The server did not answer within 15 seconds. Check the address or try again later.",
        });
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it("can be cancelled from outside", async () => {
    const controller = new AbortController();
    const pending = fetchDatasetText("https://example.org/d.csv", {
      fetchImpl: hangingFetch(),
      signal: controller.signal,
    });
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: "Loading was cancelled." });
  });

  it("names the bad address of a missing relative file and says where to put it", async () => {
    const { impl } = fakeFetch(["nope"], { status: 404 });
    const out = await fetchDatasetText("my-lesson.csv", {
      fetchImpl: impl,
      baseUrl: "https://app.example/t/",
    });
    expect(out).toMatchObject({
      ok: false,
      error:
        "The server answered 404: the file was not found for https://app.example/t/my-lesson.csv. For data=my-lesson.csv the file must sit next to the page (in the project, put it in public/ before building).",
    });
  });

  it("refuses non-http addresses without calling fetch", async () => {
    const impl = vi.fn() as unknown as typeof fetch;
    const out = await fetchDatasetText("javascript:alert(document.cookie)", { fetchImpl: impl });
    expect(out).toMatchObject({
      ok: false,
      error:
        "The data address 'javascript:alert(document.cookie)' cannot be loaded: only http and https addresses can be.",
    });
    expect(impl).not.toHaveBeenCalled();
  });

  it("resolves relative addresses against the page", async () => {
    const { impl, calls } = fakeFetch(["{}"]);
    await fetchDatasetText("my.json", { fetchImpl: impl, baseUrl: "https://teacher.example/unit/" });
    expect(calls).toEqual(["https://teacher.example/unit/my.json"]);
  });

  it("never rejects, even when fetch returns garbage", async () => {
    const impl = (async () => null) as unknown as typeof fetch;
    await expect(fetchDatasetText("https://example.org/d.csv", { fetchImpl: impl })).resolves.toMatchObject({
      ok: false,
    });
  });
});
