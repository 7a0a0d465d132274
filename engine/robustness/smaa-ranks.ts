/**
 * Rank accounting with ties split equally: alternatives whose utilities tie for positions
 * a … b−1 each get 1/(b − a) of every one of those ranks. Every rank column and every
 * alternative's row then still sums to 1, and the result does not depend on input order
 * (breaking ties by index would favour the first-listed alternative).
 */
export const TIE_TOLERANCE = 1e-12;

export interface RankScratch {
  order: number[];
}

export function createRankScratch(n: number): RankScratch {
  return { order: Array.from({ length: n }, (_, i) => i) };
}

/**
 * Ranks `utility` (higher is better) and calls `credit(i, rank0, share)` for every alternative
 * and every rank it (partly) holds. Returns nothing; the caller accumulates.
 */
export function rankWithTies(
  utility: Float64Array,
  scratch: RankScratch,
  credit: (i: number, rank0: number, share: number) => void,
): void {
  const order = scratch.order;
  const n = order.length;
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((a, b) => utility[b]! - utility[a]! || a - b);
  for (let a = 0; a < n;) {
    const top = utility[order[a]!]!;
    let b = a + 1;
    while (b < n && top - utility[order[b]!]! <= TIE_TOLERANCE * Math.max(1, Math.abs(top))) b++;
    const share = 1 / (b - a);
    for (let k = a; k < b; k++) {
      const i = order[k]!;
      for (let r = a; r < b; r++) credit(i, r, share);
    }
    a = b;
  }
}
