/** "Cite this view": one plain-text citation with title, sources, deep link and access date. Pure. */
import type { Source } from "../../data/schema";
import { viewLine, type ViewSummary } from "../Export/viewSummary";

export interface CitationInput {
  view: ViewSummary;
  sources: readonly Source[];
  url: string;
  /** Access date as words, e.g. "12 May 2025". */
  date: string;
}

/** "The Courteous Charmer: … (2023)", with author and publisher when the source has them. */
export function sourceLine(s: Source): string {
  const who = [s.author, s.publisher].filter(Boolean).join(", ");
  return `${who ? `${who}, ` : ""}“${s.title}”${s.year ? ` (${s.year})` : ""}`;
}

export function formatCitation({ view, sources, url, date }: CitationInput): string {
  const title = view.storyStep ? `${view.title}: “${view.storyStep.title}”` : view.title;
  const data = view.isCustom ? `Data: “${view.datasetTitle}”` : `Dataset: “${view.datasetTitle}”`;
  const src = sources.length ? `, compiled from ${sources.map(sourceLine).join("; ")}` : "";
  return `${title} [interactive timeline]. View: ${viewLine(view)}. ${data}${src}. ${url} (accessed ${date}).`;
}
