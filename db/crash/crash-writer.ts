/**
 * Child process of the crash test: opens the database like a host does and commits weight
 * edits in a loop, printing "ack N" only after edit N has committed. The parent SIGKILLs it
 * at a random moment; nothing here ever calls closeDatabase.
 */
import { openDatabase } from '../open';
import { setCauseWeight } from '../repositories/scenarios.repo';

const file = process.argv[2];
if (!file) throw new Error('usage: crash-writer <database file>');
const { db } = await openDatabase(file);
process.stdout.write('ready\n');
for (let n = 1; ; n += 1) {
  setCauseWeight(db, 1, 'C1', n);
  process.stdout.write(`ack ${n}\n`);
  // Yield so the parent's kill can land between, as well as during, commits.
  if (n % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
}
