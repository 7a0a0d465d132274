import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../random/prng';
import { createWeightSampler, sampleSimplex, type WeightInfo } from './weight-sampling';

function draws(info: WeightInfo | undefined, m: number, n: number, seed = 3): Float64Array[] {
  const sampler = createWeightSampler(info, m);
  const rng = Rng.fromSeed(seed);
  return Array.from({ length: n }, () => {
    const w = new Float64Array(m);
    sampler.sample(rng, w);
    return w;
  });
}

function columnMeans(ws: Float64Array[], m: number): number[] {
  const mean = new Array<number>(m).fill(0);
  for (const w of ws) for (let j = 0; j < m; j++) mean[j]! += w[j]! / ws.length;
  return mean;
}

/** Kolmogorov–Smirnov statistic of a sample against a continuous CDF. */
function ksStatistic(xs: number[], cdf: (x: number) => number): number {
  const s = [...xs].sort((a, b) => a - b);
  let d = 0;
  s.forEach((x, k) => {
    const f = cdf(x);
    d = Math.max(d, (k + 1) / s.length - f, f - k / s.length);
  });
  return d;
}

describe('uniform simplex sampling', () => {
  it('every draw is a weight vector (≥ 0, sums to 1)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 12 }), (seed, m) => {
        const w = new Float64Array(m);
        sampleSimplex(Rng.fromSeed(seed), w);
        return w.every((x) => x >= 0) && Math.abs(w.reduce((s, x) => s + x, 0) - 1) < 1e-12;
      }),
    );
  });

  it.each([2, 4, 8])('m = %i: each coordinate has mean 1/m and w₁ ~ Beta(1, m − 1) (KS)', (m) => {
    const n = 20_000;
    const ws = draws(undefined, m, n);
    for (const mean of columnMeans(ws, m)) expect(Math.abs(mean - 1 / m)).toBeLessThan(0.01);
    // Beta(1, m − 1) CDF: 1 − (1 − x)^(m − 1). The 0.1 % KS critical value is 1.95/√n ≈ 0.0138.
    const d = ksStatistic(
      ws.map((w) => w[0]!),
      (x) => 1 - Math.pow(1 - x, m - 1),
    );
    expect(d).toBeLessThan(1.95 / Math.sqrt(n));
  });

  it('normalised independent uniforms would fail the same KS test (the test has teeth)', () => {
    const m = 4;
    const n = 20_000;
    const rng = Rng.fromSeed(5);
    const firsts: number[] = [];
    for (let k = 0; k < n; k++) {
      const u = [rng.next(), rng.next(), rng.next(), rng.next()];
      firsts.push(u[0]! / (u[0]! + u[1]! + u[2]! + u[3]!));
    }
    const d = ksStatistic(firsts, (x) => 1 - Math.pow(1 - x, m - 1));
    expect(d).toBeGreaterThan(1.95 / Math.sqrt(n));
  });
});

describe('ordinal weights', () => {
  it('respect the ranking and average to the rank-order centroid weights', () => {
    // Uniform on {w_a ≥ w_b ≥ w_c}: the centroid is ROC, (11/18, 5/18, 2/18) for m = 3.
    const ranking = [2, 0, 1];
    const ws = draws({ type: 'ordinal', ranking }, 3, 20_000);
    for (const w of ws) expect(w[2]! >= w[0]! && w[0]! >= w[1]!).toBe(true);
    const mean = columnMeans(ws, 3);
    expect(mean[2]).toBeCloseTo(11 / 18, 2);
    expect(mean[0]).toBeCloseTo(5 / 18, 2);
    expect(mean[1]).toBeCloseTo(2 / 18, 2);
  });

  it('rejects a ranking that is not a permutation, naming the entry', () => {
    expect(() => createWeightSampler({ type: 'ordinal', ranking: [0, 0, 1] }, 3)).toThrow(
      /weightInfo\.ranking\[1\]/,
    );
    expect(() => createWeightSampler({ type: 'ordinal', ranking: [0, 1] }, 3)).toThrow(
      /weightInfo\.ranking/,
    );
  });
});

describe('interval weights', () => {
  it('stay in the box; with only lower bounds active the mean is lo + (1 − Σlo)/m', () => {
    const bounds: [number, number][] = [
      [0.1, 1],
      [0.2, 1],
      [0, 1],
    ];
    const ws = draws({ type: 'intervals', bounds }, 3, 20_000);
    const below = ws.filter((w) => w.some((x, j) => x < bounds[j]![0] - 1e-12)).length;
    expect(below).toBe(0);
    const mean = columnMeans(ws, 3);
    const slack = 0.7;
    expect(mean[0]).toBeCloseTo(0.1 + slack / 3, 2);
    expect(mean[1]).toBeCloseTo(0.2 + slack / 3, 2);
  });

  it('respects upper bounds', () => {
    const bounds: [number, number][] = [
      [0.3, 0.5],
      [0.1, 0.4],
      [0.2, 0.6],
    ];
    for (const w of draws({ type: 'intervals', bounds }, 3, 2000)) {
      w.forEach((x, j) => {
        expect(x).toBeGreaterThanOrEqual(bounds[j]![0] - 1e-12);
        expect(x).toBeLessThanOrEqual(bounds[j]![1] + 1e-12);
      });
    }
  });

  it('rejects infeasible bounds with a clear message', () => {
    expect(() =>
      createWeightSampler(
        {
          type: 'intervals',
          bounds: [
            [0.6, 1],
            [0.5, 1],
          ],
        },
        2,
      ),
    ).toThrow(/lower bounds sum to 1\.1/);
    expect(() =>
      createWeightSampler(
        {
          type: 'intervals',
          bounds: [
            [0, 0.3],
            [0, 0.3],
          ],
        },
        2,
      ),
    ).toThrow(/upper bounds sum to 0\.6/);
  });

  it('gives up with a message when almost no draw lands in the box', () => {
    // 10 criteria each capped at 0.1005: Σhi barely above 1, a sliver of the simplex.
    const bounds = Array.from({ length: 10 }, () => [0, 0.1005] as [number, number]);
    expect(() => draws({ type: 'intervals', bounds }, 10, 5)).toThrow(/too small a share/);
  });
});

describe('stakeholder weights', () => {
  const sets = [
    [1, 0, 0],
    [0, 1, 1],
  ];

  it('draws each normalised set with equal probability', () => {
    const ws = draws({ type: 'stakeholders', sets }, 3, 10_000);
    const first = ws.filter((w) => w[0] === 1).length;
    const second = ws.filter((w) => w[1] === 0.5 && w[2] === 0.5).length;
    expect(first + second).toBe(10_000);
    expect(Math.abs(first / 10_000 - 0.5)).toBeLessThan(0.03);
  });

  it('with Dirichlet jitter keeps zero weights at zero and the mean at the set', () => {
    const ws = draws({ type: 'stakeholders', sets: [[2, 1, 0]], concentration: 50 }, 3, 10_000);
    for (const w of ws) expect(w[2]).toBe(0);
    const mean = columnMeans(ws, 3);
    expect(mean[0]).toBeCloseTo(2 / 3, 2);
    expect(new Set(ws.map((w) => w[0])).size).toBeGreaterThan(100);
  });

  it('rejects a set of the wrong length', () => {
    expect(() => createWeightSampler({ type: 'stakeholders', sets: [[1, 2]] }, 3)).toThrow(
      /weightInfo\.sets\[0\]/,
    );
  });
});
