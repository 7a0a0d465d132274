/**
 * A damaged database is never restored silently: the host log gets an error line, app:info tells
 * the renderer (which shows RecoveryNotice), and the CLI prints one warning on stderr.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, databasePath, openDatabase } from '../../db/open';
import { corruptMiddle, tempDir } from '../../db/test-helpers';
import { openCliDatabase } from '../cli/open-database';
import type { HostContext } from './context';
import { openHostDatabase, recoveryForWire } from './database-recovery';
import { dispatch } from './dispatch';
import { createServices } from './index';
import { createFileLogger, type Logger } from './log';

function recordingLogger(): Logger & { lines: { level: string; event: string }[] } {
  const lines: { level: string; event: string; [k: string]: unknown }[] = [];
  return {
    lines,
    info: (event, detail) => lines.push({ level: 'info', event, ...detail }),
    error: (event, detail) => lines.push({ level: 'error', event, ...detail }),
  };
}

/** A database with one daily backup (taken by the second open), then damaged on disk. */
async function damagedDatabaseWithBackup(dir: string): Promise<string> {
  const file = databasePath(dir);
  for (let i = 0; i < 2; i += 1) closeDatabase((await openDatabase(file)).db);
  const backups = fs.readdirSync(path.join(dir, 'backups'));
  expect(backups.filter((f) => f.startsWith('planner-daily-'))).toHaveLength(1);
  corruptMiddle(file);
  return path.join(dir, 'backups', backups[0] ?? '');
}

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.cleanup());

describe('database recovery is reported by every host', () => {
  it('logs it and reports it in app:info: damaged file kept aside, backup in use', async () => {
    const backup = await damagedDatabaseWithBackup(t.dir);
    const log = recordingLogger();
    const { db, report } = await openHostDatabase(t.dir, log);
    try {
      const ctx: HostContext = {
        dataDir: t.dir,
        version: '9.9.9',
        host: 'electron',
        systemLocale: 'zh',
        user: 'tester',
        databaseRecovery: report.recovery,
      };
      const info = await dispatch(createServices(db, ctx), 'app:info', {});
      expect(info.ok).toBe(true);
      const recovery = info.ok ? (info.value as { recovery: unknown }).recovery : null;
      expect(recovery).toMatchObject({
        restoredFrom: backup,
        damagedPath: expect.stringMatching(/planner\.sqlite3\.damaged-\d{8}T\d{6}Z$/) as string,
      });
      const { damagedPath, problems } = recovery as { damagedPath: string; problems: string[] };
      expect(fs.existsSync(damagedPath)).toBe(true);
      expect(problems.length).toBeGreaterThan(0);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

      const logged = log.lines.find((l) => l.event === 'database-recovered');
      expect(logged).toMatchObject({ level: 'error', damagedPath, restoredFrom: backup });
      expect(String((logged as { message?: unknown }).message)).toMatch(
        /数据库已损坏 \/ the database was damaged: 已从 .* 的备份恢复（\d+ 分钟前）.* restored from the backup taken .* old; later changes are not in it\)/,
      );
    } finally {
      closeDatabase(db);
    }
  });

  it('a healthy open reports no recovery and logs no error', async () => {
    closeDatabase((await openDatabase(databasePath(t.dir))).db);
    const log = recordingLogger();
    const { db, report } = await openHostDatabase(t.dir, log);
    closeDatabase(db);
    expect(report.recovery).toBeNull();
    expect(log.lines.map((l) => l.event)).toEqual(['database-opened']);
  });

  it('the browser shell log file gets the recovery line', async () => {
    await damagedDatabaseWithBackup(t.dir);
    const { db } = await openHostDatabase(t.dir, createFileLogger(t.dir, 'shell'));
    closeDatabase(db);
    const lines = fs
      .readFileSync(path.join(t.dir, 'logs', 'shell.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { level: string; event: string });
    expect(lines.some((l) => l.level === 'error' && l.event === 'database-recovered')).toBe(true);
  });

  it('the CLI prints one warning line on stderr and nothing on stdout', async () => {
    await damagedDatabaseWithBackup(t.dir);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write');
    try {
      const { db } = await openCliDatabase(t.dir);
      closeDatabase(db);
      const written = stderr.mock.calls.map((c) => String(c[0]));
      expect(written).toHaveLength(1);
      expect(written[0]).toMatch(/^warning: 数据库已损坏 \/ the database was damaged: .*\n$/);
      expect(written[0]).toContain('.damaged-');
      expect(stdout).not.toHaveBeenCalled();
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
    }
    expect(fs.readFileSync(path.join(t.dir, 'logs', 'cli.log'), 'utf8')).toContain(
      'database-recovered',
    );
  });

  it('bounds what app:info carries from a long check report', () => {
    const wire = recoveryForWire({
      kind: 'damaged',
      problems: Array.from({ length: 50 }, (_, i) => `page ${i}: ${'x'.repeat(2000)}`),
      damagedPath: '/d/planner.sqlite3.damaged-x',
      restoredFrom: null,
      backupTakenAt: null,
    });
    expect(wire.problems).toHaveLength(10);
    expect(wire.problems.every((p) => p.length < 600)).toBe(true);
  });
});
