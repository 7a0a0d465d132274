import { normalizeMatrix } from './normalize';
import type { CheckedProblem, Normalization } from './types';

/**
 * WSM default: linear normalisation (x/max, min/x), the textbook form (Triantaphyllou 2000).
 * Historically called "max"; the result says "linear" so it cannot be mistaken for 1 − x/max.
 */
export const WSM_DEFAULT_NORMALIZATION: Normalization = 'linear';

/**
 * Weighted sum: score_i = Σ_j w_j r_ij on the direction-aware normalised matrix; higher is better.
 * With normalization "none" r is the raw value (negated for cost criteria): with value functions
 * on every criterion that is the additive value model Σ w_j v_j(x).
 */
export function wsm(
  p: CheckedProblem,
  normalization: Normalization = WSM_DEFAULT_NORMALIZATION,
): { scores: number[]; normalized: number[][] } {
  const r =
    normalization === 'none'
      ? p.matrix.map((row) => row.map((x, j) => p.types[j]! * x))
      : normalizeMatrix(p.matrix, p.types, normalization);
  const scores = r.map((row) => row.reduce((s, v, j) => s + p.weights[j]! * v, 0));
  return { scores, normalized: r };
}
