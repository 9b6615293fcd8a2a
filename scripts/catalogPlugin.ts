/**
 * Message catalogs: `import messages from "virtual:i18n-catalog/ja"` compiles
 * src/i18n/catalogs/ja.json (ICU MessageFormat strings) at build time, so the bundle carries
 * Lingui's compiled form and never the ICU parser. Each catalog is its own module: the app
 * imports English statically and every other language on demand.
 *
 * In a build each catalog is cut in two (issues 15 and 17, the first view's weight):
 * `virtual:i18n-catalog/ja` holds what the first view may say, `virtual:i18n-catalog/ja/more`
 * the strings only code behind a dynamic import uses (dialogs, editor, share, export, print,
 * the other views). The cut follows the module graph, so nobody keeps a list: a key named
 * (as a quoted literal) by a module the entry imports statically stays in the first part,
 * and so does a key no module names (built at run time, as `dim.${id}`); every other key
 * goes to the second part. The graph is only complete once every module is loaded, so the
 * catalog modules are placeholders until renderChunk fills them in.
 * The JSON files stay one per language, as translators edit them. In dev and tests the
 * first part holds every key and the second is empty.
 *
 * Code behind a dynamic import gets its strings with it through `withMessages` (src/i18n/i18n.ts);
 * a string asked for before its part arrives shows blank for a moment, never its key.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";

const PREFIX = "virtual:i18n-catalog/";
const RESOLVED = "\0i18n-catalog:";
const MORE = "-more";
const PLACEHOLDER = "__spt_i18n_catalog__:";

/** The keys a module's text names as a quoted literal. */
export function keysNamedIn(text: string, keys: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const key of keys)
    if (text.includes(`"${key}"`) || text.includes(`'${key}'`) || text.includes(`\`${key}\``)) out.add(key);
  return out;
}

/**
 * Which keys go to the second part: those some module names and no first-view module names.
 * `firstView` and `others` are the texts of the modules the entry loads statically and of all
 * the rest.
 */
export function splitKeys(keys: readonly string[], firstView: string[], others: string[]): Set<string> {
  const first = new Set<string>();
  for (const text of firstView) for (const k of keysNamedIn(text, keys)) first.add(k);
  const lazy = new Set<string>();
  for (const text of others) for (const k of keysNamedIn(text, keys)) if (!first.has(k)) lazy.add(k);
  return lazy;
}

function compileCatalog(file: string, pick: (key: string) => boolean): Record<string, unknown> {
  const source = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  const compiled: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(source)) {
    if (!pick(key)) continue;
    try {
      compiled[key] = compileMessageOrThrow(message);
    } catch (e) {
      throw new Error(`${path.basename(file)} ${key}: ${(e as Error).message}`, { cause: e });
    }
  }
  return compiled;
}

export function catalogPlugin(root = process.cwd()): Plugin {
  let split = false;
  let lazy: Set<string> | undefined;
  const dir = path.join(root, "src/i18n/catalogs");
  return {
    name: "soft-power-timeline:i18n-catalogs",
    configResolved(config) {
      split = config.command === "build" && config.mode !== "test";
    },
    buildStart() {
      lazy = undefined;
    },
    resolveId(id) {
      // "ja/more" resolves to "ja-more" so its chunk is named after the language, not "more".
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length).replace(/\/more$/, MORE) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      const more = name.endsWith(MORE);
      const lang = more ? name.slice(0, -MORE.length) : name; // no language ends in "-more"
      if (!/^[A-Za-z-]+$/.test(lang)) this.error(`Bad catalog name ${lang}`);
      const file = path.join(dir, `${lang}.json`);
      this.addWatchFile(file);
      if (!split) {
        try {
          return `export default ${JSON.stringify(more ? {} : compileCatalog(file, () => true))};`;
        } catch (e) {
          this.error(`src/i18n/catalogs/${(e as Error).message}`);
        }
      }
      // The hash of the JSON keeps the chunk's file name honest when a translation changes.
      const stamp = createHash("sha256").update(fs.readFileSync(file)).digest("hex").slice(0, 12);
      // A call, so the bundler cannot copy the catalog into each place that uses it.
      return `export default JSON.parse("${PLACEHOLDER}${name}:${stamp}");`;
    },
    renderChunk(code) {
      if (!split || !code.includes(PLACEHOLDER)) return null;
      if (!lazy) {
        // The entry and what it imports statically, transitively: the first view.
        const firstView = new Set<string>();
        const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
        while (queue.length) {
          const id = queue.pop()!;
          if (firstView.has(id)) continue;
          firstView.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        const text = (id: string) => {
          if (id.startsWith("\0") || id.includes("node_modules")) return "";
          const info = this.getModuleInfo(id);
          const file = id.split("?")[0]!;
          return info?.code ?? (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "");
        };
        const ids = [...this.getModuleIds()];
        const keys = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, "en.json"), "utf8")) as object);
        lazy = splitKeys(
          keys,
          ids.filter((id) => firstView.has(id)).map(text),
          ids.filter((id) => !firstView.has(id)).map(text),
        );
      }
      const isLazy = lazy;
      const out = code.replace(
        new RegExp(`(["'\`])${PLACEHOLDER}([A-Za-z-]+):[0-9a-f]+\\1`, "g"),
        (_m, _q, name: string) => {
          const more = name.endsWith(MORE);
          const lang = more ? name.slice(0, -MORE.length) : name;
          try {
            const part = compileCatalog(path.join(dir, `${lang}.json`), (k) => isLazy.has(k) === more);
            return JSON.stringify(JSON.stringify(part)); // a string for the JSON.parse above
          } catch (e) {
            this.error(`src/i18n/catalogs/${(e as Error).message}`);
          }
        },
      );
      return { code: out, map: null };
    },
  };
}
