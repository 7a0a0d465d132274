import { EngineInputError, assertFinite } from '../errors';

/**
 * Direct rating → weights that sum to 1 (w_j = r_j / Σ r). Convention: ratings must be finite
 * and ≥ 0 with a positive sum; a zero rating is allowed (that criterion gets weight 0).
 * When the plain sum overflows (1e308 + 1e308 = Infinity), the ratings are divided by their
 * largest value first, so ratings near the top of the double range still give w = r / Σ r.
 */
export function normalizeWeights(ratings: readonly number[], field = 'weights'): number[] {
  if (ratings.length === 0) throw new EngineInputError(field, 'needs at least one weight');
  let max = 0;
  ratings.forEach((r, j) => {
    assertFinite(r, `${field}[${j}]`);
    if (r < 0) throw new EngineInputError(`${field}[${j}]`, `must be ≥ 0 (got ${r})`);
    if (r > max) max = r;
  });
  if (!(max > 0)) throw new EngineInputError(field, 'must not all be zero');
  let sum = 0;
  for (const r of ratings) sum += r;
  if (Number.isFinite(sum)) return ratings.map((r) => r / sum);
  let scaled = 0;
  for (const r of ratings) scaled += r / max;
  return ratings.map((r) => r / max / scaled);
}
