/**
 * Every host opens the database through here so that a restore-from-backup (db/durability/backups.ts)
 * is never silent: it is logged, and the host tells the planner (renderer notice via app:info, a
 * stderr line in the CLI).
 */
import type Database from 'better-sqlite3';
import type { RecoveryReport } from '../../db/durability/backups';
import { databasePath, openDatabase, type OpenReport } from '../../db/open';
import type { DatabaseRecovery } from '../contract/channels';
import { clipText } from './clip-text';
import type { Logger } from './log';

const MAX_PROBLEMS = 10;
const MAX_PROBLEM_CHARS = 500;

/** The recovery as app:info sends it: bounded, since quick_check output can be long. */
export function recoveryForWire(r: RecoveryReport): DatabaseRecovery {
  return {
    problems: r.problems.slice(0, MAX_PROBLEMS).map((p) => clipText(p, MAX_PROBLEM_CHARS)),
    damagedPath: r.damagedPath,
    restoredFrom: r.restoredFrom,
  };
}

/** One bilingual line saying what happened and where the damaged file is. */
export function recoveryLine(r: RecoveryReport): string {
  const restored =
    r.restoredFrom === null
      ? '没有可用的备份，已新建数据库 / no good backup was found, a new database was started'
      : `已从备份恢复 / restored from backup ${r.restoredFrom}`;
  return `数据库已损坏 / the database was damaged: ${restored}; 损坏的文件保存在 / the damaged file is kept at ${r.damagedPath}`;
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
      damagedPath: report.recovery.damagedPath,
      restoredFrom: report.recovery.restoredFrom,
      problems: report.recovery.problems,
    });
  }
}

/** Opens `<dataDir>/planner.sqlite3` (restoring it first if damaged) and logs the outcome. */
export async function openHostDatabase(
  dataDir: string,
  log: Logger,
): Promise<{ db: Database.Database; report: OpenReport }> {
  const opened = await openDatabase(databasePath(dataDir));
  logOpenReport(log, opened.report);
  return opened;
}
