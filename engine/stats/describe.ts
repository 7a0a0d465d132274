/**
 * Weighted mean and population standard deviation. `weights` are normalised here, so any
 * positive scale works; equal weights when omitted. Population (not sample) sd: the
 * stakeholders are the whole group being described, not a sample of a larger one.
 */
export function weightedMean(values: readonly number[], weights?: readonly number[]): number {
  const w = weightsOrEqual(values.length, weights);
  return values.reduce((s, v, i) => s + v * w[i]!, 0);
}

export function weightedSd(values: readonly number[], weights?: readonly number[]): number {
  const w = weightsOrEqual(values.length, weights);
  const mean = weightedMean(values, w);
  const variance = values.reduce((s, v, i) => s + w[i]! * (v - mean) ** 2, 0);
  return Math.sqrt(Math.max(0, variance));
}

function weightsOrEqual(n: number, weights?: readonly number[]): number[] {
  if (n === 0) return [];
  const raw = weights ?? new Array<number>(n).fill(1);
  const sum = raw.reduce((s, x) => s + x, 0);
  return raw.map((x) => x / sum);
}
