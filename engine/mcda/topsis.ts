import { extent } from '../stats/extent';
import { normalizeMatrix } from './normalize';
import type { CheckedProblem, Normalization } from './types';

/** TOPSIS default: vector normalisation (Hwang & Yoon 1981). */
export const TOPSIS_DEFAULT_NORMALIZATION: Normalization = 'vector';

/** Closeness when d+ + d− = 0 (every weighted column constant: all alternatives tie). */
export const TOPSIS_DEGENERATE_CLOSENESS = 0.5;

export interface TopsisResult {
  scores: number[];
  dPlus: number[];
  dMinus: number[];
}

/**
 * TOPSIS: v_ij = w_j r_ij (r direction-aware, so the ideal is the column max and the anti-ideal
 * the column min), Euclidean distances d+ / d−, closeness C_i = d− / (d+ + d−), higher is better.
 * If d+ + d− = 0 the alternative equals both ideals; C_i = 0.5 then (it is no closer to either).
 * With normalization "none" r is the raw value, negated for cost criteria.
 */
export function topsis(
  p: CheckedProblem,
  normalization: Normalization = TOPSIS_DEFAULT_NORMALIZATION,
): TopsisResult {
  const r =
    normalization === 'none'
      ? p.matrix.map((row) => row.map((x, j) => p.types[j]! * x))
      : normalizeMatrix(p.matrix, p.types, normalization);
  const v = r.map((row) => row.map((x, j) => x * p.weights[j]!));
  const ideal = new Float64Array(p.n);
  const anti = new Float64Array(p.n);
  const col = new Float64Array(p.m);
  for (let j = 0; j < p.n; j++) {
    for (let i = 0; i < p.m; i++) col[i] = v[i]![j]!;
    [anti[j], ideal[j]] = extent(col);
  }
  const dPlus = v.map((row) => Math.sqrt(row.reduce((s, x, j) => s + (x - ideal[j]!) ** 2, 0)));
  const dMinus = v.map((row) => Math.sqrt(row.reduce((s, x, j) => s + (x - anti[j]!) ** 2, 0)));
  const scores = dPlus.map((dp, i) => {
    const dm = dMinus[i]!;
    return dp + dm === 0 ? TOPSIS_DEGENERATE_CLOSENESS : dm / (dp + dm);
  });
  return { scores, dPlus, dMinus };
}
