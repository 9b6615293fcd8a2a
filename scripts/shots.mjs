// `npm run shots`: screenshots of the main views at 1280×800, 1024×768 and 375×667
// into shots/ (git-ignored). Serves dist/ (run `npm run build` first).
import fs from "node:fs";
import { launch } from "./chromium.mjs";
import { startServer } from "./serve.mjs";

const SIZES = [
  [1280, 800],
  [1024, 768],
  [375, 667],
];
const VIEWS = (process.env.SHOTS ?? "timeline,table,compare,figures,zoomed,detail,dark,contrast")
  .split(",")
  .map((s) => s.trim());
const QUERIES = {
  timeline: "",
  table: "?view=table",
  compare: "?view=compare",
  figures: "?view=figures",
  zoomed: "?from=2003&to=2009",
  detail: "?event=2003-tokyo-declaration",
  dark: "?theme=dark",
  contrast: "?theme=contrast",
  story: "?story=1&step=4",
  embed: "?embed=1",
};

const outDir = process.env.SHOTS_DIR ?? "shots";
fs.mkdirSync(outDir, { recursive: true });
const server = await startServer({ dir: process.env.SHOTS_BUILD ?? "dist" });
const browser = await launch();
try {
  for (const [w, h] of SIZES) {
    for (const v of VIEWS) {
      const q = QUERIES[v] ?? v;
      const ctx = await browser.newContext({ viewport: { width: w, height: h } });
      const page = await ctx.newPage();
      page.on("pageerror", (e) => console.error(`[${v} ${w}x${h}] page error: ${e.message}`));
      await page.goto(server.url + q);
      await page.waitForFunction(() => performance.getEntriesByName("timeline:ready").length > 0, null, {
        timeout: 15000,
      });
      await page.waitForTimeout(300);
      const file = `${outDir}/${v}-${w}x${h}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await ctx.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
