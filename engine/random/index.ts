/** Public API of engine/random: what the hosts, the renderer, the CLI and the scripts use. */
export { Rng } from './prng';
