/**
 * Class breaks for a tile map's colours. Quantile classes of the values shown (type 7 quantiles,
 * the spreadsheet default: linear interpolation between order statistics), at most five and
 * never more than the distinct values, so each colour holds about as many regions as the others
 * and one very large region does not wash the rest into one colour. With no more distinct values
 * than classes, each value is a class of its own. The number is always written
 * in the tile; the colour only groups.
 */

export const MAX_CLASSES = 5;

export interface ClassBreaks {
  /** k + 1 ascending bounds b_0 = min … b_k = max; class i is [b_i, b_{i+1}), the last one closed. */
  bounds: number[];
}

/** Type 7 quantile of sorted values at p ∈ [0, 1]. */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function classBreaks(
  values: readonly number[],
  maxClasses = MAX_CLASSES,
): ClassBreaks | null {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return null;
  const sorted = [...finite].sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  // As few values as classes: one class per value ([v_i, v_{i+1}) … and the last [v_k, v_k]).
  if (distinct.length <= maxClasses) return { bounds: [...distinct, distinct.at(-1)!] };
  const bounds: number[] = [];
  for (let i = 0; i <= maxClasses; i++) {
    const b = quantile(sorted, i / maxClasses);
    if (bounds.length === 0 || b > bounds[bounds.length - 1]!) bounds.push(b);
  }
  return { bounds };
}

/** The class of a value, 0 … k − 1. */
export function classOf(breaks: ClassBreaks, value: number): number {
  const k = breaks.bounds.length - 1;
  for (let i = 0; i < k - 1; i++) if (value < breaks.bounds[i + 1]!) return i;
  return k - 1;
}
