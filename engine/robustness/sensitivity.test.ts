import { describe, expect, it } from 'vitest';
import { matrixSensitivity, packageSensitivity } from './sensitivity';
import { matrixModel } from '../packages/test-models';

const pieces = (c: { intervals: { from: number; to: number; best: unknown }[] }) =>
  c.intervals.map((s) => [Number(s.from.toFixed(9)), Number(s.to.toFixed(9)), s.best]);
const r9 = (x: number) => Number(x.toFixed(9));

describe('matrixSensitivity', () => {
  it('rescales the other weights proportionally (hand-worked breakpoints 3/8 and 5/13)', () => {
    const r = matrixSensitivity(
      [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      [5, 3, 2],
    );
    expect(r.best).toBe(0);
    // Criterion 0: A = t, B = 0.6(1 − t), C = 0.4(1 − t) → A overtakes B at t = 0.375.
    expect(pieces(r.criteria[0]!)).toEqual([
      [0, 0.375, 1],
      [0.375, 1, 0],
    ]);
    expect([r.criteria[0]!.lower, r.criteria[0]!.upper].map(r9)).toEqual([0.375, 1]);
    // Criterion 2: A = 0.625(1 − t), C = t → C overtakes at t = 0.625 / 1.625 = 5/13.
    expect(pieces(r.criteria[2]!)).toEqual([
      [0, r9(5 / 13), 0],
      [r9(5 / 13), 1, 2],
    ]);
    expect(r9(r.criteria[2]!.upper)).toBe(r9(5 / 13));
    expect(r.criteria[2]!.lower).toBe(0);
  });

  it('weight 1 on one criterion: the others share 1 − t equally', () => {
    const r = matrixSensitivity(
      [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      [1, 0, 0],
    );
    // A = t, B = C = (1 − t)/2: B (the earlier of two equal rows) until t = 1/3.
    expect(pieces(r.criteria[0]!)).toEqual([
      [0, r9(1 / 3), 1],
      [r9(1 / 3), 1, 0],
    ]);
    expect(r9(r.criteria[0]!.lower)).toBe(r9(1 / 3));
    // Criterion 1 at weight 0: A = 1 − t, B = t, C = 0.
    expect(pieces(r.criteria[1]!)).toEqual([
      [0, 0.5, 0],
      [0.5, 1, 1],
    ]);
  });

  it('names a ragged row', () => {
    expect(() => matrixSensitivity([[1, 2], [3]], [1, 1])).toThrow(/^matrix\[1\]/);
  });
});

describe('packageSensitivity', () => {
  it('finds where {M1, M2} stops being best (hand-worked 8/13 and 5/13)', () => {
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
    const r = packageSensitivity(model);
    expect(r.best).toEqual(['M1', 'M2']);
    const [c0, c1] = r.criteria;
    // C0 weight t: M1M2 = 0.6 − 0.1t, M0M1 = 0.2 + 0.55t → cross at 8/13.
    expect(c0!.weight).toBeCloseTo(0.6, 12);
    expect([c0!.lower, c0!.upper].map(r9)).toEqual([0, r9(8 / 13)]);
    expect(pieces(c0!)).toEqual([
      [0, r9(8 / 13), ['M1', 'M2']],
      [r9(8 / 13), 1, ['M0', 'M1']],
    ]);
    // C1 weight t: M0M1 = 0.75 − 0.55t, M1M2 = 0.5 + 0.1t → cross at 5/13.
    expect([c1!.lower, c1!.upper].map(r9)).toEqual([r9(5 / 13), 1]);
    expect(pieces(c1!).map((p) => p[2])).toEqual([
      ['M0', 'M1'],
      ['M1', 'M2'],
    ]);
  });
});

describe('matrixSensitivity at extreme scales', () => {
  it('values near 1e-10 give the same best and breakpoints as values near 1 (no collapse to ties)', () => {
    const matrix = [
      [0.9, 0.2],
      [0.4, 0.7],
      [0.6, 0.6],
    ];
    const plain = matrixSensitivity(matrix, [0.5, 0.5]);
    const tiny = matrixSensitivity(
      matrix.map((row) => row.map((x) => x * 1e-10)),
      [0.5, 0.5],
    );
    expect(tiny.best).toBe(plain.best);
    tiny.criteria.forEach((c, j) => {
      expect(c.lower).toBeCloseTo(plain.criteria[j]!.lower, 12);
      expect(c.upper).toBeCloseTo(plain.criteria[j]!.upper, 12);
      expect(c.intervals.map((s) => s.best)).toEqual(
        plain.criteria[j]!.intervals.map((s) => s.best),
      );
    });
  });
});
