import { describe, expect, it } from 'vitest';
import { MAX_PROMETHEE_ALTERNATIVES } from './promethee';
import { runMcda } from './run';

const base = {
  matrix: [
    [2, 10],
    [4, 5],
    [3, 8],
  ],
  weights: [0.7, 0.3],
  types: [1, -1] as (1 | -1)[],
};

describe('normalisations named so they cannot be confused', () => {
  it('max-complement: benefit x/max, cost 1 − x/max (pymcdm max_normalization)', () => {
    const r = runMcda({ ...base, method: 'wsm', options: { normalization: 'max-complement' } });
    // c1 max 10: cost values 1 − 10/10, 1 − 5/10, 1 − 8/10 = 0, 0.5, 0.2.
    expect(r.scores[0]).toBeCloseTo(0.7 * 0.5, 12);
    expect(r.scores[1]).toBeCloseTo(0.7 * 1 + 0.3 * 0.5, 12);
    expect(r.scores[2]).toBeCloseTo(0.7 * 0.75 + 0.3 * 0.2, 12);
    expect(r.conventions.normalizationFormula).toMatch(/1 − x\/max/);
  });

  it('linear is min/x for cost, the WSM default, and "max" still means the same', () => {
    const linear = runMcda({ ...base, method: 'wsm', options: { normalization: 'linear' } });
    const max = runMcda({ ...base, method: 'wsm', options: { normalization: 'max' } });
    const dflt = runMcda({ ...base, method: 'wsm' });
    expect(max.scores).toEqual(linear.scores);
    expect(dflt.scores).toEqual(linear.scores);
    expect(linear.scores[1]).toBeCloseTo(1, 12); // 4/4 and 5/5
    expect(max.conventions.normalizationFormula).toMatch(/min\/x/);
  });

  it('PROMETHEE and VIKOR do not normalise: a normalization option is refused by name', () => {
    expect(() =>
      runMcda({ ...base, method: 'promethee2', options: { normalization: 'sum' } }),
    ).toThrow(/^options\.normalization: promethee2 does not normalise/);
  });
});

describe('WPM honours normalization', () => {
  it('sum normalisation gives pymcdm’s scores: Π (x/Σx)^w for benefit, ((1/x)/Σ(1/x))^w for cost', () => {
    const r = runMcda({ ...base, method: 'wpm', options: { normalization: 'sum' } });
    const inv = 1 / 10 + 1 / 5 + 1 / 8;
    const expected = base.matrix.map(([b, c]) => (b! / 9) ** 0.7 * (1 / c! / inv) ** 0.3);
    r.scores.forEach((s, i) => expect(s).toBeCloseTo(expected[i]!, 14));
  });

  it('the default (none: raw values, cost exponent −w) differs from it by one constant factor', () => {
    const raw = runMcda({ ...base, method: 'wpm' });
    const sum = runMcda({ ...base, method: 'wpm', options: { normalization: 'sum' } });
    const ratio = sum.scores[0]! / raw.scores[0]!;
    sum.scores.forEach((s, i) => expect(s / raw.scores[i]!).toBeCloseTo(ratio, 12));
    expect(raw.ranking).toEqual(sum.ranking);
    expect(raw.conventions.normalization).toBe('none');
  });

  it('a zero normalised value with a positive weight makes the product 0', () => {
    const r = runMcda({ ...base, method: 'wpm', options: { normalization: 'minmax' } });
    expect(r.scores[0]).toBe(0); // minmax gives the worst benefit value 0
  });
});

describe('value functions on single-measure methods', () => {
  it('WSM without normalisation on piecewise values is the additive value model Σ w v(x)', () => {
    const r = runMcda({
      ...base,
      types: [1, 1],
      method: 'wsm',
      options: { normalization: 'none' },
      valueFunctions: [
        {
          type: 'piecewise',
          breakpoints: [
            [0, 0],
            [3, 0.8],
            [4, 1],
          ],
        },
        {
          type: 'piecewise',
          breakpoints: [
            [5, 1],
            [10, 0],
          ],
          clip: true,
        },
      ],
    });
    // v0(2) = 0.8·2/3, v0(4) = 1, v0(3) = 0.8; v1(10) = 0, v1(5) = 1, v1(8) = 0.4.
    expect(r.scores[0]).toBeCloseTo(0.7 * (1.6 / 3), 12);
    expect(r.scores[1]).toBeCloseTo(0.7 + 0.3, 12);
    expect(r.scores[2]).toBeCloseTo(0.7 * 0.8 + 0.3 * 0.4, 12);
    expect(r.conventions.valueFunctions).toMatch(/c0: piecewise/);
  });

  it('a linear value function with a range clips at the scale ends when asked', () => {
    const r = runMcda({
      ...base,
      method: 'wsm',
      options: { normalization: 'none' },
      valueFunctions: [
        { type: 'linear', range: [2, 3], clip: true },
        { type: 'linear', range: [5, 10] },
      ],
    });
    // v0: 0, 1 (4 clipped to 3), 1; v1 (cost): 0, 1, 0.4.
    expect(r.scores).toEqual([0, 1, 0.7 + 0.3 * 0.4].map((x) => expect.closeTo(x, 12)));
  });

  it('names the offending value-function field', () => {
    expect(() =>
      runMcda({ ...base, method: 'wsm', valueFunctions: [{ type: 'step' } as never, null] }),
    ).toThrow(/^valueFunctions\[0\]\.type/);
    expect(() =>
      runMcda({
        ...base,
        method: 'wsm',
        valueFunctions: [
          null,
          {
            type: 'piecewise',
            breakpoints: [
              [1, 0],
              [1, 1],
            ],
          },
        ],
      }),
    ).toThrow(/^types\[1\]: must be 1 for a criterion with a piecewise value function/);
  });
});

describe('hostile sizes and scales', () => {
  it('weights of 1e-10 rank like weights of 1; weights of 1e308 normalise to finite shares', () => {
    const small = runMcda({ ...base, weights: [0.7e-10, 0.3e-10], method: 'wsm' });
    expect(small.ranking).toEqual(runMcda({ ...base, method: 'wsm' }).ranking);
    expect(new Set(small.ranking).size).toBe(3);
    const huge = runMcda({
      ...base,
      weights: [1e308, 1e308],
      method: 'wsm',
      normalizeWeights: true,
    });
    expect(huge.weightsUsed).toEqual([0.5, 0.5]);
  });

  it('TOPSIS and VIKOR rank 130,000 alternatives without spreading columns onto the stack', () => {
    const matrix = Array.from({ length: 130_000 }, (_, i) => [1 + (i % 997), 1 + ((i * 7) % 991)]);
    for (const method of ['topsis', 'vikor', 'wsm'] as const) {
      const r = runMcda({ matrix, weights: [0.5, 0.5], types: [1, -1], method });
      expect(r.ranking).toHaveLength(130_000);
      expect(r.scores.every(Number.isFinite)).toBe(true);
    }
  });

  it('PROMETHEE refuses more alternatives than its stated limit, naming the matrix', () => {
    const matrix = Array.from({ length: MAX_PROMETHEE_ALTERNATIVES + 1 }, (_, i) => [i]);
    expect(() => runMcda({ matrix, weights: [1], types: [1], method: 'promethee2' })).toThrow(
      /^matrix: PROMETHEE II compares every pair of alternatives and accepts at most 5000/,
    );
  });
});
