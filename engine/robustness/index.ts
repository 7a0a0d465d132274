/** Public API of engine/robustness: what the hosts, the renderer, the CLI and the scripts use. */
export { SMAA_BLOCK_SIZE, blockCount, mergeBlocks, runBlock } from './blocks';
export { robustPortfolio } from './portfolio';
export type { CoreClass, RobustPortfolioResult } from './portfolio';
export { aroundExtremePoints, extremePointsFor, uniformExtremePoints } from './portfolio-weights';
/** The weight information a robust portfolio is computed for (fixed, ranges, around a vector …). */
export type { WeightInfo as PortfolioWeightInfo } from './portfolio-weights';
export { matrixSensitivity, packageSensitivity } from './sensitivity';
export {
  compareSensitivity,
  mostSensitiveWeight,
  stayBestRange,
  weightMargin,
} from './critical-weight';
export type { StayBestRange, WeightMargin } from './critical-weight';
export type { MatrixSensitivityResult, PackageSensitivityResult } from './sensitivity';
export { prepareSmaa, runSmaa } from './smaa';
export type { SmaaResult } from './smaa';
export { exampleSmaaModel } from './smaa-example-model';
export { SMAA_TOP, runPackageSmaa, runPackageSmaaAsync } from './smaa-packages';
export type { PackageSmaaResult, PackageSmaaRow } from './smaa-packages';
export type { MainSums } from './smaa-plain-passes';
export type { SmaaProblem } from './smaa-problem';
export { SmaaCancelledError } from './smaa-run';
export type { WeightInfo } from './weight-sampling';
