import { describe, expect, it } from 'vitest';
import { matrixModel } from '../../../../engine/packages/test-models';
import { intervalExtremePoints } from '../../../../engine/robustness/portfolio-weights';
import { robustPortfolio } from '../../../../engine/robustness/portfolio';
import { coreRows, toleranceBounds } from './core-model';

describe('toleranceBounds', () => {
  it('normalises the weights, then widens by ± tolerance clipped to [0, 1]', () => {
    const b = toleranceBounds([3, 1, 0], 0.1);
    expect(b.map(([lo, hi]) => [Number(lo.toFixed(9)), Number(hi.toFixed(9))])).toEqual([
      [0.65, 0.85],
      [0.15, 0.35],
      [0, 0.1],
    ]);
    expect(toleranceBounds([1, 1], 1)).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it('treats all-zero or invalid weights as zero shares rather than dividing by zero', () => {
    expect(toleranceBounds([0, Number.NaN], 0.05)).toEqual([
      [0, 0.05],
      [0, 0.05],
    ]);
  });
});

describe('coreRows', () => {
  // M0 serves C0, M1 serves C1, M2 serves nothing; budget allows one measure. With weights
  // known only within ±0.3 of (0.5, 0.5), {M0} and {M1} are each best somewhere: both borderline,
  // M2 in no robust package. Narrow the tolerance toward C0 and M0 becomes core.
  const model = matrixModel(
    [1, 1],
    [1, 1, 1],
    [
      [1, 0],
      [0, 1],
      [0, 0],
    ],
    { constraints: { maxMeasures: 1 } },
  );

  it('classifies from the engine core index and sorts core, borderline, exterior', () => {
    const wide = robustPortfolio(model, intervalExtremePoints(toleranceBounds([1, 1], 0.3)));
    const rows = coreRows(wide, ['M2', 'M1', 'M0']);
    expect(rows).toEqual([
      { measureId: 'M1', share: 0.5, coreClass: 'borderline' },
      { measureId: 'M0', share: 0.5, coreClass: 'borderline' },
      { measureId: 'M2', share: 0, coreClass: 'exterior' },
    ]);
    const skewed = robustPortfolio(model, intervalExtremePoints(toleranceBounds([4, 1], 0.1)));
    expect(coreRows(skewed, ['M0', 'M1', 'M2']).map((r) => [r.measureId, r.coreClass])).toEqual([
      ['M0', 'core'],
      ['M1', 'exterior'],
      ['M2', 'exterior'],
    ]);
  });
});
