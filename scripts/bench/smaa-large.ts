/**
 * The large plain SMAA-2 figures: 30 alternatives × 12 criteria × 100,000 samples with
 * triangular cells, in one thread and over the machine's cores (the same result either way),
 * each in a fresh process so its peak memory can be read. The memory figure is the growth of
 * the peak resident set during the run; it must stay near the n² result tables (rank
 * acceptabilities and pairwise winning indices), not grow with samples × n × m.
 */
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const child = path.join(import.meta.dirname, 'children', 'smaa-large-run.ts');

export interface LargeRun {
  ms: number;
  cpuMs: number;
  peakGrowthMB: number;
  tablesMB: number;
}

export async function largeRun(samples: number, threads: number): Promise<LargeRun> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', child, String(samples), String(threads)],
    {
      cwd: path.join(import.meta.dirname, '..', '..'),
    },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as LargeRun;
}

export async function bench(): Promise<Record<string, number>> {
  const threads = Math.max(2, os.availableParallelism());
  const single = await largeRun(100_000, 1);
  const parallel = await largeRun(100_000, threads);
  return {
    smaa_plain_100k_30x12: single.ms,
    smaa_plain_100k_30x12_cpu: single.cpuMs,
    smaa_plain_100k_30x12_peakMB: single.peakGrowthMB,
    smaa_plain_100k_30x12_tablesMB: single.tablesMB,
    smaa_plain_100k_30x12_threads: parallel.ms,
    smaa_plain_100k_30x12_threadsCount: threads,
    smaa_plain_100k_30x12_threads_peakMB: parallel.peakGrowthMB,
  };
}
