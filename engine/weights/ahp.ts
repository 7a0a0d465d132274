import { EngineInputError } from '../errors';
import { llsmWeights } from './ahp-llsm';
import { comparisonComponents, isComplete, validatePairwise } from './ahp-matrix';
import type { PairwiseInput } from './ahp-matrix';
import { CR_THRESHOLD, RANDOM_INDEX_TABLES, type RandomIndexTableId, snapToSaaty } from './saaty';

/** Power iteration stops when no weight changes by more than this between iterations. */
export const EIGEN_TOLERANCE = 1e-12;
export const EIGEN_MAX_ITERATIONS = 10_000;
/** How many of the worst judgements are named when CR > 0.10. */
export const MAX_FLAGGED = 3;

export interface JudgementIssue {
  i: number;
  j: number;
  /** The judgement a_ij as entered (upper triangle). */
  given: number;
  /** The ratio the derived weights imply, w_i / w_j. */
  implied: number;
  /** `implied` snapped to the Saaty 1–9 scale: the suggested replacement for a_ij. */
  suggested: number;
  /** |ln(a_ij · w_j / w_i)|: how far the judgement is from the weights, on the log scale. */
  logError: number;
}

/**
 * How priorities are derived from a complete matrix: the principal right eigenvector (Saaty 1980)
 * or the normalised row geometric mean (Crawford & Williams 1985; the logarithmic least-squares
 * solution). Incomplete matrices always use logarithmic least squares, which is the row
 * geometric mean's generalisation.
 */
export type AhpPrioritization = 'eigenvector' | 'geometric-mean';
export const AHP_PRIORITIZATIONS: readonly AhpPrioritization[] = ['eigenvector', 'geometric-mean'];

export interface AhpOptions {
  /** Default "eigenvector". */
  prioritization?: AhpPrioritization;
  /** Default "saaty". */
  riTable?: RandomIndexTableId;
}

export interface AhpResult {
  weights: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
  /** [i, j] pairs (0-based, i < j) of the judgements contributing most to inconsistency; [] when CR ≤ 0.10. */
  inconsistent: [number, number][];
  isConsistent: boolean;
  details: JudgementIssue[];
  method: 'eigenvector' | 'geometric-mean' | 'llsm';
  iterations: number;
  ri: number;
  /** The RI table's name and source. */
  riTable: string;
  riTableId: RandomIndexTableId;
  crThreshold: number;
  missing: number;
}

/**
 * AHP priorities and consistency. Complete matrix: by default the principal right eigenvector by
 * power iteration (start 1/n, normalise to sum 1 each step, stop at max |Δw| ≤ 1e-12),
 * λmax = Σ_i (A w)_i; with prioritization "geometric-mean" w_i ∝ (Π_j a_ij)^{1/n}.
 * Incomplete matrix (null cells) with a connected comparison graph: LLSM weights, and λmax of the
 * matrix completed with a_ij := w_i/w_j (Harker 1987; its principal eigenvalue), so CI/CR stay comparable.
 * Whatever the prioritisation, λmax is the principal eigenvalue of the (completed) matrix.
 * CI = (λmax − n)/(n − 1), CR = CI / RI(n) with the chosen RI table (Saaty 1980 by default, or
 * Alonso & Lamata 2006); CI = CR = 0 for n ≤ 2.
 * Judgements are ranked by |ln(a_ij w_j / w_i)|; with CR > 0.10 the worst (up to 3) are flagged.
 */
