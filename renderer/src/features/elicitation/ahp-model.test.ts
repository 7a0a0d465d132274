import { describe, expect, it } from 'vitest';
import { computeAhp } from '../../../../engine/weights';
import { choiceIndex, matrixFromWeights, pairs, SAATY_CHOICES, setJudgement } from './ahp-model';

describe('ahp-model', () => {
  it('builds a reciprocal 1–9 matrix from weights that is consistent when the ratios are on the scale', () => {
    const m = matrixFromWeights([4, 2, 1]);
    expect(m).toEqual([
      [1, 2, 4],
      [0.5, 1, 2],
      [0.25, 0.5, 1],
    ]);
    expect(computeAhp(m).cr).toBeLessThan(1e-9);
  });

  it('keeps the mirror cell reciprocal and does not mutate the input', () => {
    const m = matrixFromWeights([1, 1, 1]);
    const n = setJudgement(m, 0, 2, 5);
    expect(n[0]![2]).toBe(5);
    expect(n[2]![0]).toBeCloseTo(0.2, 12);
    expect(m[0]![2]).toBe(1);
  });

  it('finds the Saaty choice of a stored reciprocal and lists 28 pairs for eight causes', () => {
    expect(SAATY_CHOICES[choiceIndex(1 / 3)]).toBeCloseTo(1 / 3, 12);
    expect(SAATY_CHOICES[choiceIndex(9)]).toBe(9);
    expect(SAATY_CHOICES[choiceIndex(null)]).toBe(1);
    expect(pairs(8)).toHaveLength(28);
    expect(pairs(3)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('one contrary extreme judgement in an equal matrix is flagged with a suggestion', () => {
    const m = setJudgement(setJudgement(matrixFromWeights(new Array(8).fill(1)), 0, 1, 9), 1, 2, 9);
    const r = computeAhp(setJudgement(m, 0, 2, 1 / 9));
    expect(r.cr).toBeGreaterThan(0.1);
    expect(r.details.length).toBeGreaterThan(0);
  });
});
