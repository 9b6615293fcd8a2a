/**
 * Which of `all` are in `subset`, as a mask by position, or null when `subset` is all of
 * them in order. Pure. The store's filtered events are a subsequence of the dataset's
 * events in its order, so one walk in step finds them without hashing 100,000 objects;
 * an element out of that order is found by a lookup (still correct, only slower).
 */
export function subsetMask<T>(all: readonly T[], subset: readonly T[]): Uint8Array | null {
  if (subset.length === all.length && subset.every((x, i) => x === all[i])) return null;
  const mask = new Uint8Array(all.length);
  let j = 0;
  let lookup: Map<T, number> | null = null;
  for (const x of subset) {
    while (j < all.length && all[j] !== x) j++;
    if (j < all.length) {
      mask[j++] = 1;
      continue;
    }
    lookup ??= new Map(all.map((e, i) => [e, i]));
    const i = lookup.get(x);
    if (i !== undefined) {
      mask[i] = 1;
      j = i + 1;
    } else j = all.length;
  }
  return mask;
}
