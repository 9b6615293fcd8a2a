// Runs every tests/e2e/*.e2e.mjs file with node:test against the production build
// (dist/ and dist-offline/ must exist: `npm test` builds them first).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = path.dirname(new URL(import.meta.url).pathname);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".e2e.mjs"))
  .map((f) => path.join(dir, f));
if (!fs.existsSync("dist/index.html")) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
fs.mkdirSync("test-results", { recursive: true });
const args = [
  "--test",
  "--test-concurrency=2",
  "--test-reporter=spec",
  "--test-reporter-destination=stdout",
  "--test-reporter=tap",
  "--test-reporter-destination=test-results/e2e.tap",
  ...files,
];
const r = spawnSync(process.execPath, args, { stdio: "inherit" });
process.exit(r.status ?? 1);
