/**
 * Message catalogs: `import messages from "virtual:i18n-catalog/ja"` compiles
 * src/i18n/catalogs/ja.json (ICU MessageFormat strings) at build time, so the bundle carries
 * Lingui's compiled form and never the ICU parser. Each catalog is its own module: the app
 * imports English statically and every other language on demand.
 *
 * In a build each catalog is cut in two (issues 15 and 17, the first view's weight):
 * `virtual:i18n-catalog/ja` holds what the first view may say, `virtual:i18n-catalog/ja/more`
 * the strings only code behind a lazy() import uses (dialogs, About, share, export, print,
 * the other views). The cut is by which source files use a key (LAZY_FILES below), so the
 * JSON files stay one per language, as translators edit them. In dev and tests the first part
 * holds every key and the second is empty.
 */
import fs from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";

const PREFIX = "virtual:i18n-catalog/";
const RESOLVED = "\0i18n-catalog:";
const MORE = "-more";

/**
 * Modules the first view never loads: each is reached only through a lazy() import (or only
 * from such modules). A key used ONLY in these files goes to the lazy part; a key used
 * anywhere else, built dynamically or not found at all stays in the first part.
 * The build warns if a first-view chunk still names a lazy key (see generateBundle).
 */
export const LAZY_FILES = [
  "components/About/AboutBody.tsx",
  "components/Cite/CiteDialog.tsx",
  "components/Compare/",
  "components/Dataset/DataProblemsBanner.tsx",
  "components/Detail/DetailPanel.tsx",
  "components/Detail/EventImageView.tsx",
  "components/Embed/EmbedDialog.tsx",
  "components/Embed/EmbedPreview.tsx",
  "components/Embed/CodeBlock.tsx",
  "components/Export/ExportPanel.tsx",
  "components/Export/ExportFallback.tsx",
  "components/Export/PrintSheet.tsx",
  "components/Export/exportActions.ts",
  "components/Figures/",
  "components/Share/ShareDialog.tsx",
  "components/Share/SharedBanner.tsx",
  "components/Story/FollowDialog.tsx",
  "components/Story/PresentationBar.tsx",
  "components/Story/QrCode.tsx",
  "components/Story/StoryPanel.tsx",
  "components/Story/WorksheetSheet.tsx",
  "components/Table/",
];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (/\.tsx?$/.test(e.name) && !/\.(test|spec)\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** The keys of `keys` that only LAZY_FILES name (as a quoted literal). */
export function lazyKeys(root: string, keys: string[]): Set<string> {
  const src = path.join(root, "src");
  const files = sourceFiles(src).map((f) => ({
    lazy: LAZY_FILES.some((l) => path.relative(src, f).split(path.sep).join("/").startsWith(l)),
    text: fs.readFileSync(f, "utf8"),
  }));
  const out = new Set<string>();
  for (const key of keys) {
    const quoted = [`"${key}"`, `'${key}'`, `\`${key}\``];
    const users = files.filter((f) => quoted.some((q) => f.text.includes(q)));
    if (users.length > 0 && users.every((f) => f.lazy)) out.add(key);
  }
  return out;
}

export function catalogPlugin(root = process.cwd()): Plugin {
  let split = false;
  let lazy: Set<string> | undefined;
  const lazySet = () => {
    if (!lazy) {
      const en = JSON.parse(fs.readFileSync(path.join(root, "src/i18n/catalogs/en.json"), "utf8")) as object;
      lazy = lazyKeys(root, Object.keys(en));
    }
    return lazy;
  };
  return {
    name: "soft-power-timeline:i18n-catalogs",
    configResolved(config) {
      split = config.command === "build" && config.mode !== "test";
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
      const file = path.join(root, "src/i18n/catalogs", `${lang}.json`);
      this.addWatchFile(file);
      const source = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
      const compiled: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(source)) {
        const isLazy = split && lazySet().has(key);
        if (isLazy !== more) continue;
        try {
          compiled[key] = compileMessageOrThrow(message);
        } catch (e) {
          this.error(`src/i18n/catalogs/${lang}.json ${key}: ${(e as Error).message}`);
        }
      }
      return `export default ${JSON.stringify(compiled)};`;
    },
    generateBundle(_options, bundle) {
      if (!split) return;
      // The entry and what it imports statically: a lazy key named there would be fetched late.
      const first = new Set<string>();
      const visit = (name: string) => {
        const chunk = bundle[name];
        if (!chunk || chunk.type !== "chunk" || first.has(name)) return;
        first.add(name);
        chunk.imports.forEach(visit);
      };
      for (const [name, chunk] of Object.entries(bundle))
        if (chunk.type === "chunk" && chunk.isEntry) visit(name);
      for (const name of first) {
        const chunk = bundle[name];
        if (chunk.type !== "chunk" || chunk.fileName.includes("i18n-catalog")) continue;
        for (const key of lazySet())
          if (chunk.code.includes(`"${key}"`))
            this.warn(
              `${chunk.fileName} names lazy catalog key ${key}: add its user to first view (LAZY_FILES)`,
            );
      }
    },
  };
}
