/** Public API of the single-criterion-set MCDA methods (alternatives × criteria). */
export { runMcda, MCDA_METHODS } from './run';
export type { McdaMethod, McdaOptions, McdaRequest, McdaResult } from './run';
export { compareMethods } from './compare';
export type { MethodComparison } from './compare';
export { rankScores, isTie, TIE_TOLERANCE } from './ranking';
export { normalizeMatrix } from './normalize';
export { preferenceDegree } from './promethee';
export type {
  CriterionType,
  Normalization,
  PreferenceFunction,
  PreferenceFunctionName,
  McdaProblem,
} from './types';
