import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EngineInputError } from '../errors';
import { compileModel } from './compile';
import { compileConstraints, enumerateFeasible, isFeasible } from './feasible';
import { arbitraryModel, matrixModel } from './test-models';
import type { PackageConstraints } from '../model';

function setup(costs: number[], constraints?: PackageConstraints) {
  const model = matrixModel(
    [1],
    costs,
    costs.map(() => [0.5]),
    { constraints },
  );
  const compiled = compileModel(model);
  return { compiled, spec: compileConstraints(compiled, constraints) };
}

function errorOf(fn: () => unknown): EngineInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineInputError) return e;
    throw e;
  }
  throw new Error('expected an EngineInputError');
}

describe('enumerateFeasible', () => {
  it('lists exactly the hand-enumerated packages (budget 6, M0 needs M1, M2 excludes M3)', () => {
    // Costs 1, 2, 3, 4. Checked by hand over all 15 subsets: 7 are feasible.
    const { compiled, spec } = setup([1, 2, 3, 4], {
      budget: 6,
      requires: [['M0', 'M1']],
      excludes: [['M2', 'M3']],
    });
    expect(enumerateFeasible(compiled, spec)).toEqual([
      [0, 1],
      [0, 1, 2],
      [1],
      [1, 2],
      [1, 3],
      [2],
      [3],
    ]);
  });

  it('without constraints lists all 2^n − 1 non-empty packages', () => {
    const { compiled, spec } = setup([1, 1, 1, 1, 1]);
    expect(enumerateFeasible(compiled, spec)).toHaveLength(31);
  });

  it('propagates required measures through requires and honours maxMeasures', () => {
    // M0 required, M0 needs M2 → every package holds {0, 2}; at most 3 measures of 4.
    const { compiled, spec } = setup([1, 1, 1, 1], {
      required: ['M0'],
      requires: [['M0', 'M2']],
      maxMeasures: 3,
    });
    expect(enumerateFeasible(compiled, spec)).toEqual([
      [0, 1, 2],
      [0, 2],
      [0, 2, 3],
    ]);
  });

  it('accepts a cost that exceeds the budget only by rounding (0.1 + 0.2 vs 0.3)', () => {
    const { compiled, spec } = setup([0.1, 0.2], { budget: 0.3 });
    expect(enumerateFeasible(compiled, spec)).toEqual([[0], [0, 1], [1]]);
  });

  it('equals brute force over all subsets with isFeasible (random instances with constraints)', () => {
    fc.assert(
      fc.property(arbitraryModel(1, 10), (model) => {
        const compiled = compileModel(model);
        let spec;
        try {
          spec = compileConstraints(compiled, model.constraints);
        } catch (e) {
          if (!(e instanceof EngineInputError)) throw e;
          // An infeasible constraint set must really have no feasible package.
          const loose = compileConstraints(compiled, {});
          for (const p of enumerateFeasible(compiled, loose)) {
            expect(bruteFeasible(model.constraints ?? {}, compiled.costs, p)).toBe(false);
          }
          return;
        }
        const n = compiled.measureIds.length;
        const brute: number[][] = [];
        for (let mask = 1; mask < 1 << n; mask++) {
          const members = [...Array(n).keys()].filter((i) => (mask >> i) & 1);
          const ok = bruteFeasible(model.constraints ?? {}, compiled.costs, members);
          expect(isFeasible(spec, members)).toBe(ok);
          if (ok) brute.push(members);
        }
        const key = (p: number[]) => p.join(',');
        expect(enumerateFeasible(compiled, spec).map(key).sort()).toEqual(brute.map(key).sort());
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

/** The constraints read literally, with ids M0… (independent of compileConstraints). */
function bruteFeasible(c: PackageConstraints, costs: Float64Array, members: number[]): boolean {
  const has = (id: string) => members.includes(Number(id.slice(1)));
  const cost = members.reduce((s, i) => s + costs[i]!, 0);
  if (c.budget !== undefined && cost > c.budget + 1e-9) return false;
  if (c.maxMeasures !== undefined && members.length > c.maxMeasures) return false;
  if ((c.required ?? []).some((id) => !has(id))) return false;
  if ((c.excluded ?? []).some((id) => has(id))) return false;
  if ((c.requires ?? []).some(([a, b]) => has(a) && !has(b))) return false;
  if ((c.excludes ?? []).some(([a, b]) => has(a) && has(b))) return false;
  return true;
}

describe('compileConstraints errors', () => {
  it('names the unknown id in a requires pair', () => {
    const e = errorOf(() => setup([1, 1], { requires: [['M0', 'M9']] }));
    expect(e.field).toBe('constraints.requires[0][1]');
  });
  it('rejects a measure both required and excluded', () => {
    const e = errorOf(() => setup([1, 1], { required: ['M1'], excluded: ['M1'] }));
    expect(e.field).toBe('constraints.excluded[0]');
  });
  it('rejects required measures that cost more than the budget', () => {
    const e = errorOf(() =>
      setup([3, 4], { required: ['M0'], requires: [['M0', 'M1']], budget: 5 }),
    );
    expect(e.field).toBe('constraints.budget');
  });
  it('rejects a requires chain that runs into an exclusion', () => {
    // M0 required; M0 → M1 → M0 (a cycle) is fine, but M1 excludes M2 and M0 needs M2.
    const e = errorOf(() =>
      setup([1, 1, 1], {
        required: ['M0'],
        requires: [
          ['M0', 'M1'],
          ['M1', 'M0'],
          ['M0', 'M2'],
        ],
        excludes: [['M1', 'M2']],
      }),
    );
    expect(e.field).toBe('constraints.required');
  });
  it('rejects a constraint set with no feasible package at all', () => {
    const e = errorOf(() => setup([5, 6], { budget: 4 }));
    expect(e.field).toBe('constraints');
  });
  it('refuses to enumerate more than 24 measures', () => {
    const { compiled, spec } = setup(Array.from({ length: 25 }, () => 1));
    expect(() => enumerateFeasible(compiled, spec)).toThrow(/at most 24/);
  });
});
