/**
 * What the current view shows, in words: for export titles and filenames, the
 * print handout and the citation. Pure (state in, strings out).
 */
import { formatPartialDate } from "../../data/dates";
import type { NormalizedEvent } from "../../data/normalize";
import { domainToRange } from "../../url/stateMapping";
import type { TimelineState } from "../../store/types";
import { t } from "../../i18n/i18n";
import { currentFormatLocale } from "../../i18n/displayLocale";
import { formatPartialDateIn, intlLocale } from "../../i18n/format";

/** The app's name, used as the title while the built-in dataset is shown. */
export const APP_TITLE = "Soft Power Timeline";

export interface ViewSummary {
  /** "Soft Power Timeline", or a custom dataset's own title. */
  title: string;
  /** The dataset's own title (the built-in one has a longer descriptive title). */
  datasetTitle: string;
  isCustom: boolean;
  /** Names of the chosen actors, or null for all. */
  actors: string[] | null;
  categories: string[] | null;
  q: string;
  /** Visible range as partial dates at the URL's precision. */
  from: string;
  to: string;
  /** "1997 – 2008", "March 2003 – June 2004". */
  rangeLabel: string;
  /** Events in view (after filters) and in the dataset. */
  count: number;
  total: number;
  /** The story step's title when a story is on. */
  storyStep: { n: number; title: string } | null;
}

export function describeView(
  s: Pick<
    TimelineState,
    "dataset" | "dataUrl" | "dataFileName" | "actors" | "categories" | "q" | "domain" | "storyStep"
  >,
  events: readonly NormalizedEvent[],
  storyTitle?: string,
): ViewSummary {
  const ds = s.dataset;
  const isCustom = Boolean(s.dataUrl || s.dataFileName);
  const extent = ds?.extent ?? [Date.UTC(1970, 0, 1), Date.UTC(2030, 0, 1)];
  const r = domainToRange(s.domain ?? extent);
  const from = r.from ?? "";
  const to = r.to ?? "";
  const fromLabel = formatPartialDate(from);
  const toLabel = formatPartialDate(to);
  return {
    title: isCustom && ds ? ds.title : APP_TITLE,
    datasetTitle: ds?.title ?? APP_TITLE,
    isCustom,
    actors: s.actors ? s.actors.map((id) => ds?.actorById.get(id)?.name ?? id) : null,
    categories: s.categories ? s.categories.map((id) => ds?.categoryById.get(id)?.name ?? id) : null,
    q: s.q.trim(),
    from,
    to,
    rangeLabel: fromLabel === toLabel ? fromLabel : `${fromLabel} – ${toLabel}`,
    count: events.length,
    total: ds?.events.length ?? 0,
    storyStep: s.storyStep !== null && storyTitle ? { n: s.storyStep, title: storyTitle } : null,
  };
}

function listOf(names: string[], max = 4): string {
  const sep = t("list.separator");
  if (names.length <= max) return names.join(sep);
  return t("list.andMore", { list: names.slice(0, max).join(sep), count: names.length - max });
}

/** "Japan, China · Aid · search “Confucius” · 1997 – 2008 · 23 of 70 events" */
export function viewLine(v: ViewSummary): string {
  const parts = [
    v.actors ? listOf(v.actors) : t("view.allActorsCap"),
    v.categories ? listOf(v.categories) : t("view.allCategories"),
  ];
  if (v.q) parts.push(t("view.search", { q: v.q }));
  parts.push(v.rangeLabel);
  parts.push(t("view.count", { count: v.count, total: v.total }));
  return parts.join(" · ");
}

/** Lower-case, ASCII, hyphens: safe in a filename on every system. */
export function slug(text: string, max = 40): string {
  const s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s.slice(0, max).replace(/-+$/, "") || "timeline";
}

/** "soft-power-timeline_japan-china_1997-2008": what is inside, without the extension. */
export function exportFileBase(
  v: ViewSummary,
  ids: { actors: string[] | null; categories: string[] | null },
): string {
  const parts = [slug(v.title)];
  if (ids.actors)
    parts.push(
      ids.actors.length > 3
        ? `${slug(ids.actors.slice(0, 3).join("-"))}-and-${ids.actors.length - 3}-more`
        : slug(ids.actors.join("-")),
    );
  if (ids.categories)
    parts.push(
      ids.categories.length > 2 ? `${ids.categories.length}-categories` : slug(ids.categories.join("-")),
    );
  if (v.q) parts.push(`search-${slug(v.q, 24)}`);
  if (v.storyStep) parts.push(`story-step-${v.storyStep.n}`);
  const y0 = v.from.slice(0, 4);
  const y1 = v.to.slice(0, 4);
  if (y0 && y1) parts.push(y0 === y1 ? y0 : `${y0}-${y1}`);
  return parts.join("_");
}

/** "12 May 2025": access dates in credits, citations and handouts (day month year, unambiguous). */
export function accessDate(d = new Date()): string {
  const locale = currentFormatLocale();
  // Thai: the Buddhist-era year beside the Gregorian one, as every other date on a Thai page.
  if (locale === "th") return formatPartialDateIn(d.toISOString().slice(0, 10), locale);
  return d.toLocaleDateString(locale === "en" ? "en-GB" : intlLocale(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
