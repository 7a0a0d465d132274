import { EngineInputError } from '../errors';
import type { CheckedProblem } from './types';

/**
 * Weighted product: score_i = Π_j x_ij^{w_j} for benefit and x_ij^{−w_j} for cost criteria, on the
 * raw values (scale-free, so no normalisation). Needs every value > 0. Computed as exp(Σ ±w ln x)
 * so many criteria cannot underflow the product; higher is better.
 */
export function wpm(p: CheckedProblem): { scores: number[] } {
  p.matrix.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v <= 0)
        throw new EngineInputError(`matrix[${i}][${j}]`, `WPM needs values > 0 (got ${v})`);
    }),
  );
  const scores = p.matrix.map((row) =>
    Math.exp(row.reduce((s, v, j) => s + p.types[j]! * p.weights[j]! * Math.log(v), 0)),
  );
  return { scores };
}
