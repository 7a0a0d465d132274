import { describe, expect, it } from 'vitest';
import { Rng } from './prng';
import { beta, exponential, gamma, lognormal, normal, triangular } from './samplers';

/** Sample mean and variance of n draws. */
function moments(n: number, draw: () => number): { mean: number; variance: number } {
  let sum = 0;
  let sq = 0;
  for (let k = 0; k < n; k++) {
    const x = draw();
    sum += x;
    sq += x * x;
  }
  const mean = sum / n;
  return { mean, variance: sq / n - mean * mean };
}

const N = 60_000;

describe('samplers (moments against the closed forms)', () => {
  it('exponential(1): mean 1, variance 1', () => {
    const rng = Rng.fromSeed(11);
    const { mean, variance } = moments(N, () => exponential(rng));
    expect(Math.abs(mean - 1)).toBeLessThan(0.02);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });

  it('normal(3, 2): mean 3, variance 4', () => {
    const rng = Rng.fromSeed(12);
    const { mean, variance } = moments(N, () => normal(rng, 3, 2));
    expect(Math.abs(mean - 3)).toBeLessThan(0.04);
    expect(Math.abs(variance - 4)).toBeLessThan(0.12);
  });

  it.each([0.3, 1, 2.5, 9])('gamma(%s): mean k, variance k (Marsaglia–Tsang)', (k) => {
    const rng = Rng.fromSeed(13);
    const { mean, variance } = moments(N, () => gamma(rng, k));
    expect(Math.abs(mean - k) / k).toBeLessThan(0.03);
    expect(Math.abs(variance - k) / k).toBeLessThan(0.06);
  });

  it('beta(2, 5): mean 2/7, variance 10/392', () => {
    const rng = Rng.fromSeed(14);
    const { mean, variance } = moments(N, () => beta(rng, 2, 5));
    expect(Math.abs(mean - 2 / 7)).toBeLessThan(0.005);
    expect(Math.abs(variance - 10 / 392)).toBeLessThan(0.001);
  });

  it('lognormal(0, 0.5): mean e^{1/8}', () => {
    const rng = Rng.fromSeed(15);
    const { mean } = moments(N, () => lognormal(rng, 0, 0.5));
    expect(Math.abs(mean - Math.exp(0.125))).toBeLessThan(0.015);
  });

  it('triangular(0, 1, 4): mean 5/3, variance 13/18, support respected', () => {
    const rng = Rng.fromSeed(16);
    let outside = 0;
    const { mean, variance } = moments(N, () => {
      const x = triangular(rng, 0, 1, 4);
      if (x < 0 || x > 4) outside++;
      return x;
    });
    expect(outside).toBe(0);
    // Var = (a² + b² + c² − ab − ac − bc) / 18 = (0 + 1 + 16 − 0 − 0 − 4) / 18.
    expect(Math.abs(mean - 5 / 3)).toBeLessThan(0.015);
    expect(Math.abs(variance - 13 / 18)).toBeLessThan(0.02);
  });

  it('triangular with min = max is exact', () => {
    expect(triangular(Rng.fromSeed(1), 0.3, 0.3, 0.3)).toBe(0.3);
  });
});
