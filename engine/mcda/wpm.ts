import { EngineInputError } from '../errors';
import { normalizeMatrix } from './normalize';
import type { CheckedProblem, Normalization } from './types';

/** WPM default: the raw values, cost criteria with exponent −w (scale-free, Bridgman 1922). */
export const WPM_DEFAULT_NORMALIZATION: Normalization = 'none';

/**
 * Weighted product: score_i = Π_j r_ij^{w_j}; higher is better. With normalization "none" r is
 * the raw value and cost criteria enter as x^{−w} (needs every value > 0); with any other
 * normalisation r is the direction-aware normalised value, as pymcdm's WPM does (needs r ≥ 0;
 * a factor 0^w is 0 for w > 0 and 1 for w = 0). Since every normalisation above is a per-column
 * rescaling, the scores of two normalisations differ by a constant factor and rank alike.
 * Computed as exp(Σ w ln r) so many criteria cannot underflow the product.
 */
export function wpm(
  p: CheckedProblem,
  normalization: Normalization = WPM_DEFAULT_NORMALIZATION,
): { scores: number[] } {
  if (normalization === 'none') {
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
  const r = normalizeMatrix(p.matrix, p.types, normalization);
  const scores = r.map((row, i) => {
    let log = 0;
    for (let j = 0; j < row.length; j++) {
      const x = row[j]!;
      const w = p.weights[j]!;
      if (x < 0) {
        throw new EngineInputError(
          `matrix[${i}][${j}]`,
          `WPM needs normalised values ≥ 0 (${normalization} gives ${x})`,
        );
      }
      if (w === 0) continue;
      if (x === 0) return 0;
      log += w * Math.log(x);
    }
    return Math.exp(log);
  });
  return { scores };
}
