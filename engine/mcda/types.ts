/** Shared shapes of the single-criterion-set MCDA methods (alternatives × criteria, row-major). */

/** 1 = benefit (higher is better), −1 = cost (lower is better). */
export type CriterionType = 1 | -1;

export type Normalization = 'vector' | 'minmax' | 'sum' | 'max';

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
}

/** A validated problem: weights final (renormalised or as given), every cell finite. */
export interface CheckedProblem {
  matrix: number[][];
  weights: number[];
  types: CriterionType[];
  /** Number of alternatives (rows). */
  m: number;
  /** Number of criteria (columns). */
  n: number;
  weightsNormalized: boolean;
}

export interface RankedScores {
  scores: number[];
  /** 1-based; ties (within `tieTolerance`) share the better rank. */
  ranking: number[];
  /** True when a lower score is better (VIKOR's Q). */
  lowerIsBetter: boolean;
  tieTolerance: number;
}
