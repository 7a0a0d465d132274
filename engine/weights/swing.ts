import { EngineInputError, assertFinite } from '../errors';

/**
 * Swing weighting (von Winterfeldt & Edwards 1986): the planner gives the most important
 * swing (worst → best on that criterion) 100 points and every other swing 0..100 points
 * relative to it; weights are the points normalised to sum to 1 (w_j = p_j / Σ p).
 * Convention: the largest score must be exactly 100 (the anchor), so a missing anchor is caught.
 */
export function swingWeights(points: readonly number[], field = 'points'): number[] {
  if (points.length === 0) throw new EngineInputError(field, 'needs at least one criterion');
  let max = -Infinity;
  let sum = 0;
  points.forEach((p, j) => {
    assertFinite(p, `${field}[${j}]`);
    if (p < 0 || p > 100)
      throw new EngineInputError(`${field}[${j}]`, `must be in 0..100 (got ${p})`);
    max = Math.max(max, p);
    sum += p;
  });
  if (max !== 100) {
    throw new EngineInputError(
      field,
      `the most important swing must score 100 (largest is ${max})`,
    );
  }
  return points.map((p) => p / sum);
}
