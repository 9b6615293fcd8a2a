/** "Cite this view": one plain-text citation with title, sources, deep link and access date. Pure. */
import type { Source } from "../../data/schema";
import { viewLine, type ViewSummary } from "../Export/viewSummary";
import { t } from "../../i18n/i18n";

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
  const title = t("quote", { text: s.title });
  return `${who ? `${who}, ` : ""}${title}${s.year ? ` (${s.year})` : ""}`;
}

export function formatCitation({ view, sources, url, date }: CitationInput): string {
  const title = view.storyStep
    ? t("cite.withStep", { title: view.title, step: view.storyStep.title })
    : view.title;
  const data = t(view.isCustom ? "cite.data" : "cite.dataset", { title: view.datasetTitle });
  const src = sources.length ? t("cite.compiledFrom", { sources: sources.map(sourceLine).join("; ") }) : "";
  return t("cite.text", { title, view: viewLine(view), data, src, url, date });
}
