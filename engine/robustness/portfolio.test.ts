import { describe, expect, it } from 'vitest';
import { robustPortfolio } from './portfolio';
import {
  extremePointsFor,
  intervalExtremePoints,
  ordinalExtremePoints,
  uniformExtremePoints,
} from './portfolio-weights';
import { matrixModel } from '../packages/test-models';

// Coverage vectors (C0, C1) of the six packages within budget 5, worked by hand:
//   M0 (.5, 0)  M1 (.5, .2)  M2 (0, .5)  M0M1 (.75, .2)  M0M2 (.5, .5)  M1M2 (.5, .6)
const model = matrixModel(
  [3, 2],
  [2, 1, 3],
  [
    [0.5, 0],
    [0.5, 0.2],
    [0, 0.5],
  ],
  { constraints: { budget: 5 } },
);

describe('extreme points', () => {
  it('uniform: unit vectors; ordinal: 1/k on the top k', () => {
    expect(uniformExtremePoints(2)).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(ordinalExtremePoints([2, 0, 1], 3)).toEqual([
      [0, 0, 1],
      [0.5, 0, 0.5],
      [1 / 3, 1 / 3, 1 / 3],
    ]);
  });

  it('intervals: the vertices of the cut simplex', () => {
    const pts = intervalExtremePoints([
      [0, 1],
      [0, 1],
      [0, 0.2],
    ]);
    const key = (w: number[]) => w.map((x) => x.toFixed(6)).join(' ');
    expect(pts.map(key).sort()).toEqual(
      [
        [1, 0, 0],
        [0, 1, 0],
        [0.8, 0, 0.2],
        [0, 0.8, 0.2],
      ]
        .map(key)
        .sort(),
    );
    expect(
      intervalExtremePoints([
        [0.2, 0.5],
        [0.5, 0.8],
      ])
        .map(key)
        .sort(),
    ).toEqual(['0.200000 0.800000', '0.500000 0.500000']);
  });

  it('rejects intervals that cannot sum to 1 and an incomplete ranking', () => {
    expect(() =>
      intervalExtremePoints([
        [0, 0.3],
        [0, 0.3],
      ]),
    ).toThrow(/^weightInfo.bounds: no weights/);
    expect(() => ordinalExtremePoints([0, 0], 2)).toThrow(/weightInfo.ranking\[1\]/);
    expect(() => extremePointsFor({ type: 'intervals', bounds: [[0, 1]] }, 2)).toThrow(
      /needs 2 intervals/,
    );
  });
});

describe('robustPortfolio', () => {
  it('no weight information: the Pareto set of the coverage vectors', () => {
    const r = robustPortfolio(model, uniformExtremePoints(2));
    // M1M2 (.5,.6) beats M0M2 and M1; M0M1 (.75,.2) stands alone on C0.
    expect(r.nondominated).toEqual([
      ['M1', 'M2'],
      ['M0', 'M1'],
    ]);
    expect(r.coreIndex).toEqual({ M0: 0.5, M1: 1, M2: 0.5 });
    expect(r.coreClass).toEqual({ M0: 'borderline', M1: 'core', M2: 'borderline' });
  });

  it('C1 at least as important as C0: M1M2 dominates M0M1, so M0 is exterior', () => {
    // Extreme points (0,1) and (.5,.5): M0M1 → (.2, .475), M1M2 → (.6, .55).
    const r = robustPortfolio(model, ordinalExtremePoints([1, 0], 2));
    expect(r.nondominated).toEqual([['M1', 'M2']]);
    expect(r.coreClass).toEqual({ M0: 'exterior', M1: 'core', M2: 'core' });
  });

  it('C0 at least as important: both stay non-dominated', () => {
    // Extreme points (1,0) and (.5,.5): M0M1 → (.75, .475), M1M2 → (.5, .55).
    const r = robustPortfolio(model, ordinalExtremePoints([0, 1], 2));
    expect(r.nondominated).toHaveLength(2);
  });
});
