/**
 * Aggregations for the Compare and Figures views. Pure: events in, plain data out.
 *
 * Rules that keep the numbers honest:
 * - amounts are summed only within one currency, never converted;
 * - only money given or promised (grants, loans, funds, pledges, aid, contributions,
 *   investment) is summed; trade volumes and other economic totals (GDP, expo
 *   turnover) are different quantities and are never added to it;
 * - a multi-year total (an event with an `end`, e.g. "US$44.7 billion, 1969–2005")
 *   may contain other amounts in the data, so it is listed, never added;
 * - an event counts in the five-year bin of its start date, once.
 */
import { DIMENSIONS, CURRENCIES, type DimensionId } from "../data/vocabulary";
import type { Amount } from "../data/schema";
import { amountValue } from "../data/formatAmount";
import type { NormalizedDataset, NormalizedEvent } from "../data/normalize";

/** Amount kinds that are money given or promised, and can be summed within a currency. */
export const MONEY_KINDS: ReadonlySet<Amount["kind"]> = new Set([
  "grant",
  "loan",
  "fund",
  "pledge",
  "aid",
  "contribution",
  "investment",
]);

export interface DimensionInfo {
  id: DimensionId;
  name: string;
}

/** The dimension of a category, or null for an unknown category. */
export function dimensionOf(ds: NormalizedDataset, categoryId: string): DimensionId | null {
  return ds.categoryById.get(categoryId)?.dimension ?? null;
}

/** The dimensions the dataset's categories use, in the article's order (DIMENSIONS). */
export function dimensionsInUse(ds: NormalizedDataset): DimensionInfo[] {
  const used = new Set(ds.categories.map((c) => c.dimension));
  return DIMENSIONS.filter((d) => used.has(d.id)).map((d) => ({ id: d.id, name: d.name }));
}

/** Events grouped by dimension; every dimension in use gets an entry (maybe empty). Order is kept. */
export function groupByDimension(
  events: readonly NormalizedEvent[],
  ds: NormalizedDataset,
): Map<DimensionId, NormalizedEvent[]> {
  const groups = new Map<DimensionId, NormalizedEvent[]>(dimensionsInUse(ds).map((d) => [d.id, []]));
  for (const ev of events) {
    const dim = dimensionOf(ds, ev.category);
    if (dim) groups.get(dim)?.push(ev);
  }
  return groups;
}

/** Events an actor takes part in (donor, recipient, signatory, host). */
export function eventsOfActor(events: readonly NormalizedEvent[], actorId: string): NormalizedEvent[] {
  return events.filter((ev) => ev.actors.includes(actorId));
}

export interface CurrencyTotal {
  currency: Amount["currency"];
  /** Sum of value × scale, in units of the currency. */
  total: number;
  /** How many amounts were added. */
  count: number;
  eventIds: string[];
}

const currencyRank = (c: string) => {
  const i = (CURRENCIES as readonly string[]).indexOf(c);
  return i < 0 ? CURRENCIES.length : i;
};

/** Sum the amounts of `events` per currency (events without an amount are skipped). Never converts. */
export function sumByCurrency(events: readonly NormalizedEvent[]): CurrencyTotal[] {
  const byCur = new Map<string, CurrencyTotal>();
  for (const ev of events) {
    if (!ev.amount) continue;
    const c = ev.amount.currency;
    let t = byCur.get(c);
    if (!t) byCur.set(c, (t = { currency: c, total: 0, count: 0, eventIds: [] }));
    t.total += amountValue(ev.amount);
    t.count += 1;
    t.eventIds.push(ev.id);
  }
  return [...byCur.values()].sort((a, b) => currencyRank(a.currency) - currencyRank(b.currency));
}

export interface AmountSummary {
  /** Single-date money amounts, summed per currency. */
  summed: CurrencyTotal[];
  /** Multi-year money totals (events with an end): listed, not added. */
  multiYear: NormalizedEvent[];
  /** Trade volumes and other economic totals: not money given, not summed. */
  volumes: NormalizedEvent[];
}

/** Split a set of events' amounts into what can honestly be summed and what must be listed. */
export function summarizeAmounts(events: readonly NormalizedEvent[]): AmountSummary {
  const points: NormalizedEvent[] = [];
  const multiYear: NormalizedEvent[] = [];
  const volumes: NormalizedEvent[] = [];
  for (const ev of events) {
    if (!ev.amount) continue;
    if (!MONEY_KINDS.has(ev.amount.kind)) volumes.push(ev);
    else if (ev.isSpan) multiYear.push(ev);
    else points.push(ev);
  }
  return { summed: sumByCurrency(points), multiYear, volumes };
}

export interface ActorDimensionCell {
  actorId: string;
  events: NormalizedEvent[];
  amounts: AmountSummary;
}

export interface CompareRow {
  dimension: DimensionInfo;
  cells: ActorDimensionCell[];
}

