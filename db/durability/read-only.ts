/**
 * A database the app may read but not write: a read-only file (copied from a CD, a locked-down
 * share, permissions changed), or a read-only data folder, where SQLite cannot create the WAL's
 * -shm and -wal files. The planner can still look at the work: the file is opened read-only (in a
 * read-only folder, a private snapshot copy in the temp folder, because a WAL database cannot be
 * opened there at all, wal.html "Read-Only Databases"), and the report says which file, why, and
 * what to do. Nothing is written beside it: no marker, no backup, no recovery.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseAccessError, errorCode, type DatabaseAccessReason } from '../errors';

export type ReadOnlyReason = Exclude<DatabaseAccessReason, 'no-permission'>;

export interface ReadOnlyReport {
  /** The planner's database file (not the snapshot). */
  file: string;
  reason: ReadOnlyReason;
  /** The temporary copy actually open, when the folder did not allow opening the file itself. */
  snapshot: string | null;
}

function can(target: string, mode: number): boolean {
  try {
    fs.accessSync(target, mode);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why `file` cannot be opened for writing, or null when it can. A file that cannot even be read
 * is a DatabaseAccessError at once: there is nothing to show.
 */
export function writeProblem(file: string): ReadOnlyReason | null {
  const dir = path.dirname(file);
  if (fs.existsSync(file) && !can(file, fs.constants.R_OK))
    throw new DatabaseAccessError(file, 'no-permission');
  if (!can(dir, fs.constants.W_OK | fs.constants.X_OK)) return 'read-only-folder';
  for (const f of [file, `${file}-wal`, `${file}-shm`])
    if (fs.existsSync(f) && !can(f, fs.constants.W_OK)) return 'read-only-file';
  return null;
}

/** Errors that mean "the file system would not let SQLite write (or create) this file". */
export function isAccessError(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'SQLITE_PERM' ||
    code === 'SQLITE_AUTH' ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'EROFS'
  );
}

const snapshots = new WeakMap<Database.Database, string>();

/**
 * The database opened read-only. Directly only when its -wal and -shm already exist (a writer with
 * permission may be live, and the shared index keeps us consistent with it); otherwise through a
 * snapshot copy, because SQLite would create the -wal and -shm beside the file with the file's own
 * read-only mode, and those left-overs would keep the database read-only after the user fixed it.
 */
export function openReadOnly(
  file: string,
  reason: ReadOnlyReason,
): { db: Database.Database; readOnly: ReadOnlyReport } {
  if (fs.existsSync(`${file}-wal`) && fs.existsSync(`${file}-shm`)) {
    try {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        // Opening is lazy: the first read is where a WAL that cannot be read shows up.
        db.prepare('SELECT count(*) FROM sqlite_schema').get();
        return { db, readOnly: { file, reason, snapshot: null } };
      } catch (error) {
        db.close();
        if (!isAccessError(error)) throw error;
      }
    } catch (error) {
      if (!isAccessError(error)) throw error;
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-read-only-'));
  const copy = path.join(dir, path.basename(file));
  try {
    fs.copyFileSync(file, copy);
    // A WAL left by an unclean exit holds committed data: the copy must include it.
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    const db = new Database(copy, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    snapshots.set(db, dir);
    return { db, readOnly: { file, reason, snapshot: copy } };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    if (isAccessError(error)) throw new DatabaseAccessError(file, 'no-permission');
    throw error;
  }
}

/** Removes the snapshot copy behind `db`, if it has one (call after closing it). */
export function discardSnapshot(db: Database.Database): void {
  const dir = snapshots.get(db);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  snapshots.delete(db);
}
