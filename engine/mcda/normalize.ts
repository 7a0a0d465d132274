import { EngineInputError } from '../errors';
import { column } from './validate';
import type { CriterionType, Normalization } from './types';

/**
 * Direction-aware normalisation: the result is always "higher is better" in [0, 1]-ish units.
 *   max:    benefit x / max          cost min / x            (needs max > 0; cost needs x > 0)
 *   minmax: benefit (x−min)/(max−min) cost (max−x)/(max−min)
 *   sum:    benefit x / Σx           cost (1/x) / Σ(1/x)     (benefit needs x ≥ 0; cost x > 0)
 *   vector: benefit x / ‖x‖₂         cost 1 − x / ‖x‖₂
 * For vector (and minmax) the cost form is an affine flip, so TOPSIS distances equal the
 * textbook "normalise, then take the min as ideal" form. A constant column (no spread) gives
 * r = 1 for every alternative: it cannot discriminate, and 1 avoids 0/0.
 */
export function normalizeMatrix(
  matrix: readonly (readonly number[])[],
  types: readonly CriterionType[],
  method: Normalization,
): number[][] {
  const m = matrix.length;
  const out: number[][] = matrix.map((row) => new Array<number>(row.length).fill(1));
  types.forEach((type, j) => {
    const col = column(matrix, j);
    const min = Math.min(...col);
    const max = Math.max(...col);
    if (max === min && method !== 'sum') return; // constant column → all 1
    for (let i = 0; i < m; i++) out[i]![j] = cell(col, i, j, type, method, min, max);
  });
  return out;
}

function cell(
  col: number[],
  i: number,
  j: number,
  type: CriterionType,
  method: Normalization,
  min: number,
  max: number,
): number {
  const x = col[i]!;
  switch (method) {
    case 'max':
      if (type === 1) {
        if (max <= 0)
          throw new EngineInputError(
            `matrix[*][${j}]`,
            'max normalisation needs a positive maximum',
          );
        return x / max;
      }
      requirePositive(col, j, 'max');
      return min / x;
    case 'minmax':
      return type === 1 ? (x - min) / (max - min) : (max - x) / (max - min);
    case 'sum': {
      if (type === 1) {
        if (min < 0)
          throw new EngineInputError(
            `matrix[${col.indexOf(min)}][${j}]`,
            'sum normalisation needs values ≥ 0',
          );
        const total = col.reduce((s, v) => s + v, 0);
        return total === 0 ? 1 / col.length : x / total;
      }
      requirePositive(col, j, 'sum');
      const inv = col.reduce((s, v) => s + 1 / v, 0);
      return 1 / x / inv;
    }
    case 'vector': {
      const norm = Math.sqrt(col.reduce((s, v) => s + v * v, 0));
      return type === 1 ? x / norm : 1 - x / norm;
    }
  }
}

function requirePositive(col: number[], j: number, method: string): void {
  const bad = col.findIndex((v) => v <= 0);
  if (bad >= 0) {
    throw new EngineInputError(
      `matrix[${bad}][${j}]`,
      `${method} normalisation of a cost criterion needs values > 0 (got ${col[bad]})`,
    );
  }
}
