/**
 * Triangular(min, mode, max) variates for many cells at once, by inverting the CDF with one
 * uniform u per draw and no branch (the side of the mode is an index, not a jump, so the CPU
 * never mispredicts it):
 *
 *   x = A + S · √(M · (P + Q·u)),
 *   left of the mode (u < split): (A, S, P, Q, M) = (min, 1, 0, 1, (max − min)(mode − min)),
 *   right of it:                  (A, S, P, Q, M) = (max, −1, 1, −1, (max − min)(max − mode)).
 *
 * Every product with ±1 or sum with 0 is exact, so x is bit for bit the textbook
 * min + √(u (max − min)(mode − min)) or max − √((1 − u)(max − min)(max − mode)).
 */
export interface TriangularCells {
  count: number;
  /** (mode − min) / (max − min): u below it falls left of the mode. */
  split: Float64Array;
  /** Ten numbers per cell: (A, S, P, Q, M) left, then right. */
  coef: Float64Array;
}

/** Cells with min < max (a degenerate cell is a constant: keep it out of the table). */
export function triangularCells(
  count: number,
  cell: (k: number) => { min: number; mode: number; max: number },
): TriangularCells {
  const split = new Float64Array(count);
  const coef = new Float64Array(10 * count);
  for (let k = 0; k < count; k++) {
    const { min, mode, max } = cell(k);
    const width = max - min;
    split[k] = (mode - min) / width;
    coef.set([min, 1, 0, 1, width * (mode - min), max, -1, 1, -1, width * (max - mode)], 10 * k);
  }
  return { count, split, coef };
}

/** The variate of cell k for the uniform u ∈ [0, 1). */
export function triangularAt(t: TriangularCells, k: number, u: number): number {
  const coef = t.coef;
  // +(u >= split) is 0 or 1 without a branch; a ternary here would compile to a jump.
  const o = 10 * k + 5 * +(u >= t.split[k]!);
  return coef[o]! + coef[o + 1]! * Math.sqrt(coef[o + 4]! * (coef[o + 2]! + coef[o + 3]! * u));
}
