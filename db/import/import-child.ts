/**
 * Child process for the memory tests and the benchmark: imports one file (dry run) into a fresh
 * in-memory test database and prints one JSON line with the report's counts, the first errors,
 * the import's wall and CPU time and the process's peak resident set size. A separate process,
 * so the peak belongs to this import alone.
 */
import { performance } from 'node:perf_hooks';
import { importFile } from './run-import';
import { makeTestDb } from './test-db';

const [file = ''] = process.argv.slice(2);
const db = await makeTestDb();
const t = performance.now();
const cpu = process.cpuUsage();
const report = await importFile(db, file, { dryRun: true });
const ms = performance.now() - t;
// CPU time too: on a shared 2-core machine the wall time mostly measures the neighbours.
const used = process.cpuUsage(cpu);
db.close();
process.stdout.write(
  `${JSON.stringify({
    rows: report.rows,
    accepted: report.accepted,
    errors: report.errors.slice(0, 3).map((e) => ({ rule: e.rule, message: e.message })),
    errorCount: report.errors.length,
    ms: Math.round(ms),
    cpuMs: Math.round((used.user + used.system) / 1000),
    // resourceUsage().maxRSS is in kilobytes (getrusage).
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
