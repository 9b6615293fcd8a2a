import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { viteSingleFile } from "vite-plugin-singlefile";
import { validateDataPlugin } from "./scripts/validateDataPlugin";
import { catalogPlugin } from "./scripts/catalogPlugin";
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

/** Single file: the favicon too becomes a data: URL, so index.html alone is the whole app. */
function inlineFavicon(): Plugin {
  return {
    name: "inline-favicon",
    transformIndexHtml(html) {
      const svg = readFileSync(new URL("./public/favicon.svg", import.meta.url), "utf8");
      return html.replace('href="./favicon.svg"', `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
    },
  };
}

// `--mode single` writes one self-contained HTML file (dist-offline/index.html)
// that runs from file:// with no network: scripts, styles and data inlined.
export default defineConfig(({ mode }) => {
  const single = mode === "single";
  return {
    // Relative base: the build works from any sub-path (course site, GitHub Pages, LMS package).
    base: "./",
    // viteSingleFile also inlines dynamic imports (the dataset chunk, lazy views and
    // dialogs) into the one script: nothing is fetched at run time from file://.
    plugins: [
      validateDataPlugin(),
      catalogPlugin(),
      react(),
      ...(single ? [viteSingleFile(), inlineFavicon()] : []),
    ],
    build: {
      outDir: single ? "dist-offline" : "dist",
      target: "es2022",
      sourcemap: false,
      reportCompressedSize: false,
      assetsInlineLimit: single ? 100_000_000 : 4096,
    },
    test: {
      environment: "jsdom",
      setupFiles: ["tests/setup.ts"],
      include: ["tests/**/*.test.{ts,tsx}"],
      exclude: ["tests/e2e/**", "node_modules/**"],
      pool: "threads",
      // Two cores under load can take seconds for a heavy file; a timeout is not a speed test.
      testTimeout: 30_000,
      // CI also writes a JSON report that .ci/run sums into its final line.
      reporters: process.env.CI ? ["default", "json"] : ["default"],
      outputFile: { json: "test-results/vitest.json" },
    },
  };
});
