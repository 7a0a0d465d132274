import { describe, expect, it } from 'vitest';
import { runMcda } from './run';
import type { McdaRequest } from './run';

/**
 * The mobile-phone TOPSIS example widely reproduced in tutorials (e.g. GeeksforGeeks "TOPSIS
 * method"): price (cost), storage, camera, looks (benefit), equal weights 0.25. Published
 * closeness 0.534277, 0.308368, 0.691632, 0.534737, 0.401046 (rank 3, 5, 1, 2, 4); our digits
 * also match an independent numpy implementation.
 */
const PHONES = {
  matrix: [
    [250, 16, 12, 5],
    [200, 16, 8, 3],
    [300, 32, 16, 4],
    [275, 32, 8, 4],
    [225, 16, 16, 2],
  ],
  weights: [0.25, 0.25, 0.25, 0.25],
  types: [-1, 1, 1, 1] as (1 | -1)[],
};

describe('TOPSIS', () => {
  it('reproduces the mobile-phone example', () => {
    const r = runMcda({ ...PHONES, method: 'topsis' });
    const closeness = [
      0.534276857182, 0.308367768732, 0.691632231268, 0.534736584487, 0.401046121517,
    ];
    r.scores.forEach((s, i) => expect(s).toBeCloseTo(closeness[i]!, 10));
    expect(r.ranking).toEqual([3, 5, 1, 2, 4]);
    const dPlus = r.details.dPlus as number[];
    expect(dPlus[0]).toBeCloseTo(0.086299040924, 10);
    expect((r.details.dMinus as number[])[2]).toBeCloseTo(0.119813553363, 10);
    expect(r.conventions.normalization).toBe('vector');
  });

  it('all-constant data: d+ = d− = 0 → closeness 0.5 for everyone, all rank 1', () => {
    const r = runMcda({
      method: 'topsis',
      matrix: [
        [3, 1],
        [3, 1],
      ],
      weights: [0.5, 0.5],
      types: [1, -1],
    });
    expect(r.scores).toEqual([0.5, 0.5]);
    expect(r.ranking).toEqual([1, 1]);
  });
});

describe('WSM and WPM (hand-computed)', () => {
  const base = {
    matrix: [
      [2, 10],
      [4, 5],
      [3, 8],
    ],
    weights: [0.7, 0.3],
    types: [1, -1] as (1 | -1)[],
  };

  it('WSM with the default linear normalisation: x/max, min/x', () => {
    // r = [0.5, 0.5], [1, 1], [0.75, 0.625] → 0.5, 1, 0.7·0.75 + 0.3·0.625 = 0.7125.
    const r = runMcda({ ...base, method: 'wsm' });
    expect(r.scores[0]).toBeCloseTo(0.5, 12);
    expect(r.scores[1]).toBeCloseTo(1, 12);
    expect(r.scores[2]).toBeCloseTo(0.7125, 12);
    expect(r.ranking).toEqual([3, 1, 2]);
    expect(r.conventions.normalization).toBe('linear');
    // "max" keeps its historical meaning: the same scores as "linear".
    expect(runMcda({ ...base, method: 'wsm', options: { normalization: 'max' } }).scores).toEqual(
      r.scores,
    );
  });

  it('WSM minmax and sum normalisations', () => {
    // minmax: [0, 0], [1, 1], [0.5, 0.4] → 0, 1, 0.35 + 0.12 = 0.47.
    const mm = runMcda({ ...base, method: 'wsm', options: { normalization: 'minmax' } });
    expect(mm.scores.map((s) => Number(s.toFixed(12)))).toEqual([0, 1, 0.47]);
    // sum: benefit 2/9, 4/9, 3/9; cost (1/x)/Σ(1/x), Σ = 0.1 + 0.2 + 0.125 = 0.425.
    const sm = runMcda({ ...base, method: 'wsm', options: { normalization: 'sum' } });
    expect(sm.scores[0]).toBeCloseTo(0.7 * (2 / 9) + 0.3 * (0.1 / 0.425), 12);
  });

  it('WPM: ratio A1/A0 = 2^0.7 · (5/10)^−0.3 = 2', () => {
    const r = runMcda({ ...base, method: 'wpm' });
    expect(r.scores[1]! / r.scores[0]!).toBeCloseTo(2, 12);
    expect(r.scores[0]).toBeCloseTo(2 ** 0.7 * 10 ** -0.3, 12);
    expect(() =>
      runMcda({
        ...base,
        matrix: [
          [2, 10],
          [0, 5],
          [3, 8],
        ],
        method: 'wpm',
      }),
    ).toThrow(/^matrix\[1\]\[0\]: WPM needs values > 0/);
  });

  it('weights used as given, or renormalised on request', () => {
    const given = runMcda({ ...base, weights: [7, 3], method: 'wsm' });
    expect(given.scores[1]).toBeCloseTo(10, 12);
    const norm = runMcda({ ...base, weights: [7, 3], method: 'wsm', normalizeWeights: true });
    expect(norm.scores[1]).toBeCloseTo(1, 12);
    expect(norm.weightsNormalized).toBe(true);
  });
});

