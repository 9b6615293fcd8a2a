/**
 * Series for the Figures view: amounts per currency, and the documents' other
 * figures grouped where a fair comparison exists. Pure. No number here is
 * computed from another: every value is one the data holds (value × scale).
 */
import { amountValue } from "../data/formatAmount";
import type { Amount, Figure } from "../data/schema";
import type { NormalizedDataset, NormalizedEvent } from "../data/normalize";
import { CURRENCIES } from "../data/vocabulary";
import { dimensionOf, MONEY_KINDS } from "./aggregate";
import { DIMENSIONS } from "../data/vocabulary";

export interface AmountPoint {
  event: NormalizedEvent;
  /** The shown actor the amount belongs to (see `leadActor`). */
  actorId: string;
  /** value × scale, in units of the currency. */
  value: number;
}

export interface CurrencySeries {
  currency: Amount["currency"];
  points: AmountPoint[];
}

/**
 * The actor an event's amount is drawn for: the first of `shown` that takes part,
 * else the event's first actor (actors are listed in the dataset's order, so the
 * main actors come before recipients).
 */
export function leadActor(ev: NormalizedEvent, shown: readonly string[] | null): string {
  return (shown && ev.actors.find((a) => shown.includes(a))) ?? ev.actors[0] ?? "";
}

/**
 * Amounts of the given kinds, one series per currency (never mixed), points in
 * time order. `shown` limits the actors (null: all).
 */
export function amountsByCurrency(
  events: readonly NormalizedEvent[],
  kinds: ReadonlySet<Amount["kind"]>,
  shown: readonly string[] | null,
): CurrencySeries[] {
  const byCur = new Map<string, CurrencySeries>();
  for (const ev of events) {
    if (!ev.amount || !kinds.has(ev.amount.kind)) continue;
    if (shown && !ev.actors.some((a) => shown.includes(a))) continue;
    const c = ev.amount.currency;
    let s = byCur.get(c);
    if (!s) byCur.set(c, (s = { currency: c, points: [] }));
    s.points.push({ event: ev, actorId: leadActor(ev, shown), value: amountValue(ev.amount) });
  }
  const rank = (c: string) => (CURRENCIES as readonly string[]).indexOf(c);
  for (const s of byCur.values()) s.points.sort((a, b) => a.event.start - b.event.start || a.value - b.value);
  return [...byCur.values()].sort((a, b) => rank(a.currency) - rank(b.currency));
}

export const MONEY = MONEY_KINDS;
export const TRADE: ReadonlySet<Amount["kind"]> = new Set(["trade"]);

/**
 * Linear (bars from zero) unless the values span more than `ratio` times, where a
 * linear axis would flatten the small ones to nothing: then log (dots, no bars).
 */
export function chooseValueScale(values: readonly number[], ratio = 20): "linear" | "log" {
  const pos = values.filter((v) => v > 0);
  if (pos.length < 2) return "linear";
  return Math.max(...pos) / Math.min(...pos) > ratio ? "log" : "linear";
}

// ---------------------------------------------------------------- other figures

export interface FigureItem {
  event: NormalizedEvent;
  figure: Figure;
  /** value × scale. */
  value: number;
  /** Short label inside a group (the shared words removed). */
  short: string;
}

export interface FigureGroup {
  key: string;
  title: string;
  unit: string;
  items: FigureItem[];
}

/** Units that are not quantities: a bar for a rank or a duration would mislead. */
const NOT_COMPARABLE = new Set(["rank", "years"]);

const words = (s: string) => s.split(/\s+/).filter(Boolean);

function commonPrefix(lists: string[][]): string[] {
  const first = lists[0] ?? [];
  let n = 0;
  while (n < first.length && lists.every((l) => l.length > n && l[n] === first[n])) n++;
  return first.slice(0, n);
}
function commonSuffix(lists: string[][]): string[] {
  return commonPrefix(lists.map((l) => [...l].reverse())).reverse();
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The documents' non-money figures. Figures of the same unit within the same
 * category are one fair comparison (e.g. Confucius Institutes counted in different
 * places) and make a chart when there are at least two; the rest (single figures,
 * ranks, durations, or figures whose unit is shared only across topics, such as
 * "people" for volunteers and for tourists) are returned in `others`, to be
 * listed as they are, not charted against each other.
 */
export function figureGroups(
  events: readonly NormalizedEvent[],
  ds: NormalizedDataset,
): { groups: FigureGroup[]; others: FigureItem[] } {
  const byKey = new Map<string, FigureItem[]>();
  const order: string[] = [];
  for (const ev of events) {
    for (const figure of ev.figures ?? []) {
      const key = `${figure.unit}|${ev.category}`;
      let list = byKey.get(key);
      if (!list) {
        byKey.set(key, (list = []));
        order.push(key);
      }
      list.push({ event: ev, figure, value: amountValue(figure), short: figure.label });
    }
  }
  const groups: FigureGroup[] = [];
  const others: FigureItem[] = [];
  for (const key of order) {
    const items = byKey.get(key)!;
    const unit = items[0]!.figure.unit;
    if (items.length < 2 || NOT_COMPARABLE.has(unit)) {
      others.push(...items);
      continue;
    }
    groups.push({ key, unit, title: groupTitle(items, ds), items: shorten(items) });
  }
  others.sort((a, b) => a.event.start - b.event.start);
  return { groups, others };
}

function groupTitle(items: FigureItem[], ds: NormalizedDataset): string {
  const evIds = new Set(items.map((i) => i.event.id));
  if (evIds.size === 1) return items[0]!.event.title;
  const lists = items.map((i) => words(i.figure.label));
  const pre = commonPrefix(lists);
  const suf = commonSuffix(lists);
  if (pre.length + suf.length >= 2 && pre.length + suf.length < Math.min(...lists.map((l) => l.length))) {
    return [pre.join(" "), suf.join(" ")].filter(Boolean).join(" … ");
  }
  const dim = DIMENSIONS.find((d) => d.id === dimensionOf(ds, items[0]!.event.category));
  return `${capitalize(items[0]!.figure.unit)}${dim ? ` — ${dim.name}` : ""}`;
}

/** Drop the words every label shares (they are in the title), keeping at least one word. */
function shorten(items: FigureItem[]): FigureItem[] {
  const lists = items.map((i) => words(i.figure.label));
  const pre = commonPrefix(lists).length;
  const suf = commonSuffix(lists).length;
  return items.map((it, i) => {
    const l = lists[i]!;
    const mid = l.slice(pre, l.length - suf);
    return { ...it, short: mid.length ? capitalize(mid.join(" ")) : it.figure.label };
  });
}

/** The year a figure describes: its own `year`, else its event's start year. */
export function figureYear(item: Pick<FigureItem, "event" | "figure">): number {
  return item.figure.year ?? new Date(item.event.start).getUTCFullYear();
}

/** Titles of the documents the events cite, in the dataset's order, each once. */
export function sourceTitles(ds: NormalizedDataset, events: readonly NormalizedEvent[]): string[] {
  const used = new Set<string>();
  for (const ev of events) for (const s of ev.sources) used.add(s.source);
  return ds.sources.filter((s) => used.has(s.id)).map((s) => s.title);
}
