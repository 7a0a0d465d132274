/**
 * Daily backups and restore-on-corruption (RELIABILITY.md §C). Backups use SQLite's online
 * backup API, never a file copy of a live database (howtocorrupt.html: copying an open DB or
 * losing its -wal is a corruption path), and appear under their final name only when complete.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export const DAILY_KEEP = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
const DAILY_RE = /^planner-daily-(\d{8}T\d{6}Z)\.sqlite3$/;
/** Pre-migration backups (db/migrate.ts) are valid restore points too. */
const ANY_BACKUP_RE = /^planner-(daily|before-v\d+)-(\d{8}T\d{6}Z)\.sqlite3$/;

export interface RecoveryReport {
  /** What quick_check (or opening) said about the damaged file. */
  problems: string[];
  /** Where the damaged file was moved; kept so nothing is thrown away. */
  damagedPath: string;
  /** The backup now in place, or null when none passed integrity_check (a fresh database follows). */
  restoredFrom: string | null;
}

export function stampOf(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

function parseStamp(stamp: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (!m) return 0;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
}

export function fsyncPath(p: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function listBackups(dir: string, re: RegExp): { file: string; at: number }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((f) => {
      const m = re.exec(f);
      const stamp = m?.[m.length - 1];
      return stamp ? [{ file: path.join(dir, f), at: parseStamp(stamp) }] : [];
    })
    .sort((a, b) => b.at - a.at);
}

/**
 * Takes a daily backup when the newest is older than a day (or none exists) and keeps the
 * newest `keep`. Returns the new backup's path, or null when none was due.
 */
export async function takeDailyBackupIfDue(
  db: Database.Database,
  dir: string,
  now: Date = new Date(),
  keep = DAILY_KEEP,
): Promise<string | null> {
  const newest = listBackups(dir, DAILY_RE)[0];
  if (newest && now.getTime() - newest.at < DAY_MS) return null;
  fs.mkdirSync(dir, { recursive: true });
  const finalPath = path.join(dir, `planner-daily-${stampOf(now)}.sqlite3`);
  const tmp = `${finalPath}.tmp`;
  await db.backup(tmp);
  fsyncPath(tmp);
  fs.renameSync(tmp, finalPath);
  fsyncPath(dir);
  for (const old of listBackups(dir, DAILY_RE).slice(keep)) fs.rmSync(old.file, { force: true });
  return finalPath;
}

/** quick_check of a file on its own connection; a file too damaged to open counts as failed. */
export function checkFile(file: string, pragma: 'quick_check' | 'integrity_check'): string[] {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const rows = db.pragma(pragma) as Record<string, string>[];
    return rows.map((r) => String(Object.values(r)[0])).filter((m) => m !== 'ok');
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    db?.close();
  }
}

/**
 * Checks `file` before the app opens it. If it is damaged: moves it (and its -wal/-shm) aside
 * as `<file>.damaged-<stamp>`, puts the newest backup that passes integrity_check in its place,
 * and says what happened so the UI and the log can tell the planner. Returns null when healthy.
 */
export function recoverIfDamaged(
  file: string,
  backupDir: string,
  now: Date = new Date(),
): RecoveryReport | null {
  const problems = checkFile(file, 'quick_check');
  if (problems.length === 0) return null;
  const damagedPath = `${file}.damaged-${stampOf(now)}`;
  fs.renameSync(file, damagedPath);
  for (const suffix of ['-wal', '-shm']) {
    // The WAL belongs to the damaged file; replaying it onto a restored backup would corrupt that too.
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, damagedPath + suffix);
  }
  const good = listBackups(backupDir, ANY_BACKUP_RE).find(
    (b) => checkFile(b.file, 'integrity_check').length === 0,
  );
  if (good) {
    const tmp = `${file}.restore.tmp`;
    fs.copyFileSync(good.file, tmp); // a closed backup file, so a plain copy is safe here
    fsyncPath(tmp);
    fs.renameSync(tmp, file);
    fsyncPath(path.dirname(file));
  }
  return { problems: problems.slice(0, 20), damagedPath, restoredFrom: good?.file ?? null };
}
