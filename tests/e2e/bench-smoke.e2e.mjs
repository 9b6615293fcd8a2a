// Smoke run of `npm run bench`: one size, one repetition, ours and vis-timeline.
// It checks the bench still runs end to end and yields numbers; it asserts no
// timings (those are for people to read, see bench/README.md).
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runBench } from "../../bench/run.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

test(
  "bench smoke: 100 events, 1 rep, ours + vis-timeline produce figures",
  { timeout: 240_000 },
  async () => {
    // The e2e runner builds dist/ first; reuse it rather than building again
    // (BENCH_APP_DIR points elsewhere, e.g. bench/.build, when run on its own).
    const appDir = path.resolve(ROOT, process.env.BENCH_APP_DIR ?? "dist");
    assert.ok(fs.existsSync(path.join(appDir, "index.html")), "dist/ must be built first (npm run build)");
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-smoke-"));
    try {
      const { records, summary, markdown, files } = await runBench({
        sizes: [100],
        reps: 1,
        tools: ["ours", "vis"],
        build: false,
        appDir,
        outDir,
        screenshots: false,
        log: () => {},
      });
      for (const tool of ["ours", "vis"]) {
        const r = records.find((x) => x.tool === tool);
        assert.ok(r, `${tool} was run`);
        assert.equal(r.status, "ok", `${tool}: ${r.status} ${r.errors?.join("; ")}`);
        for (const [name, v] of [
          ["readyMs", r.readyMs],
          ["bytes", r.bytes?.total],
          ["heap", r.heapBytes],
          ["frame p50", r.frame?.p50],
          ["frame p95", r.frame?.p95],
          ["idle", r.idleMs],
        ])
          assert.ok(Number.isFinite(v) && v >= 0, `${tool} ${name} is a number (got ${v})`);
        assert.ok(r.bytes.total > 0 && r.frame.frames > 0, `${tool} transferred bytes and drew frames`);
      }
      assert.equal(summary.filter((s) => s.status === "ok").length, 2);
      assert.match(markdown, /\| 100 \| Soft Power Timeline \|/);
      assert.match(markdown, /\| 100 \| vis-timeline \| .*\(×/);
      assert.ok(fs.existsSync(files.json) && fs.existsSync(files.md));
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  },
);
