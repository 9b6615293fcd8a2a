/**
 * Row packing for labels: each row keeps a sorted list of occupied intervals;
 * an item goes to the first row where its interval touches nothing. Greedy by
 * priority, so the most important labels win the space. Pure.
 */

export interface Interval {
  x0: number;
  x1: number;
}

/** Occupied intervals of one row, kept sorted by x0 for binary search. */
export class RowOccupancy {
  private starts: number[] = [];
  private ends: number[] = [];

  /** True when [x0, x1] overlaps nothing placed (intervals are closed, so touching counts). */
  fits(x0: number, x1: number): boolean {
    // First interval whose start is > x1: only intervals before it can overlap.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= x1) lo = mid + 1;
      else hi = mid;
    }
    // Intervals are disjoint, so their ends are sorted too: checking the one before is enough.
    return lo === 0 || this.ends[lo - 1]! < x0;
  }

  add(x0: number, x1: number): void {
    let i = 0;
    while (i < this.starts.length && this.starts[i]! < x0) i++;
    this.starts.splice(i, 0, x0);
    this.ends.splice(i, 0, x1);
  }

  /** Remove an interval added earlier with exactly these bounds. */
  remove(x0: number, x1: number): void {
    for (let i = 0; i < this.starts.length; i++) {
      if (this.starts[i] === x0 && this.ends[i] === x1) {
        this.starts.splice(i, 1);
        this.ends.splice(i, 1);
        return;
      }
    }
  }

  get size(): number {
    return this.starts.length;
  }
}

export interface Candidate {
  id: string;
  /** Alternatives in order of preference (e.g. label right of the mark, then left). */
  options: Interval[];
}

export interface Placement {
  id: string;
  row: number;
  option: number;
}

/**
 * Place candidates (already in priority order) into at most `rows` rows, with
 * `gap` pixels kept between neighbours. Returns placements and the ids left out.
 */
export function packRows(
  candidates: readonly Candidate[],
  rows: RowOccupancy[],
  gap: number,
): { placed: Placement[]; left: string[] } {
  const placed: Placement[] = [];
  const left: string[] = [];
  for (const c of candidates) {
    let done = false;
    for (let o = 0; o < c.options.length && !done; o++) {
      const { x0, x1 } = c.options[o]!;
      for (let r = 0; r < rows.length; r++) {
        if (rows[r]!.fits(x0 - gap / 2, x1 + gap / 2)) {
          rows[r]!.add(x0 - gap / 2, x1 + gap / 2);
          placed.push({ id: c.id, row: r, option: o });
          done = true;
          break;
        }
      }
    }
    if (!done) left.push(c.id);
  }
  return { placed, left };
}
