import type { Rng } from './prng';

/**
 * Samplers for the distributions SMAA uses, each drawing only from the seeded Rng so a seed
 * reproduces the whole analysis. Parameters are checked by the callers (robustness/distributions).
 */

/** Exponential(1) by inversion: −ln U with U in (0, 1). */
export function exponential(rng: Rng): number {
  return -Math.log(rng.nextOpen());
}

/**
 * Standard normal by Box–Muller. One of the pair is discarded on purpose: keeping a cached
 * spare would make a draw depend on how many normals were drawn before, across call sites.
 */
export function standardNormal(rng: Rng): number {
  const u1 = rng.nextOpen();
  const u2 = rng.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

export function normal(rng: Rng, mean: number, sd: number): number {
  return mean + sd * standardNormal(rng);
}

/** Lognormal: exp(N(mu, sigma²)); mu and sigma are the parameters of the logarithm. */
export function lognormal(rng: Rng, mu: number, sigma: number): number {
  return Math.exp(mu + sigma * standardNormal(rng));
}

/**
 * Gamma(shape, 1) by Marsaglia & Tsang (2000). For shape < 1 it uses the boost
 * Gamma(a) = Gamma(a + 1) · U^{1/a}, since the squeeze needs a ≥ 1.
 */
export function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(rng.nextOpen(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.nextOpen();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Beta(alpha, beta) on [0, 1] as X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta). */
export function beta(rng: Rng, alpha: number, betaShape: number): number {
  const x = gamma(rng, alpha);
  const y = gamma(rng, betaShape);
  return x / (x + y);
}

/**
 * Triangular(min, mode, max) by inverting its CDF (one uniform per draw, which keeps the
 * package SMAA inner loop cheap). Degenerate min = max returns min.
 */
export function triangular(rng: Rng, min: number, mode: number, max: number): number {
  const width = max - min;
  if (width <= 0) return min;
  const u = rng.next();
  const left = mode - min;
  if (u * width < left) return min + Math.sqrt(u * width * left);
  return max - Math.sqrt((1 - u) * width * (max - mode));
}
