import { formatDateRange } from "../../data/dates";
import { formatAmount } from "../../data/formatAmount";
import { t } from "../../i18n/i18n";
import type { NormalizedDataset, NormalizedEvent } from "../../data/normalize";

/** Accessible name of an event mark: begins with its date, contains its title (PRODUCT.md). */
export function eventAccessibleName(ds: NormalizedDataset, ev: NormalizedEvent): string {
  const actors = ev.actors.map((a) => ds.actorById.get(a)?.name ?? a).join(", ");
  const cat = ds.categoryById.get(ev.category)?.name ?? ev.category;
  const amount = ev.amount ? `; ${formatAmount(ev.amount)}` : "";
  return `${formatDateRange(ev.date, ev.end)} — ${ev.title} (${actors}; ${cat}${amount})`;
}

export function clusterAccessibleName(ds: NormalizedDataset, ids: readonly string[]): string {
  const evs = ids.map((id) => ds.eventById.get(id)).filter((e) => e !== undefined);
  const first = evs[0];
  const last = evs.reduce((a, b) => (b.stop > a.stop ? b : a), evs[0]!);
  const when = first && last ? formatDateRange(first.date, last.end ?? last.date) : "";
  const y0 = when.split("–")[0] ?? "";
  const range = first && last && first.date.slice(0, 4) !== (last.end ?? last.date).slice(0, 4) ? when : y0;
  const titles = evs
    .slice(0, 3)
    .map((e) => e.title)
    .join("; ");
  return t("timeline.cluster", {
    range,
    count: evs.length,
    titles: `${titles}${evs.length > 3 ? "; …" : ""}`,
  });
}
