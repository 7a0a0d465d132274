import fs from 'node:fs';
import Database from 'better-sqlite3';
import { backupDirOf } from './data-dir';
import { DatabaseAccessError, DatabaseFromNewerVersionError } from './errors';
import { migrate, userVersion, type MigrateReport } from './migrate';
import { LATEST_VERSION } from './migrations/index';
import { seedDatabase, type SeedReport } from './seed/seed';
import { recoverIfNeeded, takeDailyBackupIfDue, type RecoveryReport } from './durability/backups';
import {
  discardSnapshot,
  isAccessError,
  openReadOnly,
  writeProblem,
  type ReadOnlyReport,
} from './durability/read-only';

export { databasePath, resolveDataDir } from './data-dir';

export interface OpenOptions {
  /** Where pre-migration backups go; default `<folder of file>/backups`. */
  backupDir?: string;
  /** Skip the default dataset on a brand-new database (importer and migration tests). */
  skipSeed?: boolean;
  /**
   * When the file or its folder cannot be written, open it read-only (report.readOnly says why)
   * instead of failing. The hosts pass true: the planner can still look at the work.
   */
  allowReadOnly?: boolean;
  /** Injected clock for backup and damaged-file names (tests). */
  now?: () => Date;
}

export interface OpenReport {
  file: string;
  /** The file did not exist (or had no schema) before this open. */
  created: boolean;
  /** The previous session did not call closeDatabase (crash, kill, power loss). */
  uncleanExit: boolean;
  /** 'ok', the problems PRAGMA quick_check listed, or null when it was not needed. */
  quickCheck: 'ok' | string[] | null;
  migration: MigrateReport;
  seed: SeedReport | null;
  pragmas: { journalMode: string; synchronous: number; foreignKeys: number; fullfsync: number };
  /**
   * Set when the file was damaged, empty or missing (with backups or markers showing there had
   * been data) and was set aside and replaced by the newest good backup: tell the user.
   */
  recovery: RecoveryReport | null;
  /** Set when the database could only be opened read-only: which file, and why. */
  readOnly: ReadOnlyReport | null;
  /** The daily backup taken by this open, if one was due. */
  dailyBackup: string | null;
}

const IN_MEMORY = ':memory:';

/** A file beside the database that exists exactly while a session has it open. */
function markerPath(file: string): string {
  return `${file}.open`;
}

function applyPragmas(db: Database.Database, writable: boolean): void {
  if (writable) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  // Another program (the CLI, a second window) may hold the write lock for a moment: wait for it.
  db.pragma('busy_timeout = 5000');
  if (process.platform === 'darwin') {
    // Plain fsync on macOS does not flush the drive cache (pragma.html#pragma_fullfsync).
    db.pragma('fullfsync = ON');
    db.pragma('checkpoint_fullfsync = ON');
  }
}

function pragmasOf(db: Database.Database): OpenReport['pragmas'] {
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: Number(db.pragma('synchronous', { simple: true })),
    foreignKeys: Number(db.pragma('foreign_keys', { simple: true })),
    fullfsync: Number(db.pragma('fullfsync', { simple: true })),
  };
}

/**
 * Opens (creating if needed) the planner database with the durability settings of
 * docs/architecture.md, checks it after an unclean exit, migrates and, when new, seeds it. A
 * damaged, empty or missing file with backups beside it is recovered first (recoverIfNeeded); a
 * file that cannot be written is opened read-only when `allowReadOnly`, else refused with a
 * DatabaseAccessError naming the file, the reason and the fix.
 */
export async function openDatabase(
  file: string,
  opts: OpenOptions = {},
): Promise<{ db: Database.Database; report: OpenReport }> {
  const inMemory = file === IN_MEMORY;
  const hasData = (): boolean => !inMemory && fs.existsSync(file) && fs.statSync(file).size > 0;
  if (!inMemory) {
    const problem = writeProblem(file);
    if (problem) return openWithoutWriting(file, problem, hasData(), opts);
  }
  try {
    return await openWritable(file, inMemory, opts);
  } catch (error) {
    // access() can say yes where the file system still says no (ACLs, network shares).
    if (inMemory || !isAccessError(error)) throw error;
    return openWithoutWriting(file, 'read-only-folder', hasData(), opts);
  }
}

