import { describe, expect, it } from "vitest";
import { readDatasetFile } from "../../src/data/readFile";

describe("readDatasetFile", () => {
  it("reads a file as UTF-8 text with its type", async () => {
    const file = new File(["\uFEFFid,date\nSài Gòn,2003\n"], "mine.csv", { type: "text/csv" });
    const out = await readDatasetFile(file);
    expect(out).toMatchObject({ ok: true, contentType: "text/csv" });
    expect(out.ok && out.text.replace(/^\uFEFF/, "")).toBe("id,date\nSài Gòn,2003\n");
  });

  it("gives null for an unknown type", async () => {
    expect(await readDatasetFile(new File(["{}"], "x"))).toEqual({ ok: true, text: "{}", contentType: null });
  });

  it("refuses an empty file and one over 64 MB", async () => {
    expect(await readDatasetFile(new File([], "empty.csv"))).toMatchObject({
      ok: false,
      error: "'empty.csv' is empty.",
    });
    const big = await readDatasetFile(new File([new Uint8Array(64 * 1024 * 1024 + 1)], "big.json"));
    expect(big).toMatchObject({
      ok: false,
      error: "'big.json' is 64.0 MB; the limit is 64.0 MB. Split it or leave out some events.",
    });
  });

  it("turns a read failure into a message", async () => {
    const file = new File(["x"], "cloud.csv");
    Object.defineProperty(file, "text", { value: () => Promise.reject(new Error("NotReadableError")) });
    expect(await readDatasetFile(file)).toMatchObject({
      ok: false,
      error:
        "'cloud.csv' could not be read. If it is on a network drive or in the cloud, save a local copy first.",
    });
  });
});
