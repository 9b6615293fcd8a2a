/**
 * Export the current view: chart as SVG or PNG (2×), filtered events as CSV or
 * JSON. Loaded on the first click of the Export menu.
 */
import type { TimelineState } from "../../store/types";
import { selectFilteredEvents, selectLaneActors } from "../../store/selectors";
import { buildChartSvg, svgToPng } from "./exportChart";
import { buildViewSvg } from "./exportView";
import { CHART_SELECTOR, VIEW_ROOT_SELECTOR } from "./chartSelector";
import { eventsToCsv, eventsToJson } from "./exportData";
import { accessDate, describeView, exportFileBase, viewLine } from "./viewSummary";
import { inFrame, saveBlob } from "./download";
import { t } from "../../i18n/i18n";

export type ExportKind = "svg" | "png" | "csv" | "json";

export interface ExportFile {
  kind: ExportKind;
  name: string;
  blob: Blob;
  /** The text of text formats (CSV, JSON, SVG), for the copy fallback. */
  text?: string;
}

export interface ExportOutcome {
  file: ExportFile;
  /** The download was started (it may still be blocked by an embedding page). */
  started: boolean;
  /** Offer the content by hand too: the download may be blocked here. */
  offerFallback: boolean;
}

async function storyStepTitle(s: TimelineState): Promise<string | undefined> {
  if (s.storyStep === null || !s.dataset) return undefined;
  const { loadStory } = await import("../../story/loadStory");
  const { story } = await loadStory(s.dataset);
  return story?.steps[Math.min(s.storyStep, story.steps.length) - 1]?.title;
}

/** Make the file for `kind` from the store state (and, for the chart, the SVG on screen). */
export async function makeExport(
  kind: ExportKind,
  s: TimelineState,
  url = window.location.href,
): Promise<ExportFile> {
  const ds = s.dataset;
  if (!ds) throw new Error(t("export.err.noDataset"));
  const events = selectFilteredEvents(s);
  const view = describeView(s, events, await storyStepTitle(s));
  const base = exportFileBase(view, { actors: s.actors, categories: s.categories });
  switch (kind) {
    case "csv": {
      const text = eventsToCsv(ds, events);
      return { kind, name: `${base}.csv`, text, blob: new Blob([text], { type: "text/csv;charset=utf-8" }) };
    }
    case "json": {
      const text = eventsToJson(ds, events, t("export.exportedView", { view: viewLine(view), url }));
      return { kind, name: `${base}.json`, text, blob: new Blob([text], { type: "application/json" }) };
    }
    case "svg":
    case "png": {
      const out = s.view === "timeline" ? chartImage() : viewImage();
      function chartImage() {
        const svg = document.querySelector<SVGSVGElement>(CHART_SELECTOR);
        if (!svg) throw new Error(t("export.err.noChart"));
        return buildChartSvg({
          svg,
          ds: ds!,
          events,
          lanes: selectLaneActors(s),
          view,
          url,
          date: accessDate(),
        });
      }
      // Table, Compare, Figures: the view's own root (the panel's first child), drawn whole.
      function viewImage() {
        const root = document.querySelector<HTMLElement>(VIEW_ROOT_SELECTOR);
        if (!root) throw new Error(t("export.err.noView"));
        return buildViewSvg({ root, sources: ds!.sources, view, url, date: accessDate() });
      }
      if (kind === "svg")
        return {
          kind,
          name: `${base}.svg`,
          text: out.svg,
          blob: new Blob([out.svg], { type: "image/svg+xml" }),
        };
      const png = await svgToPng(out.svg, out.width, out.height, 2);
      return { kind, name: `${base}@2x.png`, blob: png };
    }
  }
}

/** Make the file and start its download. */
export async function runExport(kind: ExportKind, s: TimelineState): Promise<ExportOutcome> {
  const file = await makeExport(kind, s);
  const started = saveBlob(file.blob, file.name);
  return { file, started, offerFallback: !started || inFrame() };
}
