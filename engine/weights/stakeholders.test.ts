import { describe, expect, it } from 'vitest';
import { aggregateStakeholders } from './stakeholders';

describe('aggregateStakeholders', () => {
  it('averages normalised sets and reports disagreement (hand-computed)', () => {
    // [1, 1] → [0.5, 0.5]; [3, 1] → [0.75, 0.25]; mean [0.625, 0.375];
    // spread 0.25 on both; population sd = 0.125.
    const r = aggregateStakeholders([{ weights: [1, 1] }, { weights: [3, 1] }]);
    expect(r.weights[0]).toBeCloseTo(0.625, 12);
    expect(r.weights[1]).toBeCloseTo(0.375, 12);
    expect(r.disagreement[0]).toEqual({ min: 0.5, max: 0.75, spread: 0.25, sd: 0.125 });
  });

  it('weights stakeholders by influence: 3 : 1 → 0.5625 / 0.4375', () => {
    // criterion 0: (3·0.5 + 1·0.75)/4 = 0.5625; criterion 1: (3·0.5 + 1·0.25)/4 = 0.4375.
    const r = aggregateStakeholders([
      { weights: [1, 1], influence: 3 },
      { weights: [3, 1], influence: 1 },
    ]);
    expect(r.weights[0]).toBeCloseTo(0.5625, 12);
    expect(r.weights[1]).toBeCloseTo(0.4375, 12);
    expect(r.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it('names the bad field', () => {
    expect(() => aggregateStakeholders([{ weights: [1, 1] }, { weights: [1] }])).toThrow(
      /^sets\[1\]\.weights: must have 2 values/,
    );
    expect(() => aggregateStakeholders([{ weights: [1, -1] }])).toThrow(
      /^sets\[0\]\.weights\[1\]: must be ≥ 0/,
    );
    expect(() => aggregateStakeholders([])).toThrow(/^sets:/);
  });
});
