import { EngineInputError, assertFinite } from '../errors';
import { extent } from '../stats/extent';
import { normalizeWeights } from '../weights/direct';
import { compileValueFunction, evaluateValue } from './value-function';
import type { CheckedProblem, CriterionType, McdaProblem } from './types';

/**
 * Validates an MCDA problem and fixes its weights. Weights are used exactly as given (finite,
 * ≥ 0, not all zero) unless `normalizeWeights` is true, in which case they are divided by their
 * sum. Columns with a value function are replaced by their values v(x), which count as benefit
 * criteria from then on. Field paths in errors follow the JSON input (matrix[i][j], weights[j],
 * types[j], valueFunctions[j]).
 */
export function checkProblem(problem: McdaProblem, normalize = false): CheckedProblem {
  const { matrix, weights, types } = problem;
  if (!Array.isArray(matrix) || matrix.length === 0) {
    throw new EngineInputError('matrix', 'needs at least one alternative (row)');
  }
  const first = matrix[0]!;
  if (!Array.isArray(first) || first.length === 0) {
    throw new EngineInputError('matrix[0]', 'needs at least one criterion (column)');
  }
  const n = first.length;
  const rows = matrix.map((row, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      throw new EngineInputError(`matrix[${i}]`, `must have ${n} values like matrix[0]`);
    }
    row.forEach((v, j) => assertFinite(v, `matrix[${i}][${j}]`));
    return [...row];
  });
  if (!Array.isArray(weights) || weights.length !== n) {
    throw new EngineInputError('weights', `must have ${n} values (one per criterion)`);
  }
  if (!Array.isArray(types) || types.length !== n) {
    throw new EngineInputError('types', `must have ${n} values (one per criterion)`);
  }
  types.forEach((t, j) => {
    if (t !== 1 && t !== -1)
      throw new EngineInputError(
        `types[${j}]`,
        `must be 1 (benefit) or -1 (cost) (got ${String(t)})`,
      );
  });
  let w: number[];
  if (normalize) {
    w = normalizeWeights(weights, 'weights');
  } else {
    weights.forEach((v, j) => {
      assertFinite(v, `weights[${j}]`);
      if (v < 0) throw new EngineInputError(`weights[${j}]`, `must be ≥ 0 (got ${v})`);
    });
    if (!weights.some((v) => v > 0)) throw new EngineInputError('weights', 'must not all be zero');
    w = [...weights];
  }
  const checkedTypes = [...types] as CriterionType[];
  const valueFunctions = applyValueFunctions(problem, rows, checkedTypes);
  return {
    matrix: rows,
    weights: w,
    types: checkedTypes,
    m: rows.length,
    n,
    weightsNormalized: normalize,
    valueFunctions,
  };
}

/** Replaces each column that has a value function by v(x) (in place); returns the descriptions. */
function applyValueFunctions(
  problem: McdaProblem,
  rows: number[][],
  types: CriterionType[],
): (string | null)[] | undefined {
  const fns = problem.valueFunctions;
  if (fns === undefined) return undefined;
  const n = types.length;
  if (!Array.isArray(fns) || fns.length !== n) {
    throw new EngineInputError(
      'valueFunctions',
      `must have ${n} entries (one per criterion, null for none)`,
    );
  }
  const col = new Float64Array(rows.length);
  return fns.map((raw, j) => {
    if (raw === null) return null;
    for (let i = 0; i < rows.length; i++) col[i] = rows[i]![j]!;
    const f = compileValueFunction(raw, types[j] === 1, extent(col), `valueFunctions[${j}]`);
    for (let i = 0; i < rows.length; i++) rows[i]![j] = evaluateValue(f, col[i]!);
    types[j] = 1;
    return f.describe;
  });
}
