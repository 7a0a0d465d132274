import type { DecisionModel } from '../model';
import { EngineInputError, assertFinite } from '../errors';
import { normalizeWeights } from '../weights/direct';
import { scoreTieTolerance } from '../mcda/ranking';
import { compileModel } from '../packages/compile';
import { compileConstraints } from '../packages/feasible';
import { enumeratePackages, maskMembers, tableSearch } from '../packages/enumerate';
import { ENUMERATION_LIMIT } from '../packages/rank';
import { compareCandidates } from '../packages/candidate';
import { type Lines, stayBestInterval, upperEnvelope } from './sensitivity-envelope';

/**
 * One-way sensitivity. The weight t of one criterion runs over [0, 1] while the others keep
 * their proportions: w_k(t) = w_k (1 − t) / (1 − w_j). When w_j = 1 (the others are all 0)
 * those proportions are undefined, and the others share 1 − t equally. Every value is then
 * linear in t, so the best alternative changes only where lines cross: the breakpoints are exact.
 */
export interface CriterionSensitivity<Best> {
  /** Cause id (packages) or criterion index (matrix). */
  criterion: string | number;
  weight: number;
  /** The current best stays best for this weight in [lower, upper]. */
  lower: number;
  upper: number;
  /** The best alternative on each piece of [0, 1]. */
  intervals: { from: number; to: number; best: Best }[];
}

export interface PackageSensitivityResult {
  kind: 'packages';
  best: string[];
  criteria: CriterionSensitivity<string[]>[];
}

export interface MatrixSensitivityResult {
  kind: 'matrix';
  /** 0-based row index of the best alternative at the given weights. */
  best: number;
  scores: number[];
  criteria: CriterionSensitivity<number>[];
}

/** Lines for criterion j from per-alternative criterion values x (row-major N × m) and a constant. */
function linesFor(
  x: Float64Array,
  constant: Float64Array,
  weights: ArrayLike<number>,
  j: number,
  prefer: Lines['prefer'],
): Lines {
  const m = weights.length;
  const N = constant.length;
  const rest = 1 - weights[j]!;
  const equalShares = rest < 1e-12;
  const a = new Float64Array(N);
  const b = new Float64Array(N);
  for (let p = 0; p < N; p++) {
    let alpha = 0;
    for (let k = 0; k < m; k++) {
      if (k !== j) alpha += (equalShares ? 1 / (m - 1) : weights[k]! / rest) * x[p * m + k]!;
    }
    a[p] = constant[p]! + alpha;
    b[p] = x[p * m + j]! - alpha;
  }
  return { a, b, prefer };
}

function analyse<Best>(
  x: Float64Array,
  constant: Float64Array,
  weights: ArrayLike<number>,
  bestIndex: number,
  criterion: (j: number) => string | number,
  label: (p: number) => Best,
  prefer: Lines['prefer'],
): CriterionSensitivity<Best>[] {
  const m = weights.length;
  return Array.from({ length: m }, (_, j) => {
    if (m === 1) {
      // A single criterion always has weight 1: there is nothing to vary.
      return {
        criterion: criterion(j),
        weight: 1,
        lower: 1,
        upper: 1,
        intervals: [{ from: 1, to: 1, best: label(bestIndex) }],
      };
    }
    const lines = linesFor(x, constant, weights, j, prefer);
    const { lower, upper } = stayBestInterval(lines, bestIndex);
    return {
      criterion: criterion(j),
      weight: weights[j]!,
      lower,
      upper,
      intervals: upperEnvelope(lines).map((s) => ({ from: s.from, to: s.to, best: label(s.best) })),
    };
  });
}

/** Sensitivity of the best package to each cause weight (exact over all feasible packages, n ≤ 20). */
export function packageSensitivity(model: DecisionModel): PackageSensitivityResult {
  const compiled = compileModel(model);
  if (compiled.measureIds.length > ENUMERATION_LIMIT) {
    throw new EngineInputError(
      'measures',
      `sensitivity needs at most ${ENUMERATION_LIMIT} measures`,
    );
  }
  const spec = compileConstraints(compiled, model.constraints);
  const table = enumeratePackages(compiled, spec, true);
  const best = tableSearch(compiled, table)(1, Infinity)[0]!;
  const bestMask = best.members.reduce((s, i) => s | (1 << i), 0);
  const bestIndex = table.masks.subarray(0, table.count).indexOf(bestMask);
  const candidate = (p: number) => ({
    members: maskMembers(table.masks[p]!),
    value: 0,
    cost: table.costs[p]!,
  });
  const ids = (p: number) => maskMembers(table.masks[p]!).map((i) => compiled.measureIds[i]!);
  return {
    kind: 'packages',
    best: ids(bestIndex),
    criteria: analyse(
      table.coverage!.subarray(0, table.count * compiled.causeIds.length),
      table.synergySums!.subarray(0, table.count),
      compiled.weights,
      bestIndex,
      (j) => compiled.causeIds[j]!,
      ids,
      (q, c) => compareCandidates(compiled, candidate(q), candidate(c)) < 0,
    ),
  };
}

/**
 * Sensitivity of a weighted sum over a plain matrix (alternatives × criteria, higher is better).
 * The lines are compared on the matrix divided by its largest |value| (a positive rescaling
 * changes no comparison and no breakpoint), so the tie tolerance is relative to the data: a
 * matrix of values near 1e-10 is not one big tie.
 */
export function matrixSensitivity(
  matrix: readonly (readonly number[])[],
  rawWeights: readonly number[],
): MatrixSensitivityResult {
  if (matrix.length === 0) throw new EngineInputError('matrix', 'needs at least one alternative');
  const weights = normalizeWeights(rawWeights, 'weights');
  const m = weights.length;
  const N = matrix.length;
  const x = new Float64Array(N * m);
  let scale = 0;
  matrix.forEach((row, p) => {
    if (row.length !== m)
      throw new EngineInputError(`matrix[${p}]`, `needs ${m} values, one per weight`);
    row.forEach((v, k) => {
      assertFinite(v, `matrix[${p}][${k}]`);
      x[p * m + k] = v;
      scale = Math.max(scale, Math.abs(v));
    });
  });
  const scores = Array.from({ length: N }, (_, p) =>
    weights.reduce((s, w, k) => s + w * x[p * m + k]!, 0),
  );
  if (scale > 0) for (let c = 0; c < x.length; c++) x[c] = x[c]! / scale;
  const tol = scoreTieTolerance(scores);
  let best = 0;
  for (let p = 1; p < N; p++) if (scores[p]! > scores[best]! + tol) best = p;
  return {
    kind: 'matrix',
    best,
    scores,
    criteria: analyse(
      x,
      new Float64Array(N),
      weights,
      best,
      (j) => j,
      (p) => p,
      (q, c) => q < c,
    ),
  };
}
