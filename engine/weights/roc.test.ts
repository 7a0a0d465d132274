import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../errors';
import { rocByRank, rocWeights } from './roc';
import { swingWeights } from './swing';
import { normalizeWeights } from './direct';

describe('rank-order centroid', () => {
  it('matches the published n = 3 values (Barron & Barrett 1996): 0.6111, 0.2778, 0.1111', () => {
    const w = rocByRank(3);
    expect(w[0]).toBeCloseTo(11 / 18, 12); // (1 + 1/2 + 1/3)/3
    expect(w[1]).toBeCloseTo(5 / 18, 12); // (1/2 + 1/3)/3
    expect(w[2]).toBeCloseTo(2 / 18, 12); // (1/3)/3
    expect(w.map((x) => Number(x.toFixed(4)))).toEqual([0.6111, 0.2778, 0.1111]);
  });

  it('n = 4 by hand: 0.5208, 0.2708, 0.1458, 0.0625', () => {
    expect(rocByRank(4).map((x) => Number(x.toFixed(4)))).toEqual([0.5208, 0.2708, 0.1458, 0.0625]);
  });

  it('places weights by criterion index, not by rank position', () => {
    // Criterion 2 is most important, then 0, then 1.
    const w = rocWeights([2, 0, 1]);
    expect(w[2]).toBeCloseTo(11 / 18, 12);
    expect(w[0]).toBeCloseTo(5 / 18, 12);
    expect(w[1]).toBeCloseTo(2 / 18, 12);
  });

  it('rejects duplicates and out-of-range indices, naming the field', () => {
    // One index base everywhere: a 1-based permutation is refused with a hint, never re-read.
    expect(() => rocWeights([3, 1, 2])).toThrow(
      /^ranking\[0\]: must be a criterion index 0\.\.2 \(0-based; got 3\); this looks 1-based/,
    );
    expect(() => rocWeights([0, 0, 1])).toThrow(/^ranking\[1\]: criterion 0 is listed twice/);
    expect(() => rocWeights([0, 3, 1])).toThrow(/^ranking\[1\]: must be a criterion index 0\.\.2/);
    expect(() => rocWeights([])).toThrow(EngineInputError);
    expect(() => rocWeights([0, 1.5])).toThrow(/^ranking\[1\]/);
  });

  it('property: sums to 1 and decreases with rank', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (n) => {
        const w = rocByRank(n);
        expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        for (let k = 1; k < n; k++) expect(w[k]!).toBeLessThan(w[k - 1]!);
      }),
    );
  });
});

describe('swing and direct weights', () => {
  it('swing normalises points: 100, 50, 50 → 0.5, 0.25, 0.25', () => {
    expect(swingWeights([100, 50, 50])).toEqual([0.5, 0.25, 0.25]);
    expect(swingWeights([20, 100, 0])).toEqual([20 / 120, 100 / 120, 0]);
  });

  it('swing needs the 100-point anchor and points in 0..100', () => {
    expect(() => swingWeights([80, 40])).toThrow(
      /^points: the most important swing must score 100/,
    );
    expect(() => swingWeights([100, 120])).toThrow(/^points\[1\]: must be in 0\.\.100/);
    expect(() => swingWeights([100, Number.NaN])).toThrow(/^points\[1\]: must be a finite number/);
  });

  it('property: direct weights of any non-negative ratings sum to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (raw) => {
          fc.pre(raw.some((x) => x > 0));
          const w = normalizeWeights(raw);
          expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
        },
      ),
    );
  });
});

describe('direct weights near the double limit', () => {
  it('[1e308, 1e308] gives [0.5, 0.5] (the plain sum would overflow to Infinity)', () => {
    expect(normalizeWeights([1e308, 1e308])).toEqual([0.5, 0.5]);
    expect(normalizeWeights([1.7e308, 1.7e308, 0])).toEqual([0.5, 0.5, 0]);
    expect(normalizeWeights([1e-300, 3e-300])).toEqual([0.25, 0.75]);
  });
});
