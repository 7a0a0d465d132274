/** Public API of the criterion-weighting methods. */
export { normalizeWeights } from './direct';
export { rocWeights, rocByRank, assertPermutation, readRanking } from './roc';
export { swingWeights } from './swing';
export { aggregateStakeholders } from './stakeholders';
export type { StakeholderSet, StakeholderAggregate, CriterionDisagreement } from './stakeholders';
export { computeAhp, principalEigenvector } from './ahp';
export type { AhpResult, JudgementIssue } from './ahp';
export { aggregateJudgements } from './ahp-group';
export type { PairwiseInput } from './ahp-matrix';
export {
  RANDOM_INDEX,
  RI_TABLE_NAME,
  CR_THRESHOLD,
  SAATY_SCALE,
  snapToSaaty,
  formatSaaty,
} from './saaty';
