import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbitraryModel } from '../packages/test-models';
import { preparePackageSmaa } from './smaa-packages';
import {
  createValueEvaluator,
  depthFirstEvaluator,
  reordered,
  tableEvaluator,
} from './smaa-package-values';

describe('package value evaluators', () => {
  it('the per-cause tables give the depth-first values (padding, mitigating-only causes, adverse cells)', () => {
    fc.assert(
      fc.property(
        // Up to 10 causes: widths 4, 8 (the unrolled path) and 12 (the general loop).
        arbitraryModel(1, 7, 10),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 10 }),
        fc.array(fc.double({ min: 0.5, max: 1.2, noNaN: true }), { minLength: 70, maxLength: 70 }),
        (model, weights, scale) => {
          let t;
          try {
            t = preparePackageSmaa({ model, samples: 1, seed: 1 });
          } catch {
            return; // infeasible constraints: covered by feasible.test.ts
          }
          const m = t.compiled.causeIds.length;
          const w = Float64Array.from(weights.slice(0, m));
          // A sampled impact keeps the sign of its cell (the draw stays within [low, high]).
          const impact = t.compiled.impact.map((e, c) => Math.min(0.95, e * scale[c]!));
          const count = t.packages.length;
          const fromTables = new Float64Array(count);
          const depthFirst = new Float64Array(count);
          tableEvaluator(t)(w, impact, fromTables);
          depthFirstEvaluator(t)(w, impact, depthFirst);
          for (let p = 0; p < count; p++) {
            expect(Math.abs(fromTables[p]! - depthFirst[p]!)).toBeLessThanOrEqual(1e-12);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with an order, value[r] is the value of package order[r], bit for bit', () => {
    fc.assert(
      fc.property(arbitraryModel(1, 7, 10), fc.integer({ min: 1, max: 1000 }), (model, salt) => {
        let t;
        try {
          t = preparePackageSmaa({ model, samples: 1, seed: 1 });
        } catch {
          return;
        }
        const m = t.compiled.causeIds.length;
        const count = t.packages.length;
        const w = Float64Array.from({ length: m }, (_, j) => ((j + salt) % 7) + 1);
        const impact = Float64Array.from(t.compiled.impact);
        const order = Int32Array.from({ length: count }, (_, r) => r).sort(
          (a, b) => ((a * salt) % 101) - ((b * salt) % 101) || a - b,
        );
        const byPackage = new Float64Array(count);
        tableEvaluator(t)(w, impact, byPackage);
        const depthFirst = new Float64Array(count);
        depthFirstEvaluator(t)(w, impact, depthFirst);
        const chosen = new Float64Array(count);
        createValueEvaluator(t)(w, impact, chosen);
        const evaluators = [
          { ordered: tableEvaluator(t, order), expected: byPackage },
          { ordered: reordered(depthFirstEvaluator(t), order), expected: depthFirst },
          { ordered: createValueEvaluator(t, order), expected: chosen },
        ];
        for (const { ordered, expected } of evaluators) {
          const byRank = new Float64Array(count);
          ordered(w, impact, byRank);
          order.forEach((p, r) => expect(Object.is(byRank[r], expected[p])).toBe(true));
        }
      }),
      { numRuns: 100 },
    );
  });
});
