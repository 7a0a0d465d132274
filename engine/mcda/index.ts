/** Public API of the single-criterion-set MCDA methods (alternatives × criteria). */
export { runMcda, MCDA_METHODS } from './run';
export type { McdaMethod, McdaOptions, McdaRequest, McdaResult } from './run';
export { compareMethods } from './compare';
export type { MethodComparison } from './compare';
export { rankScores, scoreTieTolerance, isFlat, TIE_TOLERANCE, TIE_RULE } from './ranking';
export { normalizeMatrix, NORMALIZATION_FORMULAS } from './normalize';
export { compileValueFunction, evaluateValue } from './value-function';
export type { ValueFunction, CompiledValueFunction } from './value-function';
export { MAX_PROMETHEE_ALTERNATIVES } from './promethee';
export { preferenceDegree } from './promethee';
export type {
  CriterionType,
  Normalization,
  PreferenceFunction,
  PreferenceFunctionName,
  McdaProblem,
} from './types';
export { NORMALIZATIONS } from './types';
