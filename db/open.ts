import fs from 'node:fs';
import Database from 'better-sqlite3';
import { backupDirOf } from './data-dir';
import { migrate, userVersion, type MigrateReport } from './migrate';
import { seedDatabase, type SeedReport } from './seed/seed';
import { recoverIfDamaged, takeDailyBackupIfDue, type RecoveryReport } from './durability/backups';

export { databasePath, resolveDataDir } from './data-dir';

export interface OpenOptions {
  /** Where pre-migration backups go; default `<folder of file>/backups`. */
  backupDir?: string;
  /** Skip the default dataset on a brand-new database (importer and migration tests). */
  skipSeed?: boolean;
  readonly?: boolean;
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
  /** Set when the file failed quick_check and was replaced by the newest good backup: tell the user. */
  recovery: RecoveryReport | null;
  /** The daily backup taken by this open, if one was due. */
  dailyBackup: string | null;
}

const IN_MEMORY = ':memory:';

/** A file beside the database that exists exactly while a session has it open. */
function markerPath(file: string): string {
  return `${file}.open`;
}

/**
 * Opens (creating if needed) the planner database with the durability settings of
 * RELIABILITY.md §C, checks it after an unclean exit, migrates and, when new, seeds it.
 */
export async function openDatabase(
  file: string,
  opts: OpenOptions = {},
): Promise<{ db: Database.Database; report: OpenReport }> {
  const inMemory = file === IN_MEMORY;
  const existed = !inMemory && fs.existsSync(file) && fs.statSync(file).size > 0;
  // Either sign means the last session ended without closeDatabase(): a clean close of the last
  // connection checkpoints and deletes the -wal file, and closeDatabase removes the marker.
  const uncleanExit =
    !inMemory && existed && (fs.existsSync(markerPath(file)) || fs.existsSync(`${file}-wal`));

  const backupDir = opts.backupDir ?? backupDirOf(file);
  const now = opts.now ?? (() => new Date());
  // A damaged file is set aside and the newest good backup restored BEFORE anything writes to it.
  const recovery = existed && !opts.readonly ? recoverIfDamaged(file, backupDir, now()) : null;

  const db = new Database(file, { readonly: opts.readonly ?? false });
  try {
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (process.platform === 'darwin') {
      // Plain fsync on macOS does not flush the drive cache (pragma.html#pragma_fullfsync).
      db.pragma('fullfsync = ON');
      db.pragma('checkpoint_fullfsync = ON');
    }

    let quickCheck: OpenReport['quickCheck'] = null;
    if (uncleanExit) {
      const rows = db.pragma('quick_check') as { quick_check: string }[];
      const problems = rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
      quickCheck = problems.length === 0 ? 'ok' : problems;
    }

    const created = userVersion(db) === 0 && !hasTables(db);
    const migration = opts.readonly
      ? { from: userVersion(db), to: userVersion(db), applied: [], backupPath: null }
      : await migrate(db, inMemory ? {} : { backupDir });
    // Decided by content, not by `created`: if a first run crashed before the seed committed, the
    // schema exists but the dataset does not, and the next open must still seed it.
    const seed = !opts.skipSeed && !opts.readonly && needsSeed(db) ? seedDatabase(db) : null;

    // Only a database that already held the planner's data is worth a daily copy.
    const dailyBackup =
      existed && !opts.readonly && !inMemory
        ? await takeDailyBackupIfDue(db, backupDir, now())
        : null;
    if (!inMemory && !opts.readonly) fs.writeFileSync(markerPath(file), `${process.pid}\n`);
    const report: OpenReport = {
      file,
      created,
      uncleanExit,
      quickCheck,
      migration,
      seed,
      recovery,
      dailyBackup,
      pragmas: {
        journalMode: String(db.pragma('journal_mode', { simple: true })),
        synchronous: Number(db.pragma('synchronous', { simple: true })),
        foreignKeys: Number(db.pragma('foreign_keys', { simple: true })),
        fullfsync: Number(db.pragma('fullfsync', { simple: true })),
      },
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
  if (file !== IN_MEMORY && !db.readonly) fs.rmSync(markerPath(file), { force: true });
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
