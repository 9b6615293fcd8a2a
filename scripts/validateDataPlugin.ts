/**
 * Build-time validation: `vite build` fails, naming the event and field, when
 * data/events.json or a story in data/stories/ is invalid.
 */
import fs from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { validateDataset } from "../src/data/validate";
import { validateStory } from "../src/data/storySchema";

export function validateDataPlugin(root = process.cwd()): Plugin {
  return {
    name: "soft-power-timeline:validate-data",
    buildStart() {
      const file = path.join(root, "data/events.json");
      const raw = JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
      const result = validateDataset(raw);
      const messages = result.problems.map((p) => `  data/events.json ${p.path}: ${p.message}`);
      const storiesDir = path.join(root, "data/stories");
      if (result.dataset && fs.existsSync(storiesDir)) {
        for (const f of fs.readdirSync(storiesDir).filter((n) => n.endsWith(".json"))) {
          const story = JSON.parse(fs.readFileSync(path.join(storiesDir, f), "utf8")) as unknown;
          for (const p of validateStory(story, result.dataset).problems)
            messages.push(`  data/stories/${f} ${p.path}: ${p.message}`);
        }
      }
      if (messages.length) this.error(`The dataset is invalid:\n${messages.join("\n")}`);
    },
  };
}
