/** Sorting for the table. Amounts compare within a currency (then by currency); never converted. Pure. */
import { amountValue } from "./formatAmount";
import type { NormalizedDataset, NormalizedEvent } from "./normalize";

export type SortKey = "date" | "title" | "actors" | "category" | "amount";
export type SortDir = "asc" | "desc";

export function sortEvents(
  events: readonly NormalizedEvent[],
  ds: NormalizedDataset,
  key: SortKey,
  dir: SortDir,
): NormalizedEvent[] {
  const name = (id: string) => ds.actorById.get(id)?.name ?? id;
  const cmp = (a: NormalizedEvent, b: NormalizedEvent): number => {
    switch (key) {
      case "date":
        return a.start - b.start || a.stop - b.stop;
      case "title":
        return a.title.localeCompare(b.title);
      case "actors":
        return a.actors.map(name).join(", ").localeCompare(b.actors.map(name).join(", "));
      case "category":
        return (ds.categoryById.get(a.category)?.name ?? "").localeCompare(
          ds.categoryById.get(b.category)?.name ?? "",
        );
      case "amount": {
        // Events without an amount always sort last, whatever the direction.
        if (!a.amount || !b.amount) return 0;
        return (
          a.amount.currency.localeCompare(b.amount.currency) || amountValue(a.amount) - amountValue(b.amount)
        );
      }
    }
  };
  const sign = dir === "asc" ? 1 : -1;
  return [...events].sort((a, b) => {
    if (key === "amount" && (!a.amount || !b.amount))
      return Number(!a.amount) - Number(!b.amount) || a.start - b.start;
    return sign * cmp(a, b) || a.start - b.start || (a.id < b.id ? -1 : 1);
  });
}
