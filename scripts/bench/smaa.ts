/**
 * SMAA timings (milliseconds, median of RUNS after one warm-up run so JIT compilation is not
 * counted): 10,000-sample package SMAA on the 7-measure × 8-cause model with triangular impacts
 * (all 127 packages, single-threaded; goal ≤ 25 ms) and plain SMAA-2 on 7 alternatives × 8
 * criteria with triangular cells (goal ≤ 8 ms). The model is the engine's inline example (same
 * shape as the default scenario, which lives in the database).
 */
import { runPackageSmaa, runSmaa, exampleSmaaModel } from '../../engine/robustness';
import { triangularProblem } from './smaa-problems';

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
  const plain7x8 = triangularProblem(7, 8, 10_000);
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
    smaa_plain_10k_7x8: medianMs(() => runSmaa(plain7x8)),
  };
}
