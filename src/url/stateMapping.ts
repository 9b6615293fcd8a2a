/**
 * Between the URL's strings and the store's values. Pure.
 */
import { parsePartialDate } from "../data/dates";
import { domainToRange } from "../chart/range";
import { paddedExtent } from "../chart/timeScale";

// Kept here too: callers that map state to URLs use it alongside stateToUrl.
export { domainToRange };
import type { Domain, InitialState, TimelineState } from "../store/types";
import type { UrlState } from "./urlState";

export function rangeToDomain(from?: string, to?: string): Domain | null {
  if (!from && !to) return null;
  const a = from ? parsePartialDate(from)?.start : -Infinity;
  const b = to ? parsePartialDate(to)?.end : Infinity;
  if (a === undefined || b === undefined || b <= a) return null;
  return [a, b];
}

/** The part of the state a URL navigates: what Back and Forward restore. */
export function urlToViewState(u: UrlState) {
  return {
    view: u.view ?? "timeline",
    actors: u.actors ?? null,
    categories: u.categories ?? null,
    q: u.q ?? "",
    domain: rangeToDomain(u.from, u.to),
    selectedId: u.event ?? null,
    storyStep: u.step ?? null,
    editing: u.edit ?? false,
  } satisfies InitialState;
}

export function urlToInitialState(u: UrlState): InitialState {
  return {
    ...urlToViewState(u),
    mode: u.embed ? "embed" : "app",
    theme: u.theme ?? null,
    dataUrl: u.data ?? null,
    ...(u.lang ? { lang: u.lang } : {}),
  };
}

/**
 * The URL state of a store state. A domain equal to the dataset's extent is the
 * default, and so is the padded extent the chart shows for it (zoomed all the way out).
 */
export function stateToUrl(s: TimelineState): UrlState {
  const u: UrlState = {};
  if (s.view !== "timeline") u.view = s.view;
  if (s.actors) u.actors = s.actors;
  if (s.categories) u.categories = s.categories;
  if (s.domain) {
    const r = domainToRange(s.domain);
    const wholes = s.dataset ? [s.dataset.extent, paddedExtent(s.dataset.extent)].map(domainToRange) : [];
    if (!wholes.some((w) => r.from === w.from && r.to === w.to)) Object.assign(u, r);
  }
  if (s.q.trim()) u.q = s.q.trim();
  if (s.selectedId) u.event = s.selectedId;
  if (s.storyStep !== null) u.step = s.storyStep;
  if (s.mode === "embed") u.embed = true;
  if (s.theme) u.theme = s.theme;
  if (s.editing && s.mode === "app") u.edit = true;
  if (s.dataUrl) u.data = s.dataUrl;
  // Shared links, citations and embed codes carry the language the reader sees.
  if (s.lang && s.lang !== "en") u.lang = s.lang;
  return u;
}
