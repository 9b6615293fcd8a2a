import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { viteSingleFile } from "vite-plugin-singlefile";
import { VitePWA } from "vite-plugin-pwa";
import { validateDataPlugin } from "./scripts/validateDataPlugin";
import { catalogPlugin } from "./scripts/catalogPlugin";
import { dataPartsPlugin } from "./scripts/dataPartsPlugin";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
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

/**
 * Offline in class: after one visit a service worker serves the app shell, every lazy
 * chunk and the built-in data from the cache. It waits until the page says so
 * (src/offline/registerOffline.ts offers "A new version is available — Reload"), so an
 * update never lands mid-lesson. Not in the single-file build: file:// has no service workers.
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: "prompt",
    // We register it ourselves, after the first paint and never in a frame or from file://.
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ["**/*.{js,css,html,svg,json,csv}"],
      cleanupOutdatedCaches: true,
      // Any address of the app (`./?view=table&actors=japan`) opens from the cache offline;
      // files beside it (template.csv, dataset.schema.json) are not pages.
      navigateFallback: "index.html",
      navigateFallbackAllowlist: [/\/(index\.html)?(\?.*)?$/],
    },
  });
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
    resolve: {
      // Figures' number scales as their own copy of d3-scale: bundled as one file, a shared
      // d3-scale would carry their number formatting (d3-format) into the first view, which
      // needs only the time scale (issues 15 and 17). See src/components/Figures/d3-numeric.d.ts.
      alias: [
        {
          find: /^d3-scale\/numeric$/,
          replacement: `${fileURLToPath(import.meta.resolve("d3-scale"))}?numeric`,
        },
      ],
    },
    plugins: [
      validateDataPlugin(),
      dataPartsPlugin(),
      catalogPlugin(),
      react(),
      ...(single ? [viteSingleFile(), inlineFavicon()] : offline()),
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