function openWithoutWriting(
  file: string,
  reason: ReadOnlyReport['reason'],
  hasData: boolean,
  opts: OpenOptions,
): { db: Database.Database; report: OpenReport } {
  // Nothing to show, or the caller needs to write: refuse, saying which file and what to do.
  if (!hasData || !opts.allowReadOnly) throw new DatabaseAccessError(file, reason);
  const { db, readOnly } = openReadOnly(file, reason);
  try {
    applyPragmas(db, false);
    const version = userVersion(db);
    if (version > LATEST_VERSION) throw new DatabaseFromNewerVersionError(version, LATEST_VERSION);
    // An older schema would need a migration, which is a write.
    if (version < LATEST_VERSION) throw new DatabaseAccessError(file, reason);
    return {
      db,
      report: {
        file,
        created: false,
        uncleanExit: false,
        quickCheck: null,
        migration: { from: version, to: version, applied: [], backupPath: null },
        seed: null,
        recovery: null,
        readOnly,
        dailyBackup: null,
        pragmas: pragmasOf(db),
      },
    };
  } catch (error) {
    db.close();
    discardSnapshot(db);
    throw error;
  }
}

async function openWritable(
  file: string,
  inMemory: boolean,
  opts: OpenOptions,
): Promise<{ db: Database.Database; report: OpenReport }> {
  const backupDir = opts.backupDir ?? backupDirOf(file);
  const now = opts.now ?? (() => new Date());
  const sessionMarker = !inMemory && fs.existsSync(markerPath(file));
  const hadWal = !inMemory && fs.existsSync(`${file}-wal`);
  // A damaged, empty or lost file is set aside and the newest good backup restored BEFORE anything
  // writes to it; a missing or empty file with backups beside it is a loss, not a first start.
  const recovery = inMemory ? null : recoverIfNeeded(file, backupDir, now(), { sessionMarker });
  const existed = !inMemory && fs.existsSync(file) && fs.statSync(file).size > 0;
  // Either sign means the last session ended without closeDatabase(): a clean close of the last
  // connection checkpoints and deletes the -wal file, and closeDatabase removes the marker.
  const uncleanExit = existed && recovery === null && (sessionMarker || hadWal);

  const db = new Database(file);
  try {
    applyPragmas(db, true);

    let quickCheck: OpenReport['quickCheck'] = null;
    if (uncleanExit) {
      const rows = db.pragma('quick_check') as { quick_check: string }[];
      const problems = rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
      quickCheck = problems.length === 0 ? 'ok' : problems;
    }

    const created = userVersion(db) === 0 && !hasTables(db);
    const migration = await migrate(db, inMemory ? {} : { backupDir });
    // Decided by content, not by `created`: if a first run crashed before the seed committed, the
    // schema exists but the dataset does not, and the next open must still seed it.
    const seed = !opts.skipSeed && needsSeed(db) ? seedDatabase(db) : null;

    // Only a database that already held the planner's data is worth a daily copy.
    const dailyBackup =
      existed && !inMemory ? await takeDailyBackupIfDue(db, backupDir, now()) : null;
    if (!inMemory) fs.writeFileSync(markerPath(file), `${process.pid}\n`);
    const report: OpenReport = {
      file,
      created,
      uncleanExit,
      quickCheck,
      migration,
      seed,
      recovery,
      readOnly: null,
      dailyBackup,
      pragmas: pragmasOf(db),
    };
    return { db, report };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Closes the database and records a clean exit (the next open then skips quick_check). */
export function closeDatabase(db: Database.Database): void {
  const file = db.name;
  const wasOpen = db.open;
  if (wasOpen && !db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
  if (wasOpen) db.close();
  if (db.readonly) discardSnapshot(db);
  else if (file !== IN_MEMORY) fs.rmSync(markerPath(file), { force: true });
}

function needsSeed(db: Database.Database): boolean {
  const seeded = db.prepare("SELECT 1 FROM settings WHERE key = 'seed_version'").get();
  const regions = db.prepare('SELECT count(*) AS n FROM regions').get() as { n: number };
  return !seeded && regions.n === 0;
}

function hasTables(db: Database.Database): boolean {
  const row = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
    n: number;
  };
  return row.n > 0;
}
