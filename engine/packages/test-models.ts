import fc from 'fast-check';
import type { DecisionModel, PackageConstraints } from '../model';

/** A small model builder for tests: ids M0… and C0…, impacts as a plain n × m matrix. */
export function matrixModel(
  weights: number[],
  costs: number[],
  impacts: number[][],
  extra: Partial<DecisionModel> = {},
): DecisionModel {
  const causes = weights.map((weight, j) => ({ id: `C${j}`, weight }));
  const measures = costs.map((cost, i) => ({ id: `M${i}`, cost }));
  const table: DecisionModel['impacts'] = {};
  impacts.forEach((row, i) => {
    table[`M${i}`] = Object.fromEntries(row.map((e, j) => [`C${j}`, e]));
  });
  return { causes, measures, impacts: table, ...extra };
}

/**
 * Random decision models for property tests: n measures, m causes, impacts on a coarse grid
 * (so exact ties occur), some adverse cells, optional synergies and constraints (budget, count
 * limit, required, excluded, requires, excludes).
 */
export function arbitraryModel(nMin: number, nMax: number, mMax = 5): fc.Arbitrary<DecisionModel> {
  return fc
    .record({ n: fc.integer({ min: nMin, max: nMax }), m: fc.integer({ min: 1, max: mMax }) })
    .chain(({ n, m }) => {
      const id = fc.integer({ min: 0, max: n - 1 }).map((i) => `M${i}`);
      const constraints: fc.Arbitrary<PackageConstraints> = fc.record(
        {
          budget: fc.integer({ min: 2, max: 4 * n }),
          maxMeasures: fc.integer({ min: 1, max: n }),
          required: fc.array(id, { maxLength: 1 }),
          excluded: fc.array(id, { maxLength: 1 }),
          requires: fc.array(fc.tuple(id, id), { maxLength: 3 }),
          excludes: fc.array(fc.tuple(id, id), { maxLength: 3 }),
        },
        { requiredKeys: [] },
      );
      return fc
        .record({
          weights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: m, maxLength: m }),
          costs: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
          impacts: fc.array(
            fc.array(fc.constantFrom(0, 0, 0.15, 0.35, 0.6, 0.8, -0.15), {
              minLength: m,
              maxLength: m,
            }),
            { minLength: n, maxLength: n },
          ),
          synergies: fc.array(
            fc.record({ a: id, b: id, value: fc.constantFrom(-0.05, 0.02, 0.05, 0.1) }),
            { maxLength: 4 },
          ),
          constraints,
          additive: fc.boolean(),
        })
        .map((r) => {
          const weights = r.weights.some((w) => w > 0) ? r.weights : r.weights.map(() => 1);
          return matrixModel(weights, r.costs, r.impacts, {
            synergies: r.synergies.filter((s) => s.a !== s.b),
            constraints: r.constraints,
            model: r.additive ? 'additive' : 'saturating',
          });
        });
    });
}
