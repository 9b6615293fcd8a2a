/**
 * `data/events.json?part=chart` and `?part=details` (and the same for
 * data/translations/<lang>.json): the built-in dataset cut in two at build time, so the
 * first view downloads only what the chart draws (src/data/builtInParts.ts says how).
 * Each part is a module whose default export is the part (parsed with JSON.parse, which
 * engines read faster than an object literal of this size).
 */
import fs from "node:fs";
import type { Plugin } from "vite";
import { splitDataset, splitTranslation } from "../src/data/builtInParts";
import type { ContentTranslation, Dataset } from "../src/data/schema";

const PART = /[?&]part=(chart|details)(?:&|$)/;

export function dataPartsPlugin(): Plugin {
  return {
    name: "soft-power-timeline:data-parts",
    enforce: "pre",
    load(id) {
      const m = PART.exec(id);
      if (!m) return null;
      const file = id.split("?")[0]!;
      if (!file.endsWith(".json")) return null;
      this.addWatchFile(file);
      const raw = JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
      const parts = /[\\/]translations[\\/][^\\/]+\.json$/.test(file)
        ? splitTranslation(raw as ContentTranslation)
        : splitDataset(raw as Dataset);
      const json = JSON.stringify(m[1] === "chart" ? parts.chart : parts.details);
      return { code: `export default JSON.parse(${JSON.stringify(json)});`, moduleType: "js" };
    },
  };
}
