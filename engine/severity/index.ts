/** Public API of engine/severity: what the hosts, the renderer, the CLI and the scripts use. */
export { computeSeverity, foldSeverityIntoWeights } from './severity';
export type { SeverityLink } from './severity';
