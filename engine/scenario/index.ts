/** Public API of engine/scenario: what the hosts, the renderer, the CLI and the scripts use. */
export { defaultInputsOf } from './default-inputs';
export { allPackagesTop, scenarioToDecisionModel, weightShares } from './scenario-model';
export { describeBasis, weightBasis } from './weight-basis';
export type { UncertaintyType, WeightBasis } from './weight-basis';
