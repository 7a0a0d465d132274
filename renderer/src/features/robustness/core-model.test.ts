import { describe, expect, it } from 'vitest';
import { matrixModel } from '../../../../engine/packages';
import { aroundExtremePoints, robustPortfolio } from '../../../../engine/robustness';
import { coreRows } from './core-model';

describe('coreRows', () => {
  // M0 serves C0, M1 serves C1, M2 serves nothing; budget allows one measure. With weights
  // within ±30 % of (0.5, 0.5), {M0} and {M1} are each best somewhere: both borderline, M2 in
  // no robust package. Around (0.8, 0.2) by ±10 %, M0 becomes core.
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
    const wide = robustPortfolio(model, aroundExtremePoints([0.5, 0.5], 0.3));
    const rows = coreRows(wide, ['M2', 'M1', 'M0']);
    expect(rows).toEqual([
      { measureId: 'M1', share: 0.5, coreClass: 'borderline' },
      { measureId: 'M0', share: 0.5, coreClass: 'borderline' },
      { measureId: 'M2', share: 0, coreClass: 'exterior' },
    ]);
    const skewed = robustPortfolio(model, aroundExtremePoints([0.8, 0.2], 0.1));
    expect(coreRows(skewed, ['M0', 'M1', 'M2']).map((r) => [r.measureId, r.coreClass])).toEqual([
      ['M0', 'core'],
      ['M1', 'exterior'],
      ['M2', 'exterior'],
    ]);
  });
});
