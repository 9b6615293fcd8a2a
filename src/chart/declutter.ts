/**
 * Row occupancy for the layout's declutter pass (chart/place.ts): each row keeps
 * a sorted list of occupied intervals, so "does this label fit here?" is a binary
 * search. Pure.
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

  /** Start of the first interval that begins after `x` (Infinity if none): the free room right of `x`. */
  nextStart(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts.length ? this.starts[lo]! : Infinity;
  }

  get size(): number {
    return this.starts.length;
  }
}
