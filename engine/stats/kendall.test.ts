import { describe, expect, it } from 'vitest';
import { kendallTauB } from './kendall';
import { solveLinear } from './linear-solve';

describe('kendallTauB (values agree with scipy.stats.kendalltau, tau-b)', () => {
  it('one swapped pair of four: (5 − 1)/6 = 0.6667', () => {
    expect(kendallTauB([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(2 / 3, 12);
  });
  it('with ties: 5/√(5·6) = 0.912871', () => {
    expect(kendallTauB([1, 2, 2, 4], [1, 2, 3, 4])).toBeCloseTo(5 / Math.sqrt(30), 12);
  });
  it('ties in both: (3 − 1)/√(5·5) = 0.4', () => {
    expect(kendallTauB([1, 1, 2, 3], [2, 1, 1, 3])).toBeCloseTo(0.4, 12);
  });
  it('reversed → −1, identical → 1, degenerate conventions', () => {
    expect(kendallTauB([1, 2, 3], [3, 2, 1])).toBe(-1);
    expect(kendallTauB([2, 1, 3], [2, 1, 3])).toBe(1);
    expect(kendallTauB([1, 1, 1], [1, 1, 1])).toBe(1);
    expect(kendallTauB([1, 1, 1], [1, 2, 3])).toBe(0);
    expect(kendallTauB([1], [1])).toBe(1);
    expect(() => kendallTauB([1, 2], [1])).toThrow(/^rankings:/);
  });
});

describe('solveLinear', () => {
  it('solves a 3×3 system needing a pivot swap', () => {
    // 2y + z = 5; x + y + z = 6; 2x + y − z = 1 (first pivot is 0). By hand: z = 6 − x − y;
    // eq1: y − x = −1;
    // eq3: 2x + y − 6 + x + y = 1 → 3x + 2y = 7 → 3x + 2(x − 1) = 7 → x = 9/5, y = 4/5, z = 17/5.
    const x = solveLinear(
      [
        [0, 2, 1],
        [1, 1, 1],
        [2, 1, -1],
      ],
      [5, 6, 1],
    );
    expect(x[0]).toBeCloseTo(9 / 5, 12);
    expect(x[1]).toBeCloseTo(4 / 5, 12);
    expect(x[2]).toBeCloseTo(17 / 5, 12);
  });
  it('reports a singular system', () => {
    expect(() =>
      solveLinear(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2],
        'm',
      ),
    ).toThrow(/^m: the linear system is singular/);
  });
});
