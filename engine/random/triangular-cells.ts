/**
 * Triangular(min, mode, max) variates for many cells at once, by inverting the CDF with one
 * uniform u per draw and no branch (the side of the mode is an index, not a jump, so the CPU
 * never mispredicts it). With r = 1 right of the mode (u ≥ split) and 0 left of it, s = 1 − 2r:
 *
 *   x = A_r + s · √(M_r · (r + s·u)),
 *   left:  A_0 = min, M_0 = (max − min)(mode − min),
 *   right: A_1 = max, M_1 = (max − min)(max − mode).
 *
 * Every product with ±1 or sum with 0 is exact, so x is bit for bit the textbook
 * min + √(u (max − min)(mode − min)) or max − √((1 − u)(max − min)(max − mode)).
 */
export interface TriangularCells {
  count: number;
  /** (mode − min) / (max − min): u below it falls left of the mode. */
  split: Float64Array;
  /** Four numbers per cell, (A_0, M_0, A_1, M_1): one cell's draw reads one short run. */
  coef: Float64Array;
}

/** Cells with min < max (a degenerate cell is a constant: keep it out of the table). */
export function triangularCells(
  count: number,
  cell: (k: number) => { min: number; mode: number; max: number },
): TriangularCells {
  const split = new Float64Array(count);
  const coef = new Float64Array(4 * count);
  for (let k = 0; k < count; k++) {
    const { min, mode, max } = cell(k);
    const width = max - min;
    split[k] = (mode - min) / width;
    coef.set([min, width * (mode - min), max, width * (max - mode)], 4 * k);
  }
  return { count, split, coef };
}

/** The variate of cell k for the uniform u ∈ [0, 1). */
export function triangularAt(t: TriangularCells, k: number, u: number): number {
  // +(u >= split) is 0 or 1 without a branch; a ternary here would compile to a jump.
  const r = +(u >= t.split[k]!);
  const s = 1 - 2 * r;
  const o = 4 * k + 2 * r;
  return t.coef[o]! + s * Math.sqrt(t.coef[o + 1]! * (r + s * u));
}

/**
 * Replaces every uniform in `values` (`samples` rows of t.count, one per cell) by its cell's
 * variate, exactly as triangularAt. Cell by cell down the rows, so a cell's split and
 * coefficients are read once for all the rows instead of once per row.
 */
export function triangularRowsInPlace(
  t: TriangularCells,
  values: Float64Array,
  samples: number,
): void {
  const cells = t.count;
  const coef = t.coef;
  for (let k = 0; k < cells; k++) {
    const split = t.split[k]!;
    for (let s = 0, i = k; s < samples; s++, i += cells) {
      const u = values[i]!;
      const r = +(u >= split);
      const sign = 1 - 2 * r;
      const o = 4 * k + 2 * r;
      values[i] = coef[o]! + sign * Math.sqrt(coef[o + 1]! * (r + sign * u));
    }
  }
}
