/**
 * The 10k-sample SMAA figures in a fresh process: `node --import tsx smaa-run.ts` prints one JSON
 * object of medians. The app runs SMAA in a worker of its own, whose JIT has seen nothing else;
 * measured inside the bench process after the import and briefing figures, the same code ran
 * up to twice as slowly on code those had left behind, which no planner's run would meet.
 */
import { runPackageSmaa, runSmaa, exampleSmaaModel } from '../../../engine/robustness';
import { triangularProblem } from '../smaa-problems';

/** Runs before timing: V8 reaches its optimising tier only after a couple of full runs. */
const WARM_UP = 3;
/** Timed runs; the median of many, because a shared 2-core machine lets single runs jump 2×. */
const RUNS = 15;

function medianMs(fn: () => unknown): number {
  for (let r = 0; r < WARM_UP; r++) fn();
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(RUNS / 2)]! * 1000) / 1000;
}

const model = exampleSmaaModel();
// Plain SMAA-2 on the transposed shape (7 alternatives × 8 criteria) with uncertain cells.
const plain7x8 = triangularProblem(7, 8, 10_000);
const figures = {
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
process.stdout.write(`${JSON.stringify(figures)}\n`);
