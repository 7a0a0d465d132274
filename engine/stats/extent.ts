/**
 * Smallest and largest of a list by a loop: `Math.min(...xs)` spreads the list onto the call
 * stack and throws RangeError beyond roughly 10⁵ elements, so engine code never spreads data.
 * An empty list gives [Infinity, −Infinity].
 */
export function extent(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

export function maxOf(values: ArrayLike<number>): number {
  return extent(values)[1];
}

export function minOf(values: ArrayLike<number>): number {
  return extent(values)[0];
}
