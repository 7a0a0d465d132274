/**
 * One large plain SMAA-2 run in a fresh process, so its peak memory is its own:
 * `node --import tsx smaa-large-run.ts SAMPLES THREADS` prints
 * { ms, cpuMs, peakGrowthMB, tablesMB } — the wall and CPU time (the CPU time of this thread
 * stays readable on a machine shared with other work), the growth of the peak resident set over
 * the process's size just before the run, and the size of the n² result tables for comparison.
 */
import fs from 'node:fs';
import { runSmaa } from '../../../engine/robustness';
import { runSmaaThreaded } from '../../../electron/cli/smaa-threads';
import { triangularProblem } from '../smaa-problems';

const samples = Number(process.argv[2] ?? 100_000);
const threads = Number(process.argv[3] ?? 1);
const n = 30;
const problem = triangularProblem(n, 12, samples);
// Warm the JIT on a small run first, as the other figures do.
runSmaa({ ...problem, samples: 2000 });
/**
 * The peak resident set of this process's own memory: Linux's VmHWM, reset just before the run
 * (clear_refs 5). getrusage's maxRSS would not do: across exec it keeps the spawning parent's
 * peak. Elsewhere, the maxRSS is the best there is.
 */
function resetPeak(): void {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // not Linux, or not permitted: peakBytes falls back below
  }
}
function peakBytes(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

const before = process.memoryUsage().rss;
resetPeak();
const t0 = performance.now();
const cpu0 = process.cpuUsage();
if (threads > 1) await runSmaaThreaded(problem, threads);
else runSmaa(problem);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const peak = peakBytes();
const mb = (bytes: number) => Math.round((bytes / 1048576) * 1000) / 1000;
process.stdout.write(
  `${JSON.stringify({
    ms: Math.round(ms * 10) / 10,
    cpuMs: Math.round((cpu.user + cpu.system) / 100) / 10,
    peakGrowthMB: mb(Math.max(0, peak - before)),
    tablesMB: mb(2 * n * n * 8),
  })}\n`,
);
