/** Scores closer than this (relative to max(1, |a|, |b|)) are ties. */
export const TIE_TOLERANCE = 1e-9;

/**
 * 1-based competition ranking ("1, 1, 3"): ranking[i] is the rank of alternative i, 1 = best,
 * ties share the better rank. A tie is |s_a − s_b| ≤ tol · max(1, |s_a|, |s_b|), always measured
 * against the first (best) member of the tie group so ties cannot chain across a wide range.
 */
export function rankScores(
  scores: readonly number[],
  lowerIsBetter = false,
  tol = TIE_TOLERANCE,
): number[] {
  const sign = lowerIsBetter ? -1 : 1;
  const order = scores.map((_, i) => i).sort((a, b) => sign * (scores[b]! - scores[a]!) || a - b);
  const ranking = new Array<number>(scores.length).fill(0);
  let groupScore = NaN;
  let groupRank = 0;
  order.forEach((idx, pos) => {
    const s = scores[idx]!;
    if (pos === 0 || !isTie(s, groupScore, tol)) {
      groupScore = s;
      groupRank = pos + 1;
    }
    ranking[idx] = groupRank;
  });
  return ranking;
}

export function isTie(a: number, b: number, tol = TIE_TOLERANCE): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}
