import { sortIndicesByKeyDesc } from '../stats/sort-indices';

/**
 * The fractional (LP) knapsack over items sorted by gain per unit cost, as the branch and bound
 * uses it: items kept in an index list with prefix sums of cost and gain, so the optimum for any
 * budget room is a binary search (the frontier asks one node for several rooms).
 */
export interface SortedItems {
  /** Item (measure) indices, best ratio first; only [0, count) is in use. */
  idx: Int32Array;
  count: number;
  /** cumCost[q] / cumGain[q]: sums over the first q items. */
  cumCost: Float64Array;
  cumGain: Float64Array;
}

export function createSortedItems(n: number): SortedItems {
  return {
    idx: new Int32Array(n),
    count: 0,
    cumCost: new Float64Array(n + 1),
    cumGain: new Float64Array(n + 1),
  };
}

/**
 * Sorts items.idx[0, count) by gain per unit cost, descending, stable, then fills the prefix
 * sums. The gains listed are positive, so a zero-cost item's ratio is +∞ and comes first. An
 * insertion sort on precomputed keys: the lists are short, and a comparator closure would
 * allocate and dominate the time per node.
 */
export function sortByRatio(
  items: SortedItems,
  gains: Float64Array,
  costs: Float64Array,
  ratio: Float64Array,
): void {
  const { idx, count, cumCost, cumGain } = items;
  for (let q = 0; q < count; q++) {
    const i = idx[q]!;
    ratio[i] = gains[i]! / costs[i]!;
  }
  sortIndicesByKeyDesc(idx, ratio, count);
  for (let q = 0; q < count; q++) {
    cumCost[q + 1] = cumCost[q]! + costs[idx[q]!]!;
    cumGain[q + 1] = cumGain[q]! + gains[idx[q]!]!;
  }
}

/** The LP solution for a room as shares x[i] ∈ [0, 1] of the listed items (others untouched). */
export function knapsackSolution(
  items: SortedItems,
  costs: Float64Array,
  room: number,
  x: Float64Array,
): void {
  const { idx, count } = items;
  for (let q = 0; q < count; q++) {
    const i = idx[q]!;
    const c = costs[i]!;
    if (c <= room) {
      x[i] = 1;
      room -= c;
    } else if (room > 0) {
      x[i] = room / c;
      room = 0;
    } else x[i] = 0;
  }
}

/**
 * Copies the items of `from` placed after position `after` (position[i] > after) into `to`, same
 * order, with fresh prefix sums: the knapsack over the measures a child's subtree may still add.
 */
export function itemsAfter(
  from: SortedItems,
  gains: Float64Array,
  costs: Float64Array,
  position: Int32Array,
  after: number,
  to: SortedItems,
): void {
  let q = 0;
  for (let k = 0; k < from.count; k++) {
    const i = from.idx[k]!;
    if (position[i]! <= after) continue;
    to.idx[q] = i;
    to.cumCost[q + 1] = to.cumCost[q]! + costs[i]!;
    to.cumGain[q + 1] = to.cumGain[q]! + gains[i]!;
    q++;
  }
  to.count = q;
}
