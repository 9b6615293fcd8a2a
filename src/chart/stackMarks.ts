/**
 * Stack marks that would overlap on one line into rows (first row that fits,
 * in time order), so every event in a Compare lane stays visible and clickable.
 * Pure.
 */

export interface StackInput {
  eventId: string;
  /** Start x (px). */
  x1: number;
  /** End x (px); equal to x1 for a point event. */
  x2: number;
}

export interface StackedMark extends StackInput {
  row: number;
}

/**
 * A point occupies [x − r, x + r]; a span [x1 − r, max(x2, x1 + r)]. Marks closer
 * than `gap` go to the next row. Returns the marks with their row and the row count.
 * With `maxRows`, marks that would need a row past it are left out and counted in
 * `hidden` (100,000 events would otherwise stack into thousands of rows).
 */
export function stackMarks(
  items: readonly StackInput[],
  r: number,
  gap = 2,
  maxRows = Infinity,
): { marks: StackedMark[]; rows: number; hidden: number } {
  const sorted = [...items].sort((a, b) => a.x1 - b.x1 || a.x2 - b.x2);
  const ends: number[] = [];
  const marks: StackedMark[] = [];
  let hidden = 0;
  for (const it of sorted) {
    const lo = it.x1 - r;
    const hi = Math.max(it.x2, it.x1 + r);
    let row = ends.findIndex((end) => end + gap <= lo);
    if (row === -1) {
      if (ends.length >= maxRows) {
        hidden++;
        continue;
      }
      row = ends.length;
      ends.push(hi);
    } else ends[row] = hi;
    marks.push({ ...it, row });
  }
  return { marks, rows: ends.length, hidden };
}
