import type { ValueFunction } from './value-function';

/** Shared shapes of the single-criterion-set MCDA methods (alternatives × criteria, row-major). */

/** 1 = benefit (higher is better), −1 = cost (lower is better). */
export type CriterionType = 1 | -1;

/**
 * "max" is kept for compatibility and means the same as "linear" (cost min/x); pymcdm's
 * max_normalization (cost 1 − x/max) is "max-complement". "none" uses the raw values (WSM,
 * TOPSIS, WPM only).
 */
export type Normalization =
  'vector' | 'minmax' | 'sum' | 'linear' | 'max' | 'max-complement' | 'none';

export const NORMALIZATIONS: readonly Normalization[] = [
  'vector',
  'minmax',
  'sum',
  'linear',
  'max',
  'max-complement',
  'none',
];

export type PreferenceFunctionName =
  'usual' | 'u-shape' | 'v-shape' | 'level' | 'linear' | 'gaussian';

export interface PreferenceFunction {
  function: PreferenceFunctionName;
  /** Indifference threshold (u-shape, level, linear). */
  q?: number;
  /** Strict-preference threshold (v-shape, level, linear). */
  p?: number;
  /** Gaussian inflection point. */
  s?: number;
}

export interface McdaProblem {
  matrix: readonly (readonly number[])[];
  weights: readonly number[];
  types: readonly CriterionType[];
  /** Optional per-criterion value functions (null: the raw column), applied before the method. */
  valueFunctions?: readonly (ValueFunction | null)[];
}

/**
 * A validated problem: weights final (renormalised or as given), every cell finite. Columns with
 * a value function hold the values v(x) and count as benefit criteria from here on.
 */
export interface CheckedProblem {
  matrix: number[][];
  weights: number[];
  types: CriterionType[];
  /** Number of alternatives (rows). */
  m: number;
  /** Number of criteria (columns). */
  n: number;
  weightsNormalized: boolean;
  /** Per criterion: the value function applied (described), null for a raw column. */
  valueFunctions?: (string | null)[];
}

export interface RankedScores {
  scores: number[];
  /** 1-based; ties (within `tieTolerance`) share the better rank. */
  ranking: number[];
  /** True when a lower score is better (VIKOR's Q). */
  lowerIsBetter: boolean;
  tieTolerance: number;
}
