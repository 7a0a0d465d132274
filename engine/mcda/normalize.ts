import { EngineInputError } from '../errors';
import { extent } from '../stats/extent';
import type { CriterionType, Normalization } from './types';

/**
 * Direction-aware normalisation: the result is always "higher is better" in [0, 1]-ish units.
 *   linear (alias max): benefit x / max   cost min / x         (pymcdm linear_normalization;
 *                                                               needs max > 0; cost needs x > 0)
 *   max-complement:     benefit x / max   cost 1 − x / max     (pymcdm max_normalization; max > 0)
 *   minmax:             benefit (x−min)/(max−min)   cost (max−x)/(max−min)
 *   sum:                benefit x / Σx    cost (1/x) / Σ(1/x)  (benefit needs x ≥ 0; cost x > 0)
 *   vector:             benefit x / ‖x‖₂  cost 1 − x / ‖x‖₂
 * "max" keeps its historical meaning (cost min / x), the same as "linear"; the complement form
 * has its own name so the two cannot be confused. For vector (and minmax) the cost form is an
 * affine flip, so TOPSIS distances equal the textbook "normalise, then take the min as ideal"
 * form. A constant column (no spread) gives r = 1 for every alternative: it cannot discriminate,
 * and 1 avoids 0/0. Column statistics are computed once per column (O(rows), no spreads).
 */
export function normalizeMatrix(
  matrix: readonly (readonly number[])[],
  types: readonly CriterionType[],
  method: Exclude<Normalization, 'none'>,
): number[][] {
  const rows = matrix.length;
  const out: number[][] = matrix.map((row) => new Array<number>(row.length).fill(1));
  const col = new Float64Array(rows);
  types.forEach((type, j) => {
    for (let i = 0; i < rows; i++) col[i] = matrix[i]![j]!;
    const [min, max] = extent(col);
    if (max === min && method !== 'sum') return; // constant column → all 1
    const f = columnFunction(col, j, type, method, min, max);
    for (let i = 0; i < rows; i++) out[i]![j] = f(col[i]!);
  });
  return out;
}

function columnFunction(
  col: Float64Array,
  j: number,
  type: CriterionType,
  method: Exclude<Normalization, 'none'>,
  min: number,
  max: number,
): (x: number) => number {
  switch (method) {
    case 'max':
    case 'linear':
      requirePositiveMax(max, j, method);
      if (type === 1) return (x) => x / max;
      requirePositive(col, j, method);
      return (x) => min / x;
    case 'max-complement':
      requirePositiveMax(max, j, method);
      return type === 1 ? (x) => x / max : (x) => 1 - x / max;
    case 'minmax':
      return type === 1 ? (x) => (x - min) / (max - min) : (x) => (max - x) / (max - min);
    case 'sum': {
      if (type === 1) {
        if (min < 0)
          throw new EngineInputError(
            `matrix[${col.indexOf(min)}][${j}]`,
            'sum normalisation needs values ≥ 0',
          );
        let total = 0;
        for (const v of col) total += v;
        return total === 0 ? () => 1 / col.length : (x) => x / total;
      }
      requirePositive(col, j, 'sum');
      let inv = 0;
      for (const v of col) inv += 1 / v;
      return (x) => 1 / x / inv;
    }
    case 'vector': {
      // Scaled by the largest |x| first so huge values cannot overflow the sum of squares.
      const scale = Math.max(Math.abs(min), Math.abs(max));
      let sq = 0;
      for (const v of col) sq += (v / scale) ** 2;
      const norm = scale * Math.sqrt(sq);
      return type === 1 ? (x) => x / norm : (x) => 1 - x / norm;
    }
  }
}

function requirePositiveMax(max: number, j: number, method: string): void {
  if (max <= 0) {
    throw new EngineInputError(
      `matrix[*][${j}]`,
      `${method} normalisation needs a positive maximum`,
    );
  }
}

function requirePositive(col: Float64Array, j: number, method: string): void {
  const bad = col.findIndex((v) => v <= 0);
  if (bad >= 0) {
    throw new EngineInputError(
      `matrix[${bad}][${j}]`,
      `${method} normalisation of a cost criterion needs values > 0 (got ${col[bad]})`,
    );
  }
}

/** One line per normalisation, printed in the conventions so the formula is never implicit. */
export const NORMALIZATION_FORMULAS: Record<Normalization, string> = {
  linear: 'linear: benefit x/max, cost min/x (pymcdm linear_normalization)',
  max: 'max (= linear): benefit x/max, cost min/x; for 1 − x/max use "max-complement"',
  'max-complement': 'max-complement: benefit x/max, cost 1 − x/max (pymcdm max_normalization)',
  minmax: 'minmax: benefit (x−min)/(max−min), cost (max−x)/(max−min)',
  sum: 'sum: benefit x/Σx, cost (1/x)/Σ(1/x)',
  vector: 'vector: benefit x/‖x‖₂, cost 1 − x/‖x‖₂',
  none: 'none: the raw values; cost criteria negated (WSM, TOPSIS) or with exponent −w (WPM)',
};
