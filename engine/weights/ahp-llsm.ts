import { maxOf } from '../stats/extent';
import { solveLinear } from '../stats/linear-solve';

/**
 * Logarithmic least squares (Crawford & Williams 1985; for incomplete matrices Bozóki,
 * Fülöp & Rónyai 2010): minimise Σ_{known i<j} (ln a_ij − y_i + y_j)², w = exp(y) / Σ exp(y).
 * Normal equations: L y = b with L the Laplacian of the comparison graph and
 * b_i = Σ_{known j} ln a_ij. L is singular (y is defined up to a constant), so y_0 is fixed at 0
 * and the reduced (n−1)×(n−1) system is solved; the caller guarantees the graph is connected,
 * which makes the reduced system non-singular.
 */
export function llsmWeights(matrix: readonly (readonly (number | null)[])[]): number[] {
  const n = matrix.length;
  if (n === 1) return [1];
  const lap: number[][] = [];
  const rhs: number[] = [];
  for (let i = 1; i < n; i++) {
    const row = new Array<number>(n - 1).fill(0);
    let b = 0;
    for (let j = 0; j < n; j++) {
      const a = matrix[i]![j];
      if (j === i || a === null || a === undefined) continue;
      row[i - 1] = row[i - 1]! + 1;
      if (j > 0) row[j - 1] = row[j - 1]! - 1;
      b += Math.log(a);
    }
    lap.push(row);
    rhs.push(b);
  }
  const y = [0, ...solveLinear(lap, rhs, 'matrix')];
  // Shift by the max before exponentiating so huge ratios cannot overflow.
  const top = maxOf(y);
  const e = y.map((v) => Math.exp(v - top));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}