describe('PROMETHEE II', () => {
  it('usual criterion, hand-computed 3 × 2', () => {
    // π(0,1) = π(0,2) = 0.4, π(1,0) = 0.6, π(1,2) = 0.4, π(2,0) = π(2,1) = 0.6; divide by n − 1 = 2.
    const r = runMcda({
      method: 'promethee2',
      matrix: [
        [1, 3],
        [2, 2],
        [3, 1],
      ],
      weights: [0.6, 0.4],
      types: [1, 1],
    });
    const pos = r.details.positive as number[];
    const neg = r.details.negative as number[];
    [0.4, 0.5, 0.6].forEach((v, i) => expect(pos[i]).toBeCloseTo(v, 12));
    [0.6, 0.5, 0.4].forEach((v, i) => expect(neg[i]).toBeCloseTo(v, 12));
    [-0.2, 0, 0.2].forEach((v, i) => expect(r.scores[i]).toBeCloseTo(v, 12));
    expect(r.ranking).toEqual([3, 2, 1]);
  });

  it('v-shape, linear and gaussian functions with a cost criterion (independent numpy check)', () => {
    const r = runMcda({
      method: 'promethee2',
      matrix: [
        [8, 7, 2],
        [5, 3, 7],
        [7, 5, 6],
        [9, 9, 7],
      ],
      weights: [0.3, 0.4, 0.3],
      types: [1, 1, -1],
      options: {
        preference: [
          { function: 'v-shape', p: 3 },
          { function: 'linear', q: 1, p: 4 },
          { function: 'gaussian', s: 2 },
        ],
      },
    });
    const net = [0.51101242, -0.68513439, -0.22963252, 0.40375449];
    net.forEach((v, i) => expect(r.scores[i]).toBeCloseTo(v, 7));
    expect(r.ranking).toEqual([1, 4, 3, 2]);
  });

  it('level and u-shape functions (hand-computed)', () => {
    // d = 1, 2 between neighbours of [0, 1, 3]: level(q=1, p=2): P(1) = 0, P(2) = 0.5, P(3) = 1.
    const lvl = runMcda({
      method: 'promethee2',
      matrix: [[0], [1], [3]],
      weights: [1],
      types: [1],
      options: { preference: [{ function: 'level', q: 1, p: 2 }] },
    });
    // φ+(2) = (P(3) + P(2))/2 = 0.75, φ−(2) = 0; φ+(1) = P(1)/2 = 0, φ−(1) = P(2)/2 = 0.25.
    expect((lvl.details.positive as number[])[2]).toBeCloseTo(0.75, 12);
    expect((lvl.details.negative as number[])[1]).toBeCloseTo(0.25, 12);
    const u = runMcda({
      method: 'promethee2',
      matrix: [[0], [1], [3]],
      weights: [1],
      types: [1],
      options: { preference: [{ function: 'u-shape', q: 1.5 }] },
    });
    expect(u.scores.map((s) => Number(s.toFixed(12)))).toEqual([-0.5, -0.5, 1]);
    expect(u.ranking).toEqual([2, 2, 1]);
  });

  it('one alternative → flows 0; missing thresholds name the field', () => {
    const one = runMcda({
      method: 'promethee2',
      matrix: [[5, 5]],
      weights: [0.5, 0.5],
      types: [1, 1],
    });
    expect(one.scores).toEqual([0]);
    expect(one.ranking).toEqual([1]);
    expect(() =>
      runMcda({
        method: 'promethee2',
        matrix: [[1], [2]],
        weights: [1],
        types: [1],
        options: { preference: [{ function: 'linear', q: 1 }] },
      }),
    ).toThrow(/^options\.preference\[0\]\.p: is required/);
    expect(() =>
      runMcda({
        method: 'promethee2',
        matrix: [[1], [2]],
        weights: [1],
        types: [1],
        options: { preference: [{ function: 'linear', q: 2, p: 1 }] },
      }),
    ).toThrow(/^options\.preference\[0\]\.p: must be greater than q/);
  });
});

