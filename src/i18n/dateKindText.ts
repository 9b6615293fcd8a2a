/** An event's date kind as a sentence in the reader's language (detail panel, table, handout). */
import { formatDateRange } from "../data/dates";
import { dateKindOf } from "../data/dateKind";
import type { NormalizedEvent } from "../data/normalize";
import { t } from "./i18n";

/** "Placed at 1997: the documents give no year." Null for a printed date. */
export function describeDateKindText(
  ev: Pick<NormalizedEvent, "date" | "end" | "dateKind" | "dateNote">,
  note: string | undefined = ev.dateNote,
): string | null {
  const kind = dateKindOf(ev);
  if (kind === "printed") return null;
  const when = formatDateRange(ev.date, ev.end);
  const why = note?.trim().replace(/\.$/, "");
  if (kind === "placed") return t("dateKind.placed", { when, why: why || t("dateKind.placedWhy") });
  return t("dateKind.inferred", { when, why: why || t("dateKind.inferredWhy") });
}

/** One short word for the table's date column; null for a printed date. */
export function dateKindTagText(ev: Pick<NormalizedEvent, "dateKind">): string | null {
  const kind = dateKindOf(ev);
  return kind === "printed" ? null : t(kind === "placed" ? "dateKind.tag.placed" : "dateKind.tag.inferred");
}
