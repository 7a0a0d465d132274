/** Public API of engine/verdict: what the hosts, the renderer, the CLI and the scripts use. */
export { packageNamer } from './package-names';
export { CORE_INDEX_MEANING, CORE_SHARE_MEANING, packageVerdict } from './package-verdict';
export type { PackageVerdict, RobustnessLevel, VerdictSmaa } from './package-verdict';
export { LEVEL_RULE, verdictText } from './verdict-text';
export type { VerdictText } from './verdict-text';
