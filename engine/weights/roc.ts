import { EngineInputError } from '../errors';

/**
 * The one rule for criterion rankings everywhere (`weights` roc, `smaa` and `packages`
 * weightInfo "ordinal"): a list of criterion indices, most important first, 0-based like JSON
 * array positions (the index of a criterion in `causes`, `types` or the matrix columns).
 */
export const RANKING_RULE =
  'ranking: criterion indices, most important first, 0-based (JSON array positions)';

/**
 * Checks that `ranking` (criterion indices, most important first, 0-based) is a permutation of
 * 0..n−1. Ties are not expressible: a ranking is strict. Returns n. `n` may be given to insist on
 * a specific criterion count. A permutation of 1..n is refused with a hint, never re-read: a
 * silent guess would weight the wrong criteria whenever it guessed wrong.
 */
export function assertPermutation(
  ranking: readonly number[],
  field = 'ranking',
  n?: number,
): number {
  const size = n ?? ranking.length;
  if (!Array.isArray(ranking) || ranking.length === 0)
    throw new EngineInputError(field, 'needs at least one criterion');
  if (ranking.length !== size) {
    throw new EngineInputError(field, `must list all ${size} criteria (got ${ranking.length})`);
  }
  const seen = new Set<number>();
  ranking.forEach((c, k) => {
    if (!Number.isInteger(c) || c < 0 || c >= size) {
      const hint = looksOneBased(ranking, size)
        ? '; this looks 1-based: subtract 1 from every index'
        : '';
      throw new EngineInputError(
        `${field}[${k}]`,
        `must be a criterion index 0..${size - 1} (0-based; got ${String(c)})${hint}`,
      );
    }
    if (seen.has(c)) throw new EngineInputError(`${field}[${k}]`, `criterion ${c} is listed twice`);
    seen.add(c);
  });
  return size;
}

function looksOneBased(ranking: readonly number[], size: number): boolean {
  const set = new Set(ranking);
  return set.size === size && ranking.every((c) => Number.isInteger(c) && c >= 1 && c <= size);
}

/** A ranking checked against RANKING_RULE, as a fresh 0-based array. */
export function readRanking(ranking: readonly number[], field = 'ranking', n?: number): number[] {
  assertPermutation(ranking, field, n);
  return [...ranking];
}

/**
 * Rank-order centroid weights (Barron & Barrett 1996): the k-th ranked criterion (k = 1..n)
 * gets w_k = (1/n) Σ_{i=k}^{n} 1/i — the centroid of the simplex of weights consistent with
 * the ranking. Returned per criterion index (weights[j] is criterion j's weight), not in rank order.
 * n = 3 → 0.6111, 0.2778, 0.1111.
 */
export function rocWeights(input: readonly number[], field = 'ranking'): number[] {
  const ranking = readRanking(input, field);
  const n = ranking.length;
  const byRank = rocByRank(n);
  const weights = new Array<number>(n).fill(0);
  ranking.forEach((criterion, k) => {
    weights[criterion] = byRank[k]!;
  });
  return weights;
}

/** ROC weights in rank order: element k is the weight of the (k+1)-th ranked criterion. */
export function rocByRank(n: number): number[] {
  const out = new Array<number>(n).fill(0);
  let tail = 0;
  // Accumulate the harmonic tail from the last rank upwards: Σ_{i=k}^{n} 1/i.
  for (let k = n; k >= 1; k--) {
    tail += 1 / k;
    out[k - 1] = tail / n;
  }
  return out;
}
