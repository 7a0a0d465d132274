/**
 * Child process of the concurrency test: a second program using the planner database the way the
 * CLI does, over and over until the parent closes its stdin — open (migration check, daily backup, marker), read,
 * write a few small transactions, close (WAL checkpoint). Prints one JSON line of counts at the end.
 */
import { closeDatabase, openDatabase } from '../open';
import { writeTransaction } from '../write-transaction';

const file = process.argv[2];
if (!file) throw new Error('usage: contender <database file>  (runs until stdin closes)');
let stop = false;
process.stdin.on('end', () => (stop = true)).resume();
// A parent that died without closing our stdin must not leave us running for ever.
const deadline = Date.now() + 10 * 60_000;
const counts = { opens: 0, reads: 0, writes: 0, failures: 0, firstFailure: '' };

while (!stop && Date.now() < deadline) {
  try {
    const { db } = await openDatabase(file);
    counts.opens += 1;
    for (let i = 0; i < 20 && !stop; i += 1) {
      db.prepare('SELECT count(*) AS n FROM edit_log').get();
      db.prepare('SELECT * FROM scenario_cause_weights').all();
      counts.reads += 1;
      writeTransaction(db, () => {
        db.prepare(
          "INSERT INTO settings (key, value) VALUES ('contender', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        ).run(String(counts.writes));
      });
      counts.writes += 1;
    }
    closeDatabase(db);
  } catch (error) {
    counts.failures += 1;
    counts.firstFailure ||=
      error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  // A macrotask turn, so the stdin 'end' that stops us can be delivered.
  await new Promise((resolve) => setImmediate(resolve));
}
process.stdout.write(`${JSON.stringify(counts)}\n`);
process.exit(0);
