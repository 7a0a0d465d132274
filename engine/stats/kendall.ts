import { EngineInputError } from '../errors';

/**
 * Kendall's tau-b between two rankings of the same alternatives (ties allowed):
 *   τ_b = (n_c − n_d) / √((n_0 − n_1)(n_0 − n_2)),  n_0 = n(n−1)/2,
 * n_1 / n_2 = pairs tied in the first / second ranking. O(n²), fine for dozens of items.
 * Conventions when the denominator is 0 (τ_b undefined): both rankings entirely tied → 1
 * (they agree completely); only one entirely tied → 0 (no association); n < 2 → 1.
 */
export function kendallTauB(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) {
    throw new EngineInputError('rankings', `must have equal length (${a.length} vs ${b.length})`);
  }
  const n = a.length;
  let concordant = 0;
  let discordant = 0;
  let tiesA = 0;
  let tiesB = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const da = Math.sign(a[i]! - a[j]!);
      const db = Math.sign(b[i]! - b[j]!);
      if (da === 0) tiesA++;
      if (db === 0) tiesB++;
      if (da !== 0 && db !== 0) {
        if (da === db) concordant++;
        else discordant++;
      }
    }
  }
  const n0 = (n * (n - 1)) / 2;
  if (n0 === 0) return 1;
  const denom = Math.sqrt((n0 - tiesA) * (n0 - tiesB));
  if (denom === 0) return tiesA === n0 && tiesB === n0 ? 1 : 0;
  return (concordant - discordant) / denom;
}
