import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EngineInputError } from '../errors';
import { compileModel, packageValue } from './compile';
import { compileConstraints, enumerateFeasible } from './feasible';
import { enumeratePackages, tableSearch } from './enumerate';
import { branchBoundFrontier, branchBoundSearch } from './branch-bound';
import { countFeasible } from './count';
import { computeFrontier } from './frontier';
import { type Candidate, nearlyEqual } from './candidate';
import { arbitraryModel } from './test-models';
import type { DecisionModel } from '../model';

function prepare(model: DecisionModel) {
  const compiled = compileModel(model);
  try {
    return { compiled, spec: compileConstraints(compiled, model.constraints) };
  } catch (e) {
    if (e instanceof EngineInputError) return undefined; // infeasible: covered in feasible.test
    throw e;
  }
}

/**
 * The same packages (members and cost) in the same order, with values equal up to rounding: the
 * two searches multiply the coverage factors in different orders.
 */
function expectSame(actual: Candidate[], expected: Candidate[]): void {
  const key = (c: Candidate) => `${c.members.join(',')}/${c.cost}`;
  expect(actual.map(key)).toEqual(expected.map(key));
  actual.forEach((c, k) => expect(c.value).toBeCloseTo(expected[k]!.value, 12));
}

describe('branch and bound equals enumeration', () => {
  it('top-k lists, frontier and feasible count agree on random constrained instances', () => {
    fc.assert(
      fc.property(arbitraryModel(1, 16, 6), fc.integer({ min: 1, max: 12 }), (model, k) => {
        const ready = prepare(model);
        if (!ready) return;
        const { compiled, spec } = ready;
        const table = enumeratePackages(compiled, spec);
        const exact = tableSearch(compiled, table);
        const bb = branchBoundSearch(compiled, spec);
        expectSame(bb(k, Infinity), exact(k, Infinity));
        const front = computeFrontier(exact);
        expectSame(computeFrontier(bb).frontier, front.frontier);
        const pareto = branchBoundFrontier(compiled, spec);
        expectSame(pareto.frontier, front.frontier);
        expectSame(pareto.budgetCurve, front.budgetCurve);
        expect(countFeasible(spec)).toBe(table.count);
      }),
      { numRuns: 1500, seed: 7 },
    );
  });

  it('top 10 agrees at the sizes where ranking switches method (n = 17..20)', () => {
    fc.assert(
      fc.property(arbitraryModel(17, 20, 8), (model) => {
        const ready = prepare(model);
        if (!ready) return;
        const { compiled, spec } = ready;
        const exact = tableSearch(compiled, enumeratePackages(compiled, spec));
        expectSame(branchBoundSearch(compiled, spec)(10, Infinity), exact(10, Infinity));
        expectSame(branchBoundFrontier(compiled, spec).frontier, computeFrontier(exact).frontier);
      }),
      { numRuns: 6, seed: 3 },
    );
  });

  it('the enumerated values equal packageValue and the frontier equals brute-force dominance', () => {
    fc.assert(
      fc.property(arbitraryModel(1, 9, 4), (model) => {
        const ready = prepare(model);
        if (!ready) return;
        const { compiled, spec } = ready;
        const all = enumerateFeasible(compiled, spec).map((members) => ({
          members,
          value: packageValue(compiled, members),
          cost: members.reduce((s, i) => s + compiled.costs[i]!, 0),
        }));
        const table = enumeratePackages(compiled, spec);
        expect(table.count).toBe(all.length);
        const byMask = new Map<number, number>();
        for (let p = 0; p < table.count; p++) byMask.set(table.masks[p]!, table.values[p]!);
        for (const c of all) {
          const mask = c.members.reduce((s, i) => s | (1 << i), 0);
          expect(byMask.get(mask)).toBeCloseTo(c.value, 12);
        }
        const geq = (a: number, b: number) => a > b || nearlyEqual(a, b);
        const dominated = (p: Candidate) =>
          all.some(
            (q) =>
              geq(q.value, p.value) &&
              geq(p.cost, q.cost) &&
              !(nearlyEqual(q.value, p.value) && nearlyEqual(q.cost, p.cost)),
          );
        const brute = all.filter((p) => !dominated(p)).map((p) => p.members.join(','));
        const front = computeFrontier(tableSearch(compiled, table)).frontier;
        expect(front.map((p) => p.members.join(',')).sort()).toEqual(brute.sort());
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('counts 2^30 − 1 packages of 30 free measures and the budgeted subsets exactly', () => {
    const model = {
      causes: [{ id: 'C', weight: 1 }],
      measures: Array.from({ length: 30 }, (_, i) => ({ id: `M${i}`, cost: 1 })),
      impacts: {},
    };
    const compiled = compileModel(model);
    expect(countFeasible(compileConstraints(compiled, {}))).toBe(2 ** 30 - 1);
    // Budget 2 with unit costs: C(30,1) + C(30,2) = 30 + 435; M0 needs M1 removes the 29
    // packages holding M0 without M1 (M0 alone and M0 with any of the 28 others).
    expect(countFeasible(compileConstraints(compiled, { budget: 2 }))).toBe(465);
    expect(
      countFeasible(compileConstraints(compiled, { budget: 2, requires: [['M0', 'M1']] })),
    ).toBe(465 - 29);
  });
});
