import { extent } from '../stats/extent';

/** Scores closer than this share of their spread (max − min over all scores) are ties. */
export const TIE_TOLERANCE = 1e-9;
/**
 * Floor of the tie tolerance as a share of the largest |score|: differences this small are
 * rounding (summing in another order moves a score by ~10⁻¹⁶ of its size), whatever the spread.
 */
export const ROUNDING_TOLERANCE = 1e-12;

export const TIE_RULE =
  '|s_a − s_b| ≤ max(1e-9 × (max s − min s), 1e-12 × max |s|) is a tie, measured from the best of the tie group';

/**
 * The absolute tie tolerance for a list of scores: relative to their spread, so scaling every
 * weight by 1e-10 (or 1e10) scales the scores and the tolerance together and leaves the ranking
 * unchanged; with a floor at rounding level relative to the largest magnitude.
 */
export function scoreTieTolerance(scores: ArrayLike<number>, relative = TIE_TOLERANCE): number {
  const [lo, hi] = extent(scores);
  if (!(hi >= lo)) return 0;
  const magnitude = Math.max(Math.abs(lo), Math.abs(hi));
  return Math.max(relative * (hi - lo), ROUNDING_TOLERANCE * magnitude);
}

/**
 * 1-based competition ranking ("1, 1, 3"): ranking[i] is the rank of alternative i, 1 = best,
 * ties share the better rank. A tie is |s_a − s_b| ≤ scoreTieTolerance(scores), always measured
 * against the first (best) member of the tie group so ties cannot chain across a wide range.
 */
export function rankScores(
  scores: readonly number[],
  lowerIsBetter = false,
  relative = TIE_TOLERANCE,
): number[] {
  const sign = lowerIsBetter ? -1 : 1;
  const tol = scoreTieTolerance(scores, relative);
  const order = scores.map((_, i) => i).sort((a, b) => sign * (scores[b]! - scores[a]!) || a - b);
  const ranking = new Array<number>(scores.length).fill(0);
  let groupScore = NaN;
  let groupRank = 0;
  order.forEach((idx, pos) => {
    const s = scores[idx]!;
    if (pos === 0 || Math.abs(s - groupScore) > tol) {
      groupScore = s;
      groupRank = pos + 1;
    }
    ranking[idx] = groupRank;
  });
  return ranking;
}

/** Whether every value lies within rounding of the others (a flat column or flat S in VIKOR). */
export function isFlat(lo: number, hi: number): boolean {
  return hi - lo <= ROUNDING_TOLERANCE * Math.max(Math.abs(lo), Math.abs(hi));
}
