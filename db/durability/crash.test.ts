/**
 * SIGKILL crash test over the app's real write paths. TRIALS sets the count: 30 by default,
 * 200 in CI (.ci/run) and in `npm run check:security`. The negative control (NEG writer, batch transaction
 * removed) must FAIL, which proves these checks can detect a half-applied write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCrashTrials } from './crash-harness';

const TRIALS = Number(process.env.TRIALS ?? 30);

/** scripts/check-security.ts reads the measured figures from here. */
function writeFigures(name: string, value: unknown): void {
  const dir = process.env.TRP_FIGURES_DIR;
  if (dir) fs.writeFileSync(path.join(dir, name), JSON.stringify(value));
}

describe('durability under SIGKILL', () => {
  it(
    `loses no acknowledged commit and applies nothing by halves (${TRIALS} trials)`,
    async () => {
      const r = await runCrashTrials({ trials: TRIALS, seed: 7 });
      writeFigures('crash.json', r);
      expect(r.failures).toEqual([]);
      expect(r.trials).toBe(TRIALS);
      expect(r.ackedCommitsChecked).toBeGreaterThan(TRIALS);
      if (TRIALS >= 6) expect(r.migrateTrials).toBeGreaterThan(0);
      if (TRIALS >= 20) expect(r.midBatchKills).toBeGreaterThan(0);
      // About 0.5 s per trial on a busy 2-core machine (start-up, kill delay, the checks).
    },
    Math.max(600_000, TRIALS * 15_000),
  );

  it('negative control: without the transaction the same checks find half-applied batches', async () => {
    const r = await runCrashTrials({ trials: 40, seed: 2024, neg: true, stopAtFirstFailure: true });
    writeFigures('crash-negative.json', r);
    expect(r.midBatchKills).toBeGreaterThan(0);
    expect(r.failedTrials).toBeGreaterThan(0);
    expect(r.failures.join('\n')).toMatch(/half-applied batch/);
  }, 600_000);
});
