/**
 * SMAA timings (milliseconds, median of 15 runs after 3 warm-up runs, in a fresh process; see
 * children/smaa-run.ts): 10,000-sample package SMAA on the 7-measure × 8-cause model with
 * triangular impacts (all 127 packages, single-threaded; goal ≤ 25 ms) and plain SMAA-2 on 7
 * alternatives × 8 criteria with triangular cells (goal ≤ 8 ms). The model is the engine's inline
 * example (same shape as the default scenario, which lives in the database).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const child = path.join(import.meta.dirname, 'children', 'smaa-run.ts');

export async function bench(): Promise<Record<string, number>> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child], {
    cwd: path.join(import.meta.dirname, '..', '..'),
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, number>;
}
