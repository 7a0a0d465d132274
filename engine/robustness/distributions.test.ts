import { describe, expect, it } from 'vitest';
import { Rng } from '../random/prng';
import {
  type CellDistribution,
  cellMean,
  cellRange,
  sampleCell,
  validateCell,
} from './distributions';

const CELLS: CellDistribution[] = [
  { dist: 'exact', value: 2.5 },
  { dist: 'uniform', min: 1, max: 3 },
  { dist: 'triangular', min: 0, mode: 1, max: 5 },
  { dist: 'normal', mean: -1, sd: 0.5 },
  { dist: 'lognormal', mu: 0.2, sigma: 0.3 },
  { dist: 'beta', alpha: 2, beta: 3, min: 10, max: 20 },
];

describe('cell distributions', () => {
  it.each(CELLS)(
    '$dist: sample mean matches the closed-form mean, draws stay in the support',
    (cell) => {
      const rng = Rng.fromSeed(21);
      const n = 30_000;
      let sum = 0;
      let outside = 0;
      const [lo, hi] = cellRange(cell);
      const bounded = cell.dist !== 'normal' && cell.dist !== 'lognormal';
      for (let k = 0; k < n; k++) {
        const x = sampleCell(rng, cell);
        sum += x;
        if (bounded && (x < lo || x > hi)) outside++;
      }
      expect(outside).toBe(0);
      const mean = cellMean(cell);
      expect(Math.abs(sum / n - mean)).toBeLessThan(0.02 * Math.max(1, Math.abs(mean)));
    },
  );

  it('scale ranges: supports, mean ± 3 sd, exp(mu ± 3 sigma), beta [0, 1] by default', () => {
    expect(cellRange({ dist: 'normal', mean: 1, sd: 2 })).toEqual([-5, 7]);
    const [a, b] = cellRange({ dist: 'lognormal', mu: 0, sigma: 1 });
    expect(a).toBeCloseTo(Math.exp(-3), 12);
    expect(b).toBeCloseTo(Math.exp(3), 12);
    expect(cellRange(validateCell({ dist: 'beta', alpha: 1, beta: 1 }, 'c'))).toEqual([0, 1]);
  });

  it('validation names the parameter at fault', () => {
    expect(() => validateCell({ dist: 'triangular', min: 0, mode: 3, max: 2 }, 'p[0][1]')).toThrow(
      /p\[0\]\[1\]/,
    );
    expect(() => validateCell({ dist: 'normal', mean: 0, sd: -1 }, 'p')).toThrow(/p\.sd/);
    expect(() => validateCell({ dist: 'beta', alpha: 0, beta: 1 }, 'p')).toThrow(/p\.alpha/);
    expect(() => validateCell({ dist: 'uniform', min: 0 }, 'p')).toThrow(/p\.max/);
    expect(() => validateCell({ value: 1 }, 'p')).toThrow(/p\.dist/);
    expect(() => validateCell(3, 'p')).toThrow(/p:/);
  });
});
