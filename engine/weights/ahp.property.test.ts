import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAhp } from './ahp';
import { arbitrarySaatyMatrix } from './test-matrices';

/** Random reciprocal matrices on the Saaty scale, n = 3..15 (the RI table's range). */
const saatyMatrix = arbitrarySaatyMatrix(3, 15);

describe('AHP properties', () => {
  it('power iteration converges on any Saaty-scale matrix: A w = λ w, λmax ≥ n, Σ w = 1', () => {
    fc.assert(
      fc.property(saatyMatrix, (a) => {
        const r = computeAhp(a);
        const n = a.length;
        expect(r.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        expect(r.lambdaMax).toBeGreaterThanOrEqual(n - 1e-9);
        a.forEach((row, i) => {
          const aw = row.reduce((s, v, j) => s + v * r.weights[j]!, 0);
          expect(Math.abs(aw - r.lambdaMax * r.weights[i]!)).toBeLessThan(1e-9);
        });
        expect(r.inconsistent.length).toBe(r.cr > 0.1 ? Math.min(3, (n * (n - 1)) / 2) : 0);
      }),
      { numRuns: 200 },
    );
  });

  it('consistent matrices, complete or with cells removed along a spanning chain kept, return the generating weights', () => {
    const case_ = fc.integer({ min: 3, max: 10 }).chain((n) =>
      fc.record({
        w: fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
        drop: fc.array(fc.boolean(), { minLength: n * n, maxLength: n * n }),
      }),
    );
    fc.assert(
      fc.property(case_, ({ w, drop }) => {
        const n = w.length;
        const sum = w.reduce((s, x) => s + x, 0);
        const a: (number | null)[][] = w.map((wi) => w.map((wj) => wi / wj));
        // Keep the chain i–(i+1) so the comparison graph stays connected; drop others at random.
        for (let i = 0; i < n; i++) {
          for (let j = i + 2; j < n; j++) {
            if (drop[i * n + j]) a[i]![j] = a[j]![i] = null;
          }
        }
        const r = computeAhp(a);
        r.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i]! / sum, 9));
        expect(r.cr).toBeLessThan(1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
