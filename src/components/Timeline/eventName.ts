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
  // One pass, no copies: zoomed out on a large dataset a badge stands for tens of thousands of
  // events, and every committed zoom names every badge again.
  let first: NormalizedEvent | undefined;
  let last: NormalizedEvent | undefined;
  let count = 0;
  const titles: string[] = [];
  for (const id of ids) {
    const ev = ds.eventById.get(id);
    if (!ev) continue;
    count++;
    first ??= ev;
    if (!last || ev.stop > last.stop) last = ev;
    if (titles.length < 3) titles.push(ev.title);
  }
  const when = first && last ? formatDateRange(first.date, last.end ?? last.date) : "";
  const y0 = when.split("–")[0] ?? "";
  const range = first && last && first.date.slice(0, 4) !== (last.end ?? last.date).slice(0, 4) ? when : y0;
  return t("timeline.cluster", {
    range,
    count,
    titles: `${titles.join("; ")}${count > 3 ? "; …" : ""}`,
  });
}
