/**
 * Child process of the durability crash test. It does the app's real writes through the
 * project's db layer (openDatabase with its migration and backups, scenario edits through the
 * repositories, CSV imports through db/import) and prints an acknowledgement only after each
 * commit returned. The parent SIGKILLs it at random moments; nothing here closes the database.
 *
 * Each "batch" sets causes C1 and C2 to the same value in one transaction, so a half-applied
 * batch is visible as C1 ≠ C2. NEG=1 removes that transaction: the negative control that
 * proves the parent's checks can fail.
 *
 * PAUSE_AT=k makes the k-th batch of this run stop between its two writes, print `mid k` and
 * block until the parent's SIGKILL arrives. A random kill lands in that gap only a few times in
 * a hundred (imports take most of the time), so without this the negative control could pass
 * 40 trials by luck; with it, the kill is known to fall inside the batch, with or without the
 * transaction around it.
 */
import { importBytes } from '../import/run-import';
import { openDatabase } from '../open';
import { getScenario } from '../repositories/scenario/read';
import { setCauseWeight } from '../repositories/scenario/write';

export const IMPORT_BASE = 30_000;
export const IMPORT_YEAR = 2000;
export const IMPORT_REGIONS = ['辽宁', '吉林', '黑龙江'] as const;

const file = process.argv[2];
if (!file) throw new Error('usage: crash-writer <database file>');
const neg = process.env.NEG === '1';
const pauseAt = Number(process.env.PAUSE_AT ?? 0);
let batchesThisRun = 0;

/** Blocks the thread (no event loop, no timers) so the SIGKILL lands exactly here. */
function waitForKill(label: string): void {
  process.stdout.write(`${label}\n`); // a pipe write is synchronous on Linux
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
  throw new Error('crash writer was not killed while paused inside a batch');
}

process.stdout.write('opening\n');
const { db } = await openDatabase(file);
process.stdout.write('ready\n');
// Migration trials only open (backup + migration) and then wait to be killed, so the parent
// can compare every row with the fixture.
if (process.env.MODE === 'open-only') setInterval(() => undefined, 1000);

const weightOf = (id: string): number =>
  getScenario(db, 1).causes.find((c) => c.id === id)?.weight ?? 0;
let n = Math.max(Math.round(weightOf('C1')), Math.round(weightOf('C2')));

const batch = (value: number): void => {
  setCauseWeight(db, 1, 'C1', value);
  batchesThisRun += 1;
  if (batchesThisRun === pauseAt) waitForKill(`mid ${value}`);
  setCauseWeight(db, 1, 'C2', value);
};
const atomicBatch = db.transaction(batch);

while (process.env.MODE !== 'open-only') {
  n += 1;
  if (neg) batch(n);
  else atomicBatch.immediate(n);
  process.stdout.write(`w ${n}\n`);
  if (n % 10 === 0) {
    const lines = IMPORT_REGIONS.map((r) => `${r},gdp,${IMPORT_YEAR},${IMPORT_BASE + n},亿元`);
    const csv = Buffer.from(['地区,指标,年份,数值,单位', ...lines].join('\n'));
    const report = await importBytes(db, csv, `crash-${n}.csv`);
    if (!report.committed) throw new Error(`import refused: ${JSON.stringify(report.errors)}`);
    process.stdout.write(`i ${n}\n`);
  }
  // Yield now and then so the kill can land between commits as well as during them.
  if (n % 5 === 0) await new Promise((resolve) => setImmediate(resolve));
}
