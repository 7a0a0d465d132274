import { normalizeMatrix } from './normalize';
import type { CheckedProblem, Normalization } from './types';

/** WSM default: linear max normalisation (x/max, min/x), the textbook form (Triantaphyllou 2000). */
export const WSM_DEFAULT_NORMALIZATION: Normalization = 'max';

/** Weighted sum: score_i = Σ_j w_j r_ij on the direction-aware normalised matrix; higher is better. */
export function wsm(
  p: CheckedProblem,
  normalization: Normalization = WSM_DEFAULT_NORMALIZATION,
): { scores: number[]; normalized: number[][] } {
  const r = normalizeMatrix(p.matrix, p.types, normalization);
  const scores = r.map((row) => row.reduce((s, v, j) => s + p.weights[j]! * v, 0));
  return { scores, normalized: r };
}