describe('VIKOR', () => {
  it('hand-computed 3 × 2 with C1 failing → compromise set of two', () => {
    // f* = [4, 3], f− = [1, 0]. S = 0.6, 0.5333, 0.4; R = 0.6, 0.4, 0.4.
    // Q = 1, 0.5·(0.1333/0.2) = 0.3333, 0 → ranking 3, 2, 1; DQ = 0.5 > 0.3333 → C1 fails.
    const r = runMcda({
      method: 'vikor',
      matrix: [
        [1, 3],
        [2, 2],
        [4, 0],
      ],
      weights: [0.6, 0.4],
      types: [1, 1],
    });
    const d = r.details as {
      S: number[];
      R: number[];
      Q: number[];
      dq: number;
      acceptableAdvantage: boolean;
      acceptableStability: boolean;
      compromiseSet: number[];
    };
    [0.6, 0.4 + 0.4 / 3, 0.4].forEach((v, i) => expect(d.S[i]).toBeCloseTo(v, 12));
    [0.6, 0.4, 0.4].forEach((v, i) => expect(d.R[i]).toBeCloseTo(v, 12));
    [1, 1 / 3, 0].forEach((v, i) => expect(r.scores[i]).toBeCloseTo(v, 12));
    expect(r.ranking).toEqual([3, 2, 1]);
    expect(r.lowerIsBetter).toBe(true);
    expect(d.dq).toBe(0.5);
    expect(d.acceptableAdvantage).toBe(false);
    expect(d.acceptableStability).toBe(true);
    expect(d.compromiseSet).toEqual([2, 1]);
  });

  it('S− = S* defines that part of Q as 0 (no NaN)', () => {
    // S = 0.5 for all; R = 0.5, 0.25, 0.5 → Q = 0.5, 0, 0.5.
    const r = runMcda({
      method: 'vikor',
      matrix: [
        [1, 3],
        [2, 2],
        [3, 1],
      ],
      weights: [0.5, 0.5],
      types: [1, 1],
    });
    expect(r.scores).toEqual([0.5, 0, 0.5]);
    expect(r.ranking).toEqual([2, 1, 2]);
    expect(r.details.compromiseSet).toEqual([1]);
  });

  it('4 × 3 with a cost criterion matches an independent numpy run', () => {
    const r = runMcda({
      method: 'vikor',
      matrix: [
        [8, 7, 2],
        [5, 3, 7],
        [7, 5, 6],
        [9, 9, 7],
      ],
      weights: [0.3, 0.4, 0.3],
      types: [1, 1, -1],
    });
    [0, 1, 0.53315789, 0.37039474].forEach((v, i) => expect(r.scores[i]).toBeCloseTo(v, 7));
    expect(() =>
      runMcda({ method: 'vikor', matrix: [[1], [2]], weights: [1], types: [1], options: { v: 2 } }),
    ).toThrow(/^options\.v: must be in 0\.\.1/);
  });
});

describe('degenerate data and validation', () => {
  const methods: McdaRequest['method'][] = ['wsm', 'wpm', 'topsis', 'promethee2', 'vikor'];

  it.each(methods)(
    '%s: constant columns, zero weights and a single alternative give finite scores',
    (method) => {
      const cases = [
        {
          matrix: [
            [5, 1],
            [5, 2],
            [5, 3],
          ],
          weights: [0.5, 0.5],
          types: [1, -1] as (1 | -1)[],
        },
        {
          matrix: [
            [5, 1],
            [6, 2],
            [7, 3],
          ],
          weights: [0, 1],
          types: [1, 1] as (1 | -1)[],
        },
        { matrix: [[4, 4]], weights: [0.5, 0.5], types: [1, -1] as (1 | -1)[] },
        {
          matrix: [
            [2, 2],
            [2, 2],
          ],
          weights: [0.5, 0.5],
          types: [1, -1] as (1 | -1)[],
        },
      ];
      for (const c of cases) {
        const r = runMcda({ ...c, method });
        r.scores.forEach((s) => expect(Number.isFinite(s)).toBe(true));
        expect(r.ranking).toHaveLength(c.matrix.length);
      }
      // identical alternatives tie at rank 1
      expect(runMcda({ ...cases[3]!, method }).ranking).toEqual([1, 1]);
    },
  );

  it('NaN / Infinity / shape errors name the field', () => {
    const ok = { method: 'wsm' as const, weights: [0.5, 0.5], types: [1, 1] as (1 | -1)[] };
    expect(() => runMcda({ ...ok, matrix: [[1, Number.NaN]] })).toThrow(
      /^matrix\[0\]\[1\]: must be a finite number/,
    );
    expect(() =>
      runMcda({
        ...ok,
        matrix: [
          [1, 2],
          [Infinity, 2],
        ],
      }),
    ).toThrow(/^matrix\[1\]\[0\]/);
    expect(() => runMcda({ ...ok, matrix: [[1, 2], [3]] })).toThrow(
      /^matrix\[1\]: must have 2 values/,
    );
    expect(() => runMcda({ ...ok, matrix: [[1, 2]], weights: [1] })).toThrow(
      /^weights: must have 2 values/,
    );
    expect(() => runMcda({ ...ok, matrix: [[1, 2]], weights: [1, Number.NaN] })).toThrow(
      /^weights\[1\]/,
    );
    expect(() => runMcda({ ...ok, matrix: [[1, 2]], types: [1, 0 as 1] })).toThrow(
      /^types\[1\]: must be 1 \(benefit\) or -1 \(cost\)/,
    );
    expect(() => runMcda({ ...ok, matrix: [[1, 2]], weights: [0, 0] })).toThrow(
      /^weights: must not all be zero/,
    );
  });
});
