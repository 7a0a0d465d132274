import { describe, expect, it } from 'vitest';
import { matrixModel } from '../../../../engine/packages';
import { type PackageSensitivityResult, packageSensitivity } from '../../../../engine/robustness';
import { mostSensitive, tornadoRows } from './tornado-model';

const r9 = (x: number) => Number(x.toFixed(9));

describe('tornadoRows', () => {
  it('names the package that takes over at each threshold (hand-worked 8/13 and 5/13)', () => {
    // The engine's worked example: {M1, M2} is best; C0 above 8/13 and C1 below 5/13 hand over
    // to {M0, M1}. Ranges 8/13 and 8/13 tie, so the cause id decides the order.
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
    const rows = tornadoRows(packageSensitivity(model));
    expect(rows.map((r) => r.causeId)).toEqual(['C0', 'C1']);
    const [c0, c1] = rows;
    expect([c0!.lower, c0!.upper, c0!.width].map(r9)).toEqual([0, r9(8 / 13), r9(8 / 13)]);
    expect(c0!.belowBest).toBeNull();
    expect(c0!.aboveBest).toEqual(['M0', 'M1']);
    expect(r9(c0!.weight)).toBe(0.6);
    expect([c1!.lower, c1!.upper].map(r9)).toEqual([r9(5 / 13), 1]);
    expect(c1!.belowBest).toEqual(['M0', 'M1']);
    expect(c1!.aboveBest).toBeNull();
    expect(mostSensitive(rows)?.causeId).toBe('C0');
  });

  it('puts the narrowest range first and takes the neighbouring piece, not an earlier one', () => {
    const result: PackageSensitivityResult = {
      kind: 'packages',
      best: ['B'],
      criteria: [
        {
          criterion: 'wide',
          weight: 0.5,
          lower: 0.1,
          upper: 0.9,
          intervals: [
            { from: 0, to: 0.1, best: ['A'] },
            { from: 0.1, to: 0.9, best: ['B'] },
            { from: 0.9, to: 1, best: ['C'] },
          ],
        },
        {
          criterion: 'narrow',
          weight: 0.3,
          lower: 0.25,
          upper: 0.35,
          intervals: [
            { from: 0, to: 0.1, best: ['X'] },
            { from: 0.1, to: 0.25, best: ['Y'] },
            { from: 0.25, to: 0.35, best: ['B'] },
            { from: 0.35, to: 0.6, best: ['Z'] },
            { from: 0.6, to: 1, best: ['W'] },
          ],
        },
      ],
    };
    const rows = tornadoRows(result);
    expect(rows.map((r) => r.causeId)).toEqual(['narrow', 'wide']);
    expect(rows[0]!.belowBest).toEqual(['Y']);
    expect(rows[0]!.aboveBest).toEqual(['Z']);
    expect(rows[1]!.belowBest).toEqual(['A']);
    expect(rows[1]!.aboveBest).toEqual(['C']);
  });

  it('puts the weight nearest its threshold first, as the sentence and the briefing name it', () => {
    const result: PackageSensitivityResult = {
      kind: 'packages',
      best: ['B'],
      criteria: [
        {
          criterion: 'narrowFar',
          weight: 0.05,
          lower: 0,
          upper: 0.061,
          intervals: [
            { from: 0, to: 0.061, best: ['B'] },
            { from: 0.061, to: 1, best: ['Z'] },
          ],
        },
        {
          criterion: 'wideNear',
          weight: 0.1,
          lower: 0,
          upper: 0.104,
          intervals: [
            { from: 0, to: 0.104, best: ['B'] },
            { from: 0.104, to: 1, best: ['Y'] },
          ],
        },
      ],
    };
    const rows = tornadoRows(result);
    expect(rows.map((r) => r.causeId)).toEqual(['wideNear', 'narrowFar']);
    expect(mostSensitive(rows)?.causeId).toBe('wideNear');
  });

  it('reports no sensitive cause when every range is the whole [0, 1]', () => {
    const result: PackageSensitivityResult = {
      kind: 'packages',
      best: ['A'],
      criteria: [
        {
          criterion: 'C0',
          weight: 0.4,
          lower: 0,
          upper: 1,
          intervals: [{ from: 0, to: 1, best: ['A'] }],
        },
      ],
    };
    const rows = tornadoRows(result);
    expect(rows[0]).toMatchObject({ belowBest: null, aboveBest: null, width: 1 });
    expect(mostSensitive(rows)).toBeNull();
  });
});
