/**
 * How CLI commands open the database: like the other hosts (services/database-recovery.ts), plus
 * one warning line on stderr when the file was recovered or could only be opened read-only, so
 * scripts keep a clean stdout.
 */
import type Database from 'better-sqlite3';
import type { OpenReport } from '../../db/open';
import { openHostDatabase, readOnlyLine, recoveryLine } from '../services/database-recovery';
import { createFileLogger } from '../services/log';
import { terminalSafe } from './terminal-text';

export async function openCliDatabase(
  dataDir: string,
): Promise<{ db: Database.Database; report: OpenReport }> {
  const opened = await openHostDatabase(dataDir, createFileLogger(dataDir, 'cli'));
  const { recovery, readOnly } = opened.report;
  if (recovery) process.stderr.write(terminalSafe(`warning: ${recoveryLine(recovery)}\n`));
  if (readOnly) process.stderr.write(terminalSafe(`warning: ${readOnlyLine(readOnly)}\n`));
  return opened;
}
