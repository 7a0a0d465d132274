/**
 * How every write to the planner database runs: one IMMEDIATE transaction, so the write lock is
 * taken before the first read. A DEFERRED transaction that reads and then writes cannot wait for
 * the lock (SQLite returns SQLITE_BUSY at once rather than risk a deadlock, lang_transaction.html),
 * which is how edits failed while the CLI had the same file open. BEGIN IMMEDIATE does wait, up
 * to the busy timeout set in db/open.ts; if the lock is still taken after that, nothing has been
 * written, so the whole transaction is tried again once before the planner is told to retry.
 */
import type Database from 'better-sqlite3';
import { DatabaseBusyError, isBusyError } from './errors';

/** Attempts in all, each waiting up to the connection's busy timeout. */
export const WRITE_ATTEMPTS = 2;

export function writeTransaction<T>(db: Database.Database, fn: () => T): T {
  const run = db.transaction(fn);
  // Inside an outer transaction this is a savepoint: the outer one already holds the lock.
  if (db.inTransaction) return run.immediate();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return run.immediate();
    } catch (error) {
      if (!isBusyError(error)) throw error;
      if (attempt >= WRITE_ATTEMPTS) throw new DatabaseBusyError();
    }
  }
}
