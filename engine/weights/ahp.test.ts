import { describe, expect, it } from 'vitest';
import { computeAhp } from './ahp';
import { aggregateJudgements } from './ahp-group';
import { formatSaaty, RANDOM_INDEX, snapToSaaty } from './saaty';

describe('computeAhp: complete matrices (eigenvector)', () => {
  it("Saaty's 3×3 textbook matrix [1 3 5; 1/3 1 3; 1/5 1/3 1]", () => {
    // Widely reproduced: w ≈ 0.637, 0.258, 0.105, λmax ≈ 3.039, CR ≈ 0.033 (RI = 0.58).
    // Digits below also match numpy.linalg.eig on the same matrix.
    const r = computeAhp([
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ]);
    expect(r.method).toBe('eigenvector');
    expect(r.weights[0]).toBeCloseTo(0.636985571745, 10);
    expect(r.weights[1]).toBeCloseTo(0.258284994374, 10);
    expect(r.weights[2]).toBeCloseTo(0.104729433881, 10);
    expect(r.lambdaMax).toBeCloseTo(3.038511090558, 10);
    expect(r.ci).toBeCloseTo(0.019255545279, 10);
    expect(r.cr).toBeCloseTo(0.033199215998, 10);
    expect(r.isConsistent).toBe(true);
    expect(r.inconsistent).toEqual([]);
    expect(r.riTable).toMatch(/Saaty/);
  });

  it('a perfectly consistent matrix a_ij = w_i/w_j returns w, λmax = n, CR = 0', () => {
    const w = [0.5, 0.3, 0.2];
    const r = computeAhp(w.map((wi) => w.map((wj) => wi / wj)));
    r.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i]!, 12));
    expect(r.lambdaMax).toBeCloseTo(3, 12);
    expect(r.cr).toBe(0);
  });

  it('an inconsistent 4×4 matrix is flagged with the worst judgements and Saaty-scale fixes', () => {
    // numpy: w = 0.2168, 0.2887, 0.3402, 0.1543; λmax = 7.4454; CR = 1.2761.
    // |ln(a_ij w_j / w_i)|: (1,2) 1.7736 > (1,3) 1.7251 > (0,2) 1.4955 > (0,3) 1.2693 …
    const r = computeAhp([
      [1, 2, 1 / 7, 5],
      [1 / 2, 1, 5, 1 / 3],
      [7, 1 / 5, 1, 4],
      [1 / 5, 3, 1 / 4, 1],
    ]);
    expect(r.lambdaMax).toBeCloseTo(7.445410806027, 9);
    expect(r.cr).toBeCloseTo(1.276078076306, 9);
    expect(r.isConsistent).toBe(false);
    expect(r.inconsistent).toEqual([
      [1, 2],
      [1, 3],
      [0, 2],
    ]);
    const worst = r.details[0]!;
    expect(worst.implied).toBeCloseTo(0.848644317155, 9);
    expect(worst.suggested).toBe(1); // 0.85 is nearest to 1 on the log scale
    expect(r.details[1]!.suggested).toBe(2); // implied 1.871 → 2
  });

  it('n ≤ 2 gives CR = 0; n = 1 gives weight 1', () => {
    const r = computeAhp([
      [1, 4],
      [1 / 4, 1],
    ]);
    expect(r.weights[0]).toBeCloseTo(0.8, 12);
    expect(r.cr).toBe(0);
    expect(computeAhp([[1]]).weights).toEqual([1]);
  });

  it('validates squareness, positivity, diagonal and reciprocity with field paths', () => {
    expect(() => computeAhp([[1, 2]])).toThrow(/^matrix\[0\]: must have 1 cells/);
    expect(() => computeAhp([[1, 2], [0.5]])).toThrow(/^matrix\[1\]: must have 2 cells/);
    expect(() =>
      computeAhp([
        [1, -2],
        [-0.5, 1],
      ]),
    ).toThrow(/^matrix\[0\]\[1\]: must be > 0/);
    expect(() =>
      computeAhp([
        [2, 2],
        [0.5, 1],
      ]),
    ).toThrow(/^matrix\[0\]\[0\]: the diagonal must be 1/);
    expect(() =>
      computeAhp([
        [1, 3],
        [0.5, 1],
      ]),
    ).toThrow(/^matrix\[1\]\[0\]: must be the reciprocal/);
    expect(() =>
      computeAhp([
        [1, Number.NaN],
        [1, 1],
      ]),
    ).toThrow(/^matrix\[0\]\[1\]: must be a finite number/);
    // 0.333 typed for 1/3 is accepted (tolerance 1e-2 on a_ij·a_ji).
    expect(
      computeAhp([
        [1, 3],
        [0.333, 1],
      ]).weights[0],
    ).toBeCloseTo(0.75, 12);
  });
});

