/**
 * An event's date kind in words: whether the source printed the date, or it was
 * inferred from the context or placed by the editors. Pure; used by the detail
 * panel and the table so that a reader always sees a date the source does not give.
 */
import { formatDateRange } from "./dates";
import type { DateKind, TimelineEvent } from "./schema";

type Dated = Pick<TimelineEvent, "date" | "end" | "dateKind" | "dateNote">;

/** The kind, with absent meaning "printed". */
export function dateKindOf(ev: Pick<TimelineEvent, "dateKind">): DateKind {
  return ev.dateKind ?? "printed";
}

/** One short word for tight places (the table's date column); null for a printed date. */
export function dateKindTag(ev: Pick<TimelineEvent, "dateKind">): string | null {
  const kind = dateKindOf(ev);
  return kind === "printed" ? null : kind;
}

/**
 * A sentence for the detail panel, e.g. "Placed at 1997: the documents give no year."
 * Null for a printed date. Without a `dateNote` it still says what the kind means.
 */
export function describeDateKind(ev: Dated): string | null {
  const kind = dateKindOf(ev);
  if (kind === "printed") return null;
  const when = formatDateRange(ev.date, ev.end);
  const why = ev.dateNote?.trim().replace(/\.$/, "");
  if (kind === "placed")
    return `Placed at ${when}: ${why || "the source gives no date, so the editors chose one"}.`;
  return `Inferred as ${when}: ${why || "the source implies this date but does not print it"}.`;
}
