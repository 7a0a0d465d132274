/** Public API of engine/stats: what the hosts, the renderer, the CLI and the scripts use. */
export { kendallTauB } from './kendall';
