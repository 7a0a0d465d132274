/** Public API of the criterion-weighting methods. */
export { normalizeWeights } from './direct';
export { rocWeights, rocByRank, assertPermutation, readRanking, RANKING_RULE } from './roc';
export { swingWeights } from './swing';
export { aggregateStakeholders } from './stakeholders';
export type { StakeholderSet, StakeholderAggregate, CriterionDisagreement } from './stakeholders';
export { computeAhp, principalEigenvector, rowGeometricMean, AHP_PRIORITIZATIONS } from './ahp';
export type { AhpResult, AhpOptions, AhpPrioritization, JudgementIssue } from './ahp';
export { aggregateJudgements, aggregatePriorities } from './ahp-group';
export type { GroupAggregation, PriorityMean } from './ahp-group';
export { ahpHierarchy, checkHierarchy, groupAhp } from './ahp-hierarchy';
export type {
  AhpHierarchyNode,
  GroupAhpResult,
  GroupHierarchyResult,
  GroupOptions,
  HierarchyChildResult,
  HierarchyNodeResult,
  HierarchyResult,
} from './ahp-hierarchy';
export type { PairwiseInput } from './ahp-matrix';
export { themedAhp, judgedAhp } from './ahp-variants';
export type {
  JudgeInput,
  JudgedResult,
  MatrixConsistency,
  ThemeInput,
  ThemedResult,
} from './ahp-variants';
export {
  RANDOM_INDEX,
  RI_TABLE_NAME,
  ALONSO_LAMATA_RANDOM_INDEX,
  RANDOM_INDEX_TABLES,
  CR_THRESHOLD,
  SAATY_SCALE,
  snapToSaaty,
  formatSaaty,
} from './saaty';
export type { RandomIndexTableId } from './saaty';
export { EIGEN_MAX_ITERATIONS, EIGEN_TOLERANCE } from './ahp';
export { RECIPROCITY_TOLERANCE } from './ahp-matrix';
