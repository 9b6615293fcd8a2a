/**
 * Era labels: each sits inside the visible part of its band, shortened with "…"
 * when the whole name does not fit, and is left out only when the band is too
 * narrow for even a short one (its name stays in the band's tooltip). Labels
 * share one row and never overlap. Pure.
 */
import { RowOccupancy } from "./declutter";
import { truncateToWidth } from "./truncate";

export interface EraLabel {
  id: string;
  /** Left edge of the text in px. */
  x: number;
  text: string;
  /** True when the text is the whole name. */
  full: boolean;
}

/** Space between the band's edge and its label, in px. */
const INSET = 4;

export function placeEraLabels(
  eras: readonly { id: string; label: string; start: number; stop: number }[],
  x: (t: number) => number,
  width: number,
  measure: (s: string) => number,
): EraLabel[] {
  const row = new RowOccupancy();
  const out: EraLabel[] = [];
  for (const era of eras) {
    const x0 = Math.max(x(era.start), 0);
    const x1 = Math.min(x(era.stop), width);
    if (x1 - x0 <= 2 * INSET) continue;
    const text = truncateToWidth(era.label, x1 - x0 - 2 * INSET, measure);
    if (!text) continue;
    const lx = x0 + INSET;
    const w = measure(text);
    if (!row.fits(lx - INSET, lx + w + INSET)) continue;
    row.add(lx - INSET, lx + w + INSET);
    out.push({ id: era.id, x: lx, text, full: text === era.label });
  }
  return out;
}
