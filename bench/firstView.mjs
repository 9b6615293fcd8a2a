// The first view's weight and ready time per language, against the budgets
// (English 150 KB gzip, any other language 170 KB). Method: bench/README.md.
//
//   node bench/firstView.mjs [--app-dir dist] [--langs en,ja,th] [--runs 5] [--files] [--idle]
//
// --langs all measures the twelve; --files lists every file with its gzip size;
// --idle waits for the network to go quiet instead of ready + 1.5 s.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../scripts/chromium.mjs";
import { startServer } from "../scripts/serve.mjs";
import { budgetFor, kb, measureFirstView } from "./lib/firstView.mjs";

export const LANGS = ["en", "ja", "zh-Hans", "ko", "id", "ms", "vi", "th", "fil", "km", "lo", "my"];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Measure each language `runs` times in one browser; bytes are the same every run (they are
 * checked to be), ready time is the median. Returns one row per language.
 */
export async function firstViews({ appDir, langs = ["en", "ja", "th"], runs = 1, settle = "window" } = {}) {
  const server = await startServer({ dir: appDir });
  const browser = await launch();
  const rows = [];
  try {
    // One unmeasured load: the browser's own start-up must not land on the first language.
    await measureFirstView(browser, server.url, { settle: "window" });
    for (const lang of langs) {
      const url = lang === "en" ? server.url : `${server.url}?lang=${lang}`;
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await measureFirstView(browser, url, { settle }));
      const last = samples.at(-1);
      rows.push({
        lang,
        url: url.slice(server.url.length - 1),
        total: last.total,
        byType: last.byType,
        files: last.files,
        totals: samples.map((s) => s.total),
        readyMs: median(samples.map((s) => s.readyMs)),
        readySamples: samples.map((s) => Math.round(s.readyMs)),
        budget: budgetFor(lang),
        errors: last.errors,
      });
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  return rows;
}

/** Markdown: one row per language with its budget. */
export function firstViewTable(rows) {
  const lines = [
    "| First view | KB gz | JS | CSS | Data | HTML | Budget | Ready (ms, median) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of rows) {
    const f = (b) => (b / 1024).toFixed(1);
    const over = r.total > r.budget;
    lines.push(
      `| ${r.url} | ${over ? "**" : ""}${f(r.total)}${over ? "** over" : ""} | ${f(r.byType.js)} | ${f(r.byType.css)} | ${f(r.byType.data)} | ${f(r.byType.html)} | ${f(r.budget)} | ${Math.round(r.readyMs)} |`,
    );
  }
  return lines.join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const opt = (name, d) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : d;
  };
  const appDir = path.resolve(opt("--app-dir", "dist"));
  if (!fs.existsSync(path.join(appDir, "index.html"))) {
    console.error(`No build in ${appDir}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const langArg = opt("--langs", "en,ja,th");
  const rows = await firstViews({
    appDir,
    langs: langArg === "all" ? LANGS : langArg.split(","),
    runs: Number(opt("--runs", "1")),
    settle: args.includes("--idle") ? "idle" : "window",
  });
  console.log(firstViewTable(rows));
  for (const r of rows) {
    if (r.readySamples.length > 1)
      console.log(`${r.lang}: ready ${r.readySamples.join(", ")} ms; bytes ${r.totals.join(", ")}`);
    if (r.errors.length) console.log(`${r.lang}: page errors: ${r.errors.join(" | ")}`);
    if (args.includes("--files"))
      for (const f of [...r.files].sort((a, b) => b.bytes - a.bytes))
        console.log(`  ${r.lang} ${kb(f.bytes).padStart(9)}  ${f.type.padEnd(5)} ${f.path}`);
  }
}
