/**
 * Child process for the SIGKILL test (crash.test.ts): opens the database file given on the
 * command line, prints "ready", commits one import of N observations, then prints "done".
 */
import Database from 'better-sqlite3';
import { commitImport } from './commit';
import type { StagedObservation } from './validate';

const [file = '', nArg = '0'] = process.argv.slice(2);
const n = Number(nArg);
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
const regions = (
  db.prepare("SELECT code FROM regions WHERE kind = 'province' ORDER BY code").all() as Array<{
    code: string;
  }>
).map((r) => r.code);
// Unique region × year keys; a few (2024) already exist, so the import both inserts and updates.
const observations: StagedObservation[] = Array.from({ length: n }, (_, i) => ({
  line: i + 2,
  column: '数值',
  raw: String(i),
  indicator: 'gdp',
  region: regions[i % regions.length] ?? 'CN-LN',
  year: 1900 + Math.floor(i / regions.length),
  value: i + 0.5,
}));
process.stdout.write('ready\n');
commitImport(db, { fileName: 'crash.csv', sha256: '0'.repeat(64), rows: n, observations });
process.stdout.write('done\n');
