/**
 * Message catalogs: `import messages from "virtual:i18n-catalog/ja"` compiles
 * src/i18n/catalogs/ja.json (ICU MessageFormat strings) at build time, so the bundle carries
 * Lingui's compiled form and never the ICU parser. Each catalog is its own module: the app
 * imports English statically and every other language on demand.
 */
import fs from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";

const PREFIX = "virtual:i18n-catalog/";
const RESOLVED = "\0i18n-catalog:";

export function catalogPlugin(root = process.cwd()): Plugin {
  return {
    name: "soft-power-timeline:i18n-catalogs",
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const lang = id.slice(RESOLVED.length);
      if (!/^[A-Za-z-]+$/.test(lang)) this.error(`Bad catalog name ${lang}`);
      const file = path.join(root, "src/i18n/catalogs", `${lang}.json`);
      this.addWatchFile(file);
      const source = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
      const compiled: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(source)) {
        try {
          compiled[key] = compileMessageOrThrow(message);
        } catch (e) {
          this.error(`src/i18n/catalogs/${lang}.json ${key}: ${(e as Error).message}`);
        }
      }
      return `export default ${JSON.stringify(compiled)};`;
    },
  };
}
