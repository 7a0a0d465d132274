/** Public API of engine/packages: what the hosts, the renderer, the CLI and the scripts use. */
export { branchBoundSearch } from './branch-bound';
export { compileModel, coverageInto, packageValue } from './compile';
export { compileConstraints } from './feasible';
export { ENUMERATION_LIMIT, MAX_TOP, rankPackages } from './rank';
export type { PackagesResult } from './rank';
export { matrixModel } from './test-models';
