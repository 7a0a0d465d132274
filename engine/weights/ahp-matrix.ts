import { EngineInputError } from '../errors';

/** A pairwise comparison matrix as given: a_ij = importance of i over j; null = missing judgement. */
export type PairwiseInput = readonly (readonly (number | null)[])[];

/** Relative tolerance for a_ij · a_ji = 1, loose enough for 0.333 typed for 1/3. */
export const RECIPROCITY_TOLERANCE = 1e-2;

/**
 * Validates squareness, positivity, a unit diagonal and reciprocity, and returns the matrix
 * rebuilt from its upper triangle (a_ji := 1/a_ij exactly), so rounding in typed reciprocals
 * does not bias the weights. null cells must be null on both sides of the diagonal.
 */
export function validatePairwise(matrix: PairwiseInput, field = 'matrix'): (number | null)[][] {
  if (!Array.isArray(matrix) || matrix.length === 0) {
    throw new EngineInputError(field, 'must be a non-empty square array of rows');
  }
  const n = matrix.length;
  matrix.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      throw new EngineInputError(`${field}[${i}]`, `must have ${n} cells (square matrix)`);
    }
    row.forEach((v, j) => {
      if (v === null) {
        if (i === j) throw new EngineInputError(`${field}[${i}][${j}]`, 'the diagonal must be 1');
        return;
      }
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new EngineInputError(
          `${field}[${i}][${j}]`,
          `must be a finite number or null (got ${String(v)})`,
        );
      }
      if (v <= 0) throw new EngineInputError(`${field}[${i}][${j}]`, `must be > 0 (got ${v})`);
      if (i === j && Math.abs(v - 1) > 1e-9) {
        throw new EngineInputError(`${field}[${i}][${j}]`, `the diagonal must be 1 (got ${v})`);
      }
    });
  });
  const out: (number | null)[][] = matrix.map(() => new Array<number | null>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = matrix[i]![j]!;
      const b = matrix[j]![i]!;
      if ((a === null) !== (b === null)) {
        throw new EngineInputError(
          `${field}[${j}][${i}]`,
          `must be ${a === null ? 'null' : '1/' + String(a)} to mirror ${field}[${i}][${j}]`,
        );
      }
      if (a !== null && b !== null && Math.abs(a * b - 1) > RECIPROCITY_TOLERANCE) {
        throw new EngineInputError(
          `${field}[${j}][${i}]`,
          `must be the reciprocal 1/${a} of ${field}[${i}][${j}] (got ${b})`,
        );
      }
      out[i]![j] = a;
      out[j]![i] = a === null ? null : 1 / a;
    }
  }
  return out;
}

/**
 * Connected components of the comparison graph (an edge i–j wherever a_ij is known).
 * One component means every weight ratio is determined, directly or through a chain.
 */
export function comparisonComponents(matrix: readonly (readonly (number | null)[])[]): number[][] {
  const n = matrix.length;
  const seen = new Array<boolean>(n).fill(false);
  const components: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    const component: number[] = [];
    const stack = [start];
    seen[start] = true;
    while (stack.length > 0) {
      const i = stack.pop()!;
      component.push(i);
      for (let j = 0; j < n; j++) {
        if (!seen[j] && j !== i && matrix[i]![j] !== null) {
          seen[j] = true;
          stack.push(j);
        }
      }
    }
    components.push(component.sort((x, y) => x - y));
  }
  return components;
}

export function isComplete(matrix: readonly (readonly (number | null)[])[]): boolean {
  return matrix.every((row) => row.every((v) => v !== null));
}
