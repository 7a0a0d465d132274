import { EngineInputError } from '../errors';

/**
 * Solves A x = b by Gaussian elimination with partial pivoting (A is n×n, copied, not mutated).
 * Used for the LLSM normal equations, which are small (n ≤ 15) and well conditioned once one
 * log-weight is fixed, so a dense direct solver is simpler and exact enough.
 * Throws EngineInputError(field) when A is singular (pivot below `singularTol` times its scale).
 */
export function solveLinear(
  a: readonly (readonly number[])[],
  b: readonly number[],
  field = 'matrix',
  singularTol = 1e-12,
): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  const scale = Math.max(1, ...a.flat().map(Math.abs));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(at(m, r, col)) > Math.abs(at(m, pivot, col))) pivot = r;
    }
    if (Math.abs(at(m, pivot, col)) <= singularTol * scale) {
      throw new EngineInputError(field, 'the linear system is singular');
    }
    const tmp = m[col]!;
    m[col] = m[pivot]!;
    m[pivot] = tmp;
    const prow = m[col]!;
    for (let r = col + 1; r < n; r++) {
      const row = m[r]!;
      const f = row[col]! / prow[col]!;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) row[c] = row[c]! - f * prow[c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r]!;
    let s = row[n]!;
    for (let c = r + 1; c < n; c++) s -= row[c]! * x[c]!;
    x[r] = s / row[r]!;
  }
  return x;
}

function at(m: number[][], r: number, c: number): number {
  return m[r]![c]!;
}
