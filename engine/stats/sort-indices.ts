/**
 * Sorts a short list of indices by key descending, in place and stable (equal keys keep their
 * order): an insertion sort with no comparator closure and no allocation, for hot loops where
 * Array.prototype.sort's overhead dominates.
 */
export function sortIndicesByKeyDesc(order: number[] | Int32Array, key: Float64Array): void {
  for (let q = 1; q < order.length; q++) {
    const item = order[q]!;
    const value = key[item]!;
    let r = q - 1;
    while (r >= 0 && key[order[r]!]! < value) {
      order[r + 1] = order[r]!;
      r--;
    }
    order[r + 1] = item;
  }
}
