import { describe, expect, it } from 'vitest';
import { rankPackages } from './rank';
import { matrixModel } from './test-models';

// Weights 3 : 2 → 0.6, 0.4. Costs 2, 1, 3. Values worked by hand (saturating):
//   {M0} 0.30  {M1} 0.38  {M2} 0.20  {M0,M1} 0.53  {M0,M2} 0.50  {M1,M2} 0.54  {all} 0.69 (cost 6)
const handModel = () =>
  matrixModel(
    [3, 2],
    [2, 1, 3],
    [
      [0.5, 0],
      [0.5, 0.2],
      [0, 0.5],
    ],
    { constraints: { budget: 5 } },
  );

describe('rankPackages on a hand-worked model', () => {
  const r = rankPackages(handModel());

  it('counts and ranks the feasible packages', () => {
    expect(r.feasibleCount).toBe(6);
    expect(r.packages.map((p) => [p.rank, p.measures.join('+'), p.cost])).toEqual([
      [1, 'M1+M2', 4],
      [2, 'M0+M1', 3],
      [3, 'M0+M2', 5],
      [4, 'M1', 1],
      [5, 'M0', 2],
      [6, 'M2', 3],
    ]);
    expect(r.packages.map((p) => p.value)).toEqual(
      [0.54, 0.53, 0.5, 0.38, 0.3, 0.2].map((v) => expect.closeTo(v, 12)),
    );
    expect(r.packages[0]!.coverage.C0).toBeCloseTo(0.5, 12);
    expect(r.packages[0]!.coverage.C1).toBeCloseTo(0.6, 12);
  });

  it('draws the frontier and the budget curve', () => {
    expect(r.frontier.map((f) => [f.measures.join('+'), f.cost])).toEqual([
      ['M1', 1],
      ['M0+M1', 3],
      ['M1+M2', 4],
    ]);
    expect(r.budgetCurve.map((b) => [b.budget, b.measures.join('+')])).toEqual([
      [1, 'M1'],
      [3, 'M0+M1'],
      [4, 'M1+M2'],
    ]);
  });

  it('gives marginal contributions against the best package {M1, M2}', () => {
    expect(r.marginal.M1).toBeCloseTo(0.34, 12); // 0.54 − V{M2}
    expect(r.marginal.M2).toBeCloseTo(0.16, 12); // 0.54 − V{M1}
    expect(r.marginal.M0).toBeCloseTo(0.15, 12); // V{all} − 0.54, budget not re-checked
    expect(r.normalizedWeights).toEqual({ C0: 0.6, C1: 0.4 });
  });

  it('honours top', () => {
    expect(rankPackages({ ...handModel(), top: 2 }).packages).toHaveLength(2);
  });
});

describe('ranking conventions', () => {
  it('equal value and cost share the better rank; ties break by cost, then size', () => {
    // M0 ≡ M1 (same impact and cost); M2 has the same value as M0 but costs more.
    const model = matrixModel([1], [1, 1, 2, 0], [[0.4], [0.4], [0.4], [0]], {
      constraints: { maxMeasures: 1 },
    });
    const r = rankPackages(model);
    expect(r.packages.map((p) => [p.rank, p.measures[0]])).toEqual([
      [1, 'M0'],
      [1, 'M1'],
      [3, 'M2'],
      [4, 'M3'],
    ]);
    // Frontier keeps both equal packages and the free zero-value one; M2 is beaten by M0.
    expect(r.frontier.map((f) => f.measures[0])).toEqual(['M3', 'M0', 'M1']);
  });

  it('additive model with a synergy and an adverse effect', () => {
    // V{M0,M1} = 0.5·(0.3 + 0.2) + 0.5·(−0.15 + 0.3) + 0.05 = 0.375.
    const model = matrixModel(
      [1, 1],
      [1, 1],
      [
        [0.3, -0.15],
        [0.2, 0.3],
      ],
      { model: 'additive', synergies: [{ a: 'M0', b: 'M1', value: 0.05 }] },
    );
    const r = rankPackages(model);
    expect(r.packages[0]!.measures).toEqual(['M0', 'M1']);
    expect(r.packages[0]!.value).toBeCloseTo(0.375, 12);
    expect(r.packages[0]!.coverage.C1).toBeCloseTo(0.15, 12);
  });

  it('rejects a bad top', () => {
    expect(() => rankPackages({ ...handModel(), top: 0 })).toThrow(/^top:/);
  });
});

describe('hostile magnitudes', () => {
  it('a cost above 1e9 is refused by name; capped costs and a huge budget keep every figure finite', () => {
    const impacts = [[0.5], [0.3]];
    expect(() => rankPackages(matrixModel([1], [1e308, 1], impacts))).toThrow(
      /^measures\[0\]\.cost: must be at most 1000000000/,
    );
    const r = rankPackages(
      matrixModel([1], [1e9, 1e9], impacts, { constraints: { budget: 1e308 } }),
    );
    expect(r.packages[0]!.cost).toBe(2e9);
    for (const f of [...r.frontier, ...r.budgetCurve.map((b) => ({ ...b, cost: b.budget }))]) {
      expect(Number.isFinite(f.value)).toBe(true);
      expect(Number.isFinite(f.cost)).toBe(true);
    }
  });

  it('cause weights of 1e308 normalise instead of overflowing; 1e-10 weights rank like 1', () => {
    const impacts = [
      [0.5, 0],
      [0, 0.3],
    ];
    const huge = rankPackages(
      matrixModel([1e308, 1e308], [1, 1], impacts, { constraints: { budget: 1 } }),
    );
    expect(huge.normalizedWeights).toEqual({ C0: 0.5, C1: 0.5 });
    expect(huge.packages[0]!.value).toBeCloseTo(0.25, 15);
    expect(huge.packages[1]!.value).toBeCloseTo(0.15, 15);
    const tiny = rankPackages(
      matrixModel([1e-10, 3e-10], [1, 1], impacts, { constraints: { budget: 1 } }),
    );
    expect(tiny.packages.map((p) => p.measures)).toEqual([['M1'], ['M0']]);
  });
});
