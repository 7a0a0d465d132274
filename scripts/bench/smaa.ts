/**
 * SMAA timings (milliseconds, median of RUNS after one warm-up run so JIT compilation is not
 * counted). Target (issue brief): 10,000-sample package SMAA on the 7-measure × 8-cause model
 * with triangular impacts, all 127 packages, single-threaded, under 100 ms. The model is the
 * engine's inline example (same shape as the default scenario, which lives in the database).
 */
import { runPackageSmaa } from '../../engine/robustness/smaa-packages';
import { runSmaa } from '../../engine/robustness/smaa';
import { exampleSmaaModel } from '../../engine/robustness/smaa-example-model';

const RUNS = 5;

function medianMs(fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(RUNS / 2)]! * 1000) / 1000;
}

export async function bench(): Promise<Record<string, number>> {
  const model = exampleSmaaModel();
  // Plain SMAA-2 on the transposed shape (7 alternatives × 8 criteria) with uncertain cells.
  const performance7x8 = Array.from({ length: 7 }, (_, i) =>
    Array.from({ length: 8 }, (_, j) => ({
      dist: 'triangular' as const,
      min: (i + j) % 5,
      mode: ((i + j) % 5) + 0.5,
      max: ((i + j) % 5) + 1,
    })),
  );
  return {
    smaa_packages_10k_7x8: medianMs(() => runPackageSmaa({ model, samples: 10_000, seed: 1 })),
    smaa_packages_10k_7x8_ordinal: medianMs(() =>
      runPackageSmaa({
        model,
        samples: 10_000,
        seed: 1,
        weightInfo: { type: 'ordinal', ranking: [0, 1, 2, 3, 4, 5, 6, 7] },
      }),
    ),
    smaa_plain_10k_7x8: medianMs(() =>
      runSmaa({ performance: performance7x8, types: Array(8).fill(1), samples: 10_000, seed: 1 }),
    ),
  };
}
