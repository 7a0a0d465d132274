import { describe, expect, it } from 'vitest';
import {
  compareSensitivity,
  mostSensitiveWeight,
  stayBestRange,
  weightMargin,
} from './critical-weight';
import { packageSensitivity } from './sensitivity';
import { matrixModel } from '../packages';

const row = (causeId: string, weight: number, lower: number | null, upper: number | null) => ({
  causeId,
  weight,
  lower,
  upper,
});

describe('the most sensitive weight', () => {
  it('is the one nearest a threshold, not the one with the narrowest range', () => {
    // C1 may move within 0–6.1 % (now 5.0 %: 1.1 points of room); C7 within 0–10.4 % (now
    // 10.0 %: 0.4 points). C1's range is narrower, but C7 changes the best package first.
    const rows = [row('C1', 0.05, null, 0.061), row('C7', 0.1, null, 0.104)];
    const m = mostSensitiveWeight(rows);
    expect(m?.row.causeId).toBe('C7');
    expect(m?.direction).toBe('up');
    expect(m?.margin).toBeCloseTo(0.004, 12);
  });

  it('reads a threshold below as well as above, and breaks a tie by cause id', () => {
    expect(weightMargin(0.3, 0.28, 0.5)).toEqual({
      margin: expect.closeTo(0.02, 12),
      direction: 'down',
    });
    expect(weightMargin(0.3, null, null)).toBeNull();
    const tied = [row('C2', 0.3, 0.2, null), row('C1', 0.5, null, 0.6)];
    expect(mostSensitiveWeight(tied)?.row.causeId).toBe('C1');
    expect(mostSensitiveWeight([row('C1', 0.4, null, null)])).toBeNull();
  });

  it('orders causes nearest-threshold first, then those that cannot change the best, narrowest first', () => {
    const rows = [
      row('C3', 0.2, null, null),
      row('C1', 0.05, null, 0.061),
      row('C7', 0.1, null, 0.104),
      row('C2', 0.2, null, null),
    ];
    expect([...rows].sort(compareSensitivity).map((r) => r.causeId)).toEqual([
      'C7',
      'C1',
      'C2',
      'C3',
    ]);
  });

  it('agrees with the exact sensitivity of the hand-worked two-cause model (8/13 and 5/13)', () => {
    // {M1, M2} is best at weights (0.6, 0.4); C0 above 8/13 and C1 below 5/13 hand over to
    // {M0, M1}: both margins are 1/65, so the cause id decides.
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
    const ranges = packageSensitivity(model).criteria.map(stayBestRange);
    expect(ranges[0]).toMatchObject({ causeId: 'C0', lower: null, aboveBest: ['M0', 'M1'] });
    expect(ranges[1]).toMatchObject({ causeId: 'C1', upper: null, belowBest: ['M0', 'M1'] });
    const m = mostSensitiveWeight(ranges);
    expect(m?.row.causeId).toBe('C0');
    expect(m?.margin).toBeCloseTo(1 / 65, 12);
  });
});
