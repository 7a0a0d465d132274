/**
 * Daily backups and restore-on-loss (docs/security.md, "Recovery"). Backups use SQLite's online
 * backup API, never a file copy of a live database (howtocorrupt.html: copying an open DB or
 * losing its -wal is a corruption path), and appear under their final name only when complete.
 */
import { bilingual } from '../../contract/bilingual';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export const DAILY_KEEP = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
const DAILY_RE = /^planner-daily-(\d{8}T\d{6}Z)\.sqlite3$/;
/** Pre-migration backups (db/migrate.ts) are valid restore points too. */
const ANY_BACKUP_RE = /^planner-(daily|before-v\d+)-(\d{8}T\d{6}Z)\.sqlite3$/;

/** What was wrong with the database file when the app came to open it. */
export type RecoveryKind = 'damaged' | 'empty' | 'missing';

export interface RecoveryReport {
  /** damaged: failed quick_check; empty: 0 bytes; missing: gone, though there had been data. */
  kind: RecoveryKind;
  /** What quick_check (or opening) said about the file, or why a missing/empty file counts. */
  problems: string[];
  /** Where the damaged or empty file was moved, so nothing is thrown away; null when it was missing. */
  damagedPath: string | null;
  /** The backup now in place, or null when none passed integrity_check (a fresh database follows). */
  restoredFrom: string | null;
  /** When that backup was taken (ISO 8601, from its name): how old the restored copy is. */
  backupTakenAt: string | null;
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

/** Moves `file` and its -wal/-shm aside under `<file>.<label>-<stamp>`; null when there is no file. */
function setAside(file: string, label: string, now: Date): string | null {
  const aside = `${file}.${label}-${stampOf(now)}`;
  if (fs.existsSync(file)) fs.renameSync(file, aside);
  for (const suffix of ['-wal', '-shm']) {
    // The WAL belongs to the set-aside file; replaying it onto a restored backup would corrupt that too.
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
  }
  if (fs.existsSync(aside)) return aside;
  // A missing file whose write-ahead log was left: the log is what there is to keep.
  return fs.existsSync(`${aside}-wal`) ? `${aside}-wal` : null;
}

/** Puts the newest backup that passes integrity_check in place of `file`; null when none does. */
function restoreNewestGood(
  file: string,
  backupDir: string,
): { path: string; takenAt: string } | null {
  const good = listBackups(backupDir, ANY_BACKUP_RE).find(
    (b) => checkFile(b.file, 'integrity_check').length === 0,
  );
  if (!good) return null;
  const tmp = `${file}.restore.tmp`;
  fs.copyFileSync(good.file, tmp); // a closed backup file, so a plain copy is safe here
  fsyncPath(tmp);
  fs.renameSync(tmp, file);
  fsyncPath(path.dirname(file));
  return { path: good.file, takenAt: new Date(good.at).toISOString() };
}

function recover(
  kind: RecoveryKind,
  problems: string[],
  file: string,
  backupDir: string,
  now: Date,
): RecoveryReport {
  const damagedPath = setAside(file, kind === 'damaged' ? 'damaged' : 'empty', now);
  const restored = restoreNewestGood(file, backupDir);
  return {
    kind,
    problems: problems.slice(0, 20),
    damagedPath,
    restoredFrom: restored?.path ?? null,
    backupTakenAt: restored?.takenAt ?? null,
  };
}

/** Signs that a database with the planner's data was here before (beyond the file itself). */
export interface PriorDataSigns {
  /** The open-session marker of a session that never closed (db/open.ts). */
  sessionMarker: boolean;
}

/** Why a missing or empty file is a loss rather than a first start; empty when it is a first start. */
function signsOfPriorData(file: string, backupDir: string, signs: PriorDataSigns): string[] {
  const out: string[] = [];
  const backups = listBackups(backupDir, ANY_BACKUP_RE);
  if (backups.length > 0)
    out.push(bilingual(`${backups.length} 份备份`, `${backups.length} backup(s) in ${backupDir}`));
  if (signs.sessionMarker)
    out.push(bilingual('上次会话未正常关闭', 'the last session did not close'));
  const wal = `${file}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0)
    out.push(bilingual('存在未合并的日志文件', 'a write-ahead log (-wal) is left'));
  return out;
}

/**
 * Checks `file` before the app opens it. A damaged file (fails quick_check), an empty one or a
 * missing one where backups or markers show there was data: the file (and its -wal/-shm) is moved
 * aside as `<file>.damaged-<stamp>` / `<file>.empty-<stamp>`, the newest backup that passes
 * integrity_check is put in its place, and the report says what happened so every host can tell
 * the planner. Returns null for a healthy file and for a genuine first start.
 */
export function recoverIfNeeded(
  file: string,
  backupDir: string,
  now: Date = new Date(),
  signs: PriorDataSigns = { sessionMarker: false },
): RecoveryReport | null {
  const size = fs.existsSync(file) ? fs.statSync(file).size : -1;
  if (size > 0) {
    const problems = checkFile(file, 'quick_check');
    return problems.length === 0 ? null : recover('damaged', problems, file, backupDir, now);
  }
  const evidence = signsOfPriorData(file, backupDir, signs);
  if (evidence.length === 0) return null;
  return recover(size === 0 ? 'empty' : 'missing', evidence, file, backupDir, now);
}
