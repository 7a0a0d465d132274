/** Public API of engine/evidence: what the hosts, the renderer, the CLI and the scripts use. */
export { groupValueInYear, latestGroupValue } from './aggregate';
export type { Aggregation, GroupValue, Series } from './aggregate';
export {
  MIN_REPORTING_PROVINCES,
  compareWithReference,
  indicatorSeries,
  referenceInYear,
  referenceScope,
  scopeForIndicator,
} from './reference';
export type {
  ComparisonChoice,
  MemberRule,
  ReferenceBasis,
  ReferenceScope,
  RegionValueBasis,
  ScopeOptions,
} from './reference';
export { TOTAL_NOT_COMPARED, describeReference, describeRegionValue } from './reference-text';
