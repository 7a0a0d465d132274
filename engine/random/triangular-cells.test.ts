import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { triangularAt, triangularCells, triangularRowsInPlace } from './triangular-cells';

describe('triangular cells', () => {
  it('inverts the CDF bit for bit like the textbook two-branch formula', () => {
    const cell = fc
      .tuple(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1e-6, max: 1, noNaN: true }),
      )
      .map(([min, t, width]) => ({ min, mode: min + t * width, max: min + width }));
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 5 }),
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
          minLength: 5,
          maxLength: 5,
        }),
        (cells, us) => {
          const table = triangularCells(cells.length, (k) => cells[k]!);
          cells.forEach(({ min, mode, max }, k) => {
            const u = us[k]!;
            const width = max - min;
            const textbook =
              u < (mode - min) / width
                ? min + Math.sqrt(u * (width * (mode - min)))
                : max - Math.sqrt((1 - u) * (width * (max - mode)));
            expect(Object.is(triangularAt(table, k, u), textbook)).toBe(true);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('puts the quantiles where the closed form says: F(mode) = (mode − min) / (max − min)', () => {
    const table = triangularCells(1, () => ({ min: 0.2, mode: 0.4, max: 1 }));
    expect(triangularAt(table, 0, 0)).toBe(0.2);
    expect(triangularAt(table, 0, 0.2 / 0.8)).toBeCloseTo(0.4, 15);
    // Right of the mode, F(x) = 1 − (max − x)² / ((max − min)(max − mode)): F(0.7) = 1 − 0.09/0.48.
    expect(triangularAt(table, 0, 1 - 0.09 / 0.48)).toBeCloseTo(0.7, 12);
  });

  it('turns rows of uniforms into the same variates as triangularAt, cell by cell', () => {
    const cells = [
      { min: 0, mode: 0.3, max: 1 },
      { min: -0.2, mode: 0.1, max: 0.1 },
      { min: 2, mode: 2, max: 5 },
    ];
    const table = triangularCells(cells.length, (k) => cells[k]!);
    const uniforms = Float64Array.from({ length: 4 * cells.length }, (_, i) => (i * 0.37) % 1);
    const values = uniforms.slice();
    triangularRowsInPlace(table, values, 4);
    uniforms.forEach((u, i) => {
      expect(Object.is(values[i], triangularAt(table, i % cells.length, u))).toBe(true);
    });
  });
});