export function computeAhp(
  input: PairwiseInput,
  field = 'matrix',
  options: AhpOptions = {},
): AhpResult {
  const a = validatePairwise(input, field);
  const n = a.length;
  const riTableId = options.riTable ?? 'saaty';
  const table = RANDOM_INDEX_TABLES[riTableId];
  if (table === undefined) {
    throw new EngineInputError(
      'riTable',
      `must be "saaty" or "alonso-lamata" (got ${String(riTableId)})`,
    );
  }
  const prioritization = options.prioritization ?? 'eigenvector';
  if (!AHP_PRIORITIZATIONS.includes(prioritization)) {
    throw new EngineInputError(
      'prioritization',
      `must be "eigenvector" or "geometric-mean" (got ${String(prioritization)})`,
    );
  }
  if (n > table.values.length) {
    throw new EngineInputError(
      field,
      `at most ${table.values.length} criteria (the RI table ends there; got ${n})`,
    );
  }
  const missing = a.reduce((s, row) => s + row.filter((v) => v === null).length, 0) / 2;
  let weights: number[];
  let iterations = 0;
  let method: AhpResult['method'];
  let full: number[][];
  if (isComplete(a)) {
    full = a as number[][];
    if (prioritization === 'eigenvector') {
      ({ weights, iterations } = principalEigenvector(full, field));
      method = 'eigenvector';
    } else {
      weights = rowGeometricMean(full);
      method = 'geometric-mean';
    }
  } else {
    const components = comparisonComponents(a);
    if (components.length > 1) {
      const groups = components.map((c) => `{${c.join(', ')}}`).join(' / ');
      throw new EngineInputError(
        field,
        `comparisons are disconnected: criteria groups ${groups} are never compared with each other`,
      );
    }
    weights = llsmWeights(a);
    full = a.map((row, i) => row.map((v, j) => v ?? weights[i]! / weights[j]!));
    method = 'llsm';
  }
  // Unless the weights are the matrix's own eigenvector, λmax comes from that matrix's principal
  // eigenvector (Harker's rule for LLSM), not from Σ(A w).
  const lambdaMax =
    n <= 2
      ? n
      : lambdaOf(
          full,
          method === 'eigenvector' ? weights : principalEigenvector(full, field).weights,
        );
  const ri = table.values[n - 1]!;
  // λmax ≥ n holds in exact arithmetic; clamp the 1e-15 rounding so a consistent matrix shows CI = 0.
  const ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const cr = n <= 2 || ri === 0 ? 0 : ci / ri;
  const issues = judgementIssues(a, weights);
  const isConsistent = cr <= CR_THRESHOLD;
  const details = isConsistent ? [] : issues.slice(0, MAX_FLAGGED);
  return {
    weights,
    lambdaMax,
    ci,
    cr,
    inconsistent: details.map((d) => [d.i, d.j]),
    isConsistent,
    details,
    method,
    iterations,
    ri,
    riTable: table.name,
    riTableId,
    crThreshold: CR_THRESHOLD,
    missing,
  };
}

/** w_i ∝ (Π_j a_ij)^{1/n}, through logarithms (a product of many judgements could overflow). */
export function rowGeometricMean(a: readonly (readonly number[])[]): number[] {
  const logs = a.map((row) => row.reduce((s, v) => s + Math.log(v), 0) / row.length);
  let top = -Infinity;
  for (const l of logs) top = Math.max(top, l);
  const e = logs.map((l) => Math.exp(l - top));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

export function principalEigenvector(
  a: readonly (readonly number[])[],
  field = 'matrix',
): { weights: number[]; iterations: number } {
  const n = a.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let it = 1; it <= EIGEN_MAX_ITERATIONS; it++) {
    const next = multiply(a, w);
    const sum = next.reduce((s, v) => s + v, 0);
    for (let i = 0; i < n; i++) next[i] = next[i]! / sum;
    let delta = 0;
    for (let i = 0; i < n; i++) delta = Math.max(delta, Math.abs(next[i]! - w[i]!));
    w = next;
    if (delta <= EIGEN_TOLERANCE) return { weights: w, iterations: it };
  }
  // A positive matrix always converges (Perron–Frobenius); reaching here means pathological input.
  throw new EngineInputError(
    field,
    `power iteration did not converge in ${EIGEN_MAX_ITERATIONS} iterations`,
  );
}

function lambdaOf(a: readonly (readonly number[])[], w: readonly number[]): number {
  // With Σ w = 1 and A w = λ w, Σ_i (A w)_i = λ.
  return multiply(a, w).reduce((s, v) => s + v, 0);
}

function multiply(a: readonly (readonly number[])[], w: readonly number[]): number[] {
  return a.map((row) => row.reduce((s, v, j) => s + v * w[j]!, 0));
}

function judgementIssues(
  a: readonly (readonly (number | null)[])[],
  w: readonly number[],
): JudgementIssue[] {
  const issues: JudgementIssue[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      const given = a[i]![j];
      if (given === null || given === undefined) continue;
      const implied = w[i]! / w[j]!;
      issues.push({
        i,
        j,
        given,
        implied,
        suggested: snapToSaaty(implied),
        logError: Math.abs(Math.log(given / implied)),
      });
    }
  }
  return issues.sort((x, y) => y.logError - x.logError || x.i - y.i || x.j - y.j);
}