/** One row per dimension in use, one cell per actor: its events there and their amounts. */
export function compareByDimension(
  events: readonly NormalizedEvent[],
  ds: NormalizedDataset,
  actorIds: readonly string[],
): CompareRow[] {
  const groups = groupByDimension(events, ds);
  return dimensionsInUse(ds).map((dimension) => {
    const inDim = groups.get(dimension.id) ?? [];
    return {
      dimension,
      cells: actorIds.map((actorId) => {
        const evs = eventsOfActor(inDim, actorId);
        return { actorId, events: evs, amounts: summarizeAmounts(evs) };
      }),
    };
  });
}

/** Actors with at least one event, most events first (ties keep the dataset's order). */
export function actorsByEventCount(ds: NormalizedDataset): { id: string; name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const ev of ds.events) for (const a of ev.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  return ds.actors
    .map((a, i) => ({ id: a.id, name: a.name, count: counts.get(a.id) ?? 0, i }))
    .filter((a) => a.count > 0)
    .sort((a, b) => b.count - a.count || a.i - b.i)
    .map(({ id, name, count }) => ({ id, name, count }));
}

/** The default pair to compare: Japan and China when the data has them, else the two busiest actors. */
export function defaultPair(ds: NormalizedDataset): [string, string] | null {
  const ranked = actorsByEventCount(ds);
  const has = (id: string) => ranked.some((a) => a.id === id);
  if (has("japan") && has("china")) return ["japan", "china"];
  if (ranked.length >= 2) return [ranked[0]!.id, ranked[1]!.id];
  return null;
}

// ---------------------------------------------------------------- binning

/** UTC calendar year of a timestamp. */
export const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

/** Start year of the `size`-year bin that holds `year` (bins start at multiples of `size`: 1995, 2000…). */
export function binStart(year: number, size = 5): number {
  return Math.floor(year / size) * size;
}

/** "1995–1999" */
export function binLabel(start: number, size = 5): string {
  return size === 1 ? String(start) : `${start}–${start + size - 1}`;
}

/** Every bin start from the first to the last event's start year (no gaps), or [] for no events. */
export function binRange(events: readonly NormalizedEvent[], size = 5): number[] {
  if (events.length === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const ev of events) {
    const y = yearOf(ev.start);
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  const out: number[] = [];
  for (let b = binStart(lo, size); b <= binStart(hi, size); b += size) out.push(b);
  return out;
}

export interface BinnedCounts {
  /** Bin start years, shared by every row. */
  bins: number[];
  size: number;
  rows: { dimension: DimensionInfo; counts: number[]; eventIds: string[][] }[];
  /** Largest cell count (0 when empty). */
  max: number;
}

/**
 * Events per dimension per `size`-year bin, by start date. `bins` may be passed
 * so several actors share columns; events outside them are not counted.
 */
export function countByDimensionAndBin(
  events: readonly NormalizedEvent[],
  ds: NormalizedDataset,
  size = 5,
  bins: readonly number[] = binRange(events, size),
): BinnedCounts {
  const index = new Map(bins.map((b, i) => [b, i]));
  let max = 0;
  const rows = dimensionsInUse(ds).map((dimension) => ({
    dimension,
    counts: bins.map(() => 0),
    eventIds: bins.map((): string[] => []),
  }));
  const rowOf = new Map(rows.map((r) => [r.dimension.id, r]));
  for (const ev of events) {
    const dim = dimensionOf(ds, ev.category);
    const row = dim ? rowOf.get(dim) : undefined;
    const i = index.get(binStart(yearOf(ev.start), size));
    if (!row || i === undefined) continue;
    row.counts[i]! += 1;
    row.eventIds[i]!.push(ev.id);
    if (row.counts[i]! > max) max = row.counts[i]!;
  }
  return { bins: [...bins], size, rows, max };
}

// ---------------------------------------------------------------- money words

const SCALES = [
  { word: "trillion", mult: 1e12 },
  { word: "billion", mult: 1e9 },
  { word: "million", mult: 1e6 },
] as const;
const PREFIX: Record<string, string> = { USD: "US$", JPY: "¥", CNY: "CN¥", KRW: "₩", EUR: "€", GBP: "£" };

/**
 * A computed total in words, in its own currency: 232500000 USD → "US$232.5 million".
 * Keeps up to three decimals, so a sum is shown as added, not rounded to a new figure.
 */
export function formatMoney(value: number, currency: string): string {
  const s = SCALES.find((s) => Math.abs(value) >= s.mult);
  const n = s ? value / s.mult : value;
  const text = n.toLocaleString("en-US", { maximumFractionDigits: 3 }) + (s ? ` ${s.word}` : "");
  const prefix = PREFIX[currency];
  return prefix ? `${prefix}${text}` : `${currency} ${text}`;
}

/** Totals in several currencies side by side, never converted: "US$1.2 billion + ¥3.7 billion". */
export function formatTotals(totals: readonly CurrencyTotal[]): string {
  return totals.map((t) => formatMoney(t.total, t.currency)).join(" + ");
}
