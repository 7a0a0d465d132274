import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMethods } from './compare';
import { rankScores, scoreTieTolerance } from './ranking';
import { runMcda, MCDA_METHODS } from './run';

describe('rankScores', () => {
  it('1-based, ties share the better rank (competition ranking)', () => {
    expect(rankScores([0.2, 0.9, 0.5, 0.9])).toEqual([4, 1, 3, 1]);
    expect(rankScores([0.2, 0.9, 0.5], true)).toEqual([1, 3, 2]);
  });
  it('treats differences within 1e-9 of the spread as ties, measured from the group leader', () => {
    // Spread 0.5: tolerance 5e-10.
    expect(rankScores([1, 1 + 4e-10, 0.5])).toEqual([1, 1, 3]);
    expect(rankScores([1, 1 + 6e-10, 0.5])).toEqual([2, 1, 3]);
    // Two scores: the spread is their difference, so only rounding-level gaps (1e-12 of the
    // magnitude) tie.
    expect(rankScores([1000, 1000 + 5e-7])).toEqual([2, 1]);
    expect(rankScores([0.1 + 0.2, 0.3])).toEqual([1, 1]);
    // Leader rule: 0.5 ties with 0.5 + 0.4t but not with 0.5 + 0.8t when t is the tolerance.
    const t = 1e-9;
    expect(rankScores([0, 1, 1 - 0.6 * t, 1 - 1.2 * t])).toEqual([4, 1, 1, 3]);
  });

  it('is invariant to scaling every score (weights of 1e-10 do not collapse into ties)', () => {
    const scores = [0.31, 0.52, 0.18, 0.52 - 1e-3];
    const expected = rankScores(scores);
    expect(expected).toEqual([3, 1, 4, 2]);
    for (const k of [1e-10, 1e-200, 1e10, 1e200]) {
      expect(rankScores(scores.map((s) => s * k))).toEqual(expected);
    }
    expect(scoreTieTolerance([2, 2, 2])).toBe(2e-12);
  });
});

const problem = fc
  .record({ m: fc.integer({ min: 2, max: 7 }), n: fc.integer({ min: 1, max: 5 }) })
  .chain(({ m, n }) =>
    fc.record({
      matrix: fc.array(
        fc.array(fc.double({ min: 0.5, max: 100, noNaN: true }), { minLength: n, maxLength: n }),
        { minLength: m, maxLength: m },
      ),
      weights: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), {
        minLength: n,
        maxLength: n,
      }),
      types: fc.array(fc.constantFrom<1 | -1>(1, -1), { minLength: n, maxLength: n }),
      perm: fc.shuffledSubarray([...Array(m).keys()], { minLength: m, maxLength: m }),
    }),
  );

describe('properties', () => {
  it('permuting alternatives permutes scores, for every method', () => {
    fc.assert(
      fc.property(problem, ({ matrix, weights, types, perm }) => {
        for (const method of MCDA_METHODS) {
          const a = runMcda({ method, matrix, weights, types });
          const b = runMcda({ method, matrix: perm.map((i) => matrix[i]!), weights, types });
          perm.forEach((orig, k) => expect(b.scores[k]).toBeCloseTo(a.scores[orig]!, 9));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('compareMethods: tau is symmetric with a unit diagonal', () => {
    fc.assert(
      fc.property(problem, ({ matrix, weights, types }) => {
        const c = compareMethods({ matrix, weights, types });
        expect(c.methods).toHaveLength(5);
        c.tau.forEach((row, a) =>
          row.forEach((t, b) => {
            expect(t).toBeCloseTo(c.tau[b]![a]!, 12);
            expect(Math.abs(t)).toBeLessThanOrEqual(1 + 1e-12);
          }),
        );
        c.tau.forEach((row, a) => expect(row[a]).toBe(1));
      }),
      { numRuns: 50 },
    );
  });

  it('compareMethods skips WPM (with the reason) when a value is 0', () => {
    const c = compareMethods({
      matrix: [
        [0, 1],
        [2, 3],
        [1, 1],
      ],
      weights: [0.5, 0.5],
      types: [1, 1],
    });
    expect(c.methods).not.toContain('wpm');
    expect(c.skipped[0]!.reason).toMatch(/^matrix\[0\]\[0\]: WPM needs values > 0/);
  });
});
