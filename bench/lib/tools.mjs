// The tools the bench compares and how to drive each one. Every entry says which
// page to open for a dataset, which performance mark means "rendered", where the
// chart is, and how it zooms (TimelineJS has no wheel zoom: only its buttons).

/** @typedef {{ id: string, label: string, mark: string, chart: string, zoom: "wheel" | "buttons",
 *   zoomInButton?: string, zoomOutButton?: string, url: (o: { base: string, appPath: string, size: string | number }) => string }} Tool */

const dataUrl = (base, tool, size) => `${base}bench/results/data/${tool}-${size}.json`;
/** The large CSV (size "csv"): 100,000 rows, about 50 MB (bench/generate.mjs writeLargeCsv). */
const csvUrl = (base) => `${base}bench/results/data/ours-100000.csv`;

/** @type {Record<string, Tool>} */
export const TOOLS = {
  ours: {
    id: "ours",
    label: "Soft Power Timeline",
    mark: "timeline:ready",
    chart: '[data-testid="timeline-chart"]',
    zoom: "wheel",
    // "builtin" is the app's own dataset (no data=): the first-view budget of PRODUCT.md.
    url: ({ base, appPath, size }) =>
      size === "builtin"
        ? `${base}${appPath}index.html`
        : `${base}${appPath}index.html?data=${encodeURIComponent(size === "csv" ? csvUrl(base) : dataUrl(base, "ours", size))}`,
    // The same events again from another address: the heap must come back after the first is let go.
    secondUrl: ({ base, size }) =>
      size === "builtin" ? null : `${size === "csv" ? csvUrl(base) : dataUrl(base, "ours", size)}?second`,
  },
  vis: {
    id: "vis",
    label: "vis-timeline",
    mark: "peer:ready",
    chart: '[data-testid="timeline-chart"]',
    zoom: "wheel",
    url: ({ base, size }) =>
      `${base}bench/pages/vis.html?data=${encodeURIComponent(dataUrl(base, "vis", size))}`,
  },
  tljs: {
    id: "tljs",
    label: "TimelineJS3",
    mark: "peer:ready",
    chart: '[data-testid="timeline-chart"]',
    zoom: "buttons",
    zoomInButton: ".tl-menubar-button:has(.tl-icon-zoom-in)",
    zoomOutButton: ".tl-menubar-button:has(.tl-icon-zoom-out)",
    url: ({ base, size }) =>
      `${base}bench/pages/tljs.html?data=${encodeURIComponent(dataUrl(base, "tljs", size))}`,
  },
};
