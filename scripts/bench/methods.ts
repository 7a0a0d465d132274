/**
 * Timing of the single-criterion-set methods on the product's own shape: 7 measures × 8 causes
 * (the paper's seven measures and eight causes). Figures are milliseconds per full run (validation + method + ranking), median of
 * many runs after a warm-up, so JIT compilation and GC spikes do not dominate.
 */
import { runMcda, MCDA_METHODS } from '../../engine/mcda';
import { computeAhp, rocWeights } from '../../engine/weights';

const RUNS = 2000;
const WARMUP = 200;

/** A fixed 7×8 matrix (deterministic LCG), values in 0.1..1 so WPM's positivity holds. */
function matrix7x8(): number[][] {
  let seed = 20240611;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 0.1 + 0.9 * (seed / 2147483648);
  };
  return Array.from({ length: 7 }, () => Array.from({ length: 8 }, next));
}

/** An 8×8 reciprocal AHP matrix on the Saaty scale, mildly inconsistent. */
function ahp8(): number[][] {
  const scale = [1, 2, 3, 1 / 2, 5, 1 / 3, 4, 1 / 4];
  return Array.from({ length: 8 }, (_, i) =>
    Array.from({ length: 8 }, (_, j) => {
      if (i === j) return 1;
      const v = scale[(i * 3 + j * 5) % scale.length]!;
      return i < j ? v : 1 / scale[(j * 3 + i * 5) % scale.length]!;
    }),
  );
}

function medianMs(fn: () => unknown): number {
  for (let k = 0; k < WARMUP; k++) fn();
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function bench(): Promise<Record<string, number>> {
  const matrix = matrix7x8();
  const weights = [0.2, 0.15, 0.15, 0.1, 0.1, 0.1, 0.1, 0.1];
  const types = [1, 1, 1, 1, -1, 1, 1, -1] as (1 | -1)[];
  const figures: Record<string, number> = {};
  for (const method of MCDA_METHODS) {
    figures[`mcda_${method}_7x8`] = medianMs(() => runMcda({ method, matrix, weights, types }));
  }
  const a = ahp8();
  figures.ahp_eigenvector_8 = medianMs(() => computeAhp(a));
  const incomplete = a.map((row, i) => row.map((v, j) => (Math.abs(i - j) === 3 ? null : v)));
  figures.ahp_llsm_8 = medianMs(() => computeAhp(incomplete));
  figures.weights_roc_8 = medianMs(() => rocWeights([3, 0, 1, 2, 7, 4, 5, 6]));
  return figures;
}
