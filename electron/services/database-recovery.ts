/**
 * Every host opens the database through here so that a recovery (db/durability/backups.ts) or a
 * read-only open (db/durability/read-only.ts) is never silent: it is logged, and the host tells the
 * planner (renderer notice via app:info, a stderr line in the CLI). Each recovery message says how
 * old the restored copy is and where the original file was kept.
 */
import type Database from 'better-sqlite3';
import type { RecoveryReport } from '../../db/durability/backups';
import type { ReadOnlyReport } from '../../db/durability/read-only';
import { DatabaseAccessError } from '../../db/errors';
import { databasePath, openDatabase, type OpenReport } from '../../db/open';
import type { DatabaseRecovery } from '../../contract/channels';
import { clipText } from '../../contract/clip-text';
import type { Logger } from './log';
import { bilingual } from '../../contract/bilingual';

const MAX_PROBLEMS = 10;
const MAX_PROBLEM_CHARS = 500;

/** The recovery as app:info sends it: bounded, since quick_check output can be long. */
export function recoveryForWire(r: RecoveryReport): DatabaseRecovery {
  return {
    kind: r.kind,
    problems: r.problems.slice(0, MAX_PROBLEMS).map((p) => clipText(p, MAX_PROBLEM_CHARS)),
    damagedPath: r.damagedPath,
    restoredFrom: r.restoredFrom,
    backupTakenAt: r.backupTakenAt,
  };
}

/** "3 天 / 3 days", "5 小时 / 5 hours", "12 分钟 / 12 minutes": how old a copy taken at `iso` is. */
export function ageText(iso: string, now: Date = new Date()): { zh: string; en: string } {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 60_000));
  if (minutes < 120) return { zh: `${minutes} 分钟`, en: `${minutes} minute(s)` };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { zh: `${hours} 小时`, en: `${hours} hour(s)` };
  const days = Math.round(hours / 24);
  return { zh: `${days} 天`, en: `${days} day(s)` };
}

const WHAT_HAPPENED: Record<RecoveryReport['kind'], string> = {
  damaged: bilingual('数据库已损坏', 'the database was damaged'),
  empty: '数据库文件是空的（0 字节）/ the database file was empty (0 bytes)',
  missing: bilingual('数据库文件不见了', 'the database file was missing'),
};

/** One bilingual line: what happened, which backup (and how old) is in use, where the original is. */
export function recoveryLine(r: RecoveryReport, now: Date = new Date()): string {
  let restored = bilingual(
    '没有可用的备份，已新建数据库',
    'no good backup was found, a new database was started',
  );
  if (r.restoredFrom !== null && r.backupTakenAt !== null) {
    const age = ageText(r.backupTakenAt, now);
    restored = bilingual(
      `已从 ${r.backupTakenAt} 的备份恢复（${age.zh}前），此后的修改不在其中`,
      `restored from the backup taken ${r.backupTakenAt} (${age.en} old; later changes are not in it): ${r.restoredFrom}`,
    );
  }
  const kept =
    r.damagedPath === null
      ? bilingual('没有可保留的原文件', 'there was no original file to keep')
      : bilingual('原文件保存在', `the original file is kept at ${r.damagedPath}`);
  return `${WHAT_HAPPENED[r.kind]}: ${restored}; ${kept}`;
}

/** One bilingual line: the database is read-only, which file, why, and what to do. */
export function readOnlyLine(r: ReadOnlyReport): string {
  return bilingual(
    '数据库以只读方式打开，修改不会被保存',
    `the database was opened read-only; changes cannot be saved — ${new DatabaseAccessError(r.file, r.reason).message}`,
  );
}

/** Writes what the open did to the host's log; a recovery is logged at error level. */
export function logOpenReport(log: Logger, report: OpenReport): void {
  log.info('database-opened', {
    file: report.file,
    created: report.created,
    uncleanExit: report.uncleanExit,
    quickCheck: report.quickCheck,
    migration: { from: report.migration.from, to: report.migration.to },
    dailyBackup: report.dailyBackup,
  });
  if (report.recovery) {
    log.error('database-recovered', {
      message: recoveryLine(report.recovery),
      kind: report.recovery.kind,
      damagedPath: report.recovery.damagedPath,
      restoredFrom: report.recovery.restoredFrom,
      backupTakenAt: report.recovery.backupTakenAt,
      problems: report.recovery.problems,
    });
  }
  if (report.readOnly) {
    log.error('database-read-only', {
      message: readOnlyLine(report.readOnly),
      ...report.readOnly,
    });
  }
}

/**
 * Opens `<dataDir>/planner.sqlite3` (recovering it first if damaged, empty or lost; read-only if
 * it cannot be written) and logs the outcome.
 */
export async function openHostDatabase(
  dataDir: string,
  log: Logger,
): Promise<{ db: Database.Database; report: OpenReport }> {
  const opened = await openDatabase(databasePath(dataDir), { allowReadOnly: true });
  logOpenReport(log, opened.report);
  return opened;
}
