/**
 * Nearest-rank percentile (the smallest sample with at least p % of the samples at or below it):
 * always an observed value, so "p95 < 50 ms" means 95 % of the measured interactions were.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  if (!(p > 0 && p <= 100)) throw new Error(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}