describe('computeAhp: incomplete matrices (LLSM)', () => {
  it('solves a connected incomplete 4×4 matrix (agrees with numpy least squares)', () => {
    // Known: a01 = 2, a12 = 3, a23 = 2, a02 = 5; a03, a13 missing (a path still links 3).
    const r = computeAhp([
      [1, 2, 5, null],
      [1 / 2, 1, 3, null],
      [1 / 5, 1 / 3, 1, 2],
      [null, null, 1 / 2, 1],
    ]);
    expect(r.method).toBe('llsm');
    expect(r.missing).toBe(2);
    const expected = [0.551377312246, 0.292962912855, 0.103773183266, 0.051886591633];
    r.weights.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 10));
    // λmax of the matrix completed with w_i/w_j (numpy eigvals).
    expect(r.lambdaMax).toBeCloseTo(4.002771588099, 9);
    expect(r.cr).toBeCloseTo(0.001026514111, 9);
  });

  it('LLSM on a consistent incomplete chain reproduces the chain exactly', () => {
    // a01 = 2, a12 = 3 → w ∝ 6 : 3 : 1.
    const r = computeAhp([
      [1, 2, null],
      [1 / 2, 1, 3],
      [null, 1 / 3, 1],
    ]);
    expect(r.weights[0]).toBeCloseTo(0.6, 12);
    expect(r.weights[1]).toBeCloseTo(0.3, 12);
    expect(r.weights[2]).toBeCloseTo(0.1, 12);
    expect(r.cr).toBeCloseTo(0, 12);
  });

  it('names the disconnected criteria', () => {
    expect(() =>
      computeAhp([
        [1, 2, null, null],
        [1 / 2, 1, null, null],
        [null, null, 1, 3],
        [null, null, 1 / 3, 1],
      ]),
    ).toThrow(/^matrix: comparisons are disconnected: criteria groups \{0, 1\} \/ \{2, 3\}/);
    expect(() =>
      computeAhp([
        [1, null],
        [2, 1],
      ]),
    ).toThrow(/^matrix\[1\]\[0\]: must be null/);
  });
});

describe('group aggregation and the Saaty scale', () => {
  it('geometric mean of judges: 2 and 8 → 4 → weights 0.8 / 0.2', () => {
    const g = aggregateJudgements([
      [
        [1, 2],
        [1 / 2, 1],
      ],
      [
        [1, 8],
        [1 / 8, 1],
      ],
    ]);
    expect(g[0]![1]).toBeCloseTo(4, 12);
    expect(g[1]![0]).toBeCloseTo(0.25, 12);
    expect(computeAhp(g).weights[0]).toBeCloseTo(0.8, 12);
  });

  it('weighted judges and cells missing for some judges', () => {
    // a01: judge weights 3 : 1 → exp((3 ln 2 + ln 32)/4) = 2^{(3+5)/4} = 4; a01 missing for judge 2 elsewhere.
    const g = aggregateJudgements(
      [
        [
          [1, 2],
          [1 / 2, 1],
        ],
        [
          [1, 32],
          [1 / 32, 1],
        ],
      ],
      [3, 1],
    );
    expect(g[0]![1]).toBeCloseTo(4, 12);
    const h = aggregateJudgements([
      [
        [1, null],
        [null, 1],
      ],
      [
        [1, 5],
        [1 / 5, 1],
      ],
    ]);
    expect(h[0]![1]).toBeCloseTo(5, 12);
    expect(() =>
      aggregateJudgements([
        [[1]],
        [
          [1, 2],
          [0.5, 1],
        ],
      ]),
    ).toThrow(/^matrices\[1\]: must be 1×1/);
    expect(() => aggregateJudgements([[[1]]], [0])).toThrow(/^judgeWeights\[0\]: must be > 0/);
  });

  it('snaps on the log scale and prints reciprocals', () => {
    expect(snapToSaaty(2.4)).toBe(2); // ln 2.4 is nearer ln 2 than ln 3
    expect(snapToSaaty(2.5)).toBe(3);
    expect(snapToSaaty(1 / 2.6)).toBeCloseTo(1 / 3, 12);
    expect(snapToSaaty(40)).toBe(9);
    expect(formatSaaty(1 / 3)).toBe('1/3');
    expect(RANDOM_INDEX).toHaveLength(15);
    expect(RANDOM_INDEX[2]).toBe(0.58);
  });
});
