import { EngineInputError, assertFinite } from '../errors';

/**
 * Direct rating → weights that sum to 1 (w_j = r_j / Σ r). Convention: ratings must be finite
 * and ≥ 0 with a positive sum; a zero rating is allowed (that criterion gets weight 0).
 */
export function normalizeWeights(ratings: readonly number[], field = 'weights'): number[] {
  if (ratings.length === 0) throw new EngineInputError(field, 'needs at least one weight');
  let sum = 0;
  ratings.forEach((r, j) => {
    assertFinite(r, `${field}[${j}]`);
    if (r < 0) throw new EngineInputError(`${field}[${j}]`, `must be ≥ 0 (got ${r})`);
    sum += r;
  });
  if (!(sum > 0)) throw new EngineInputError(field, 'must not all be zero');
  return ratings.map((r) => r / sum);
}
