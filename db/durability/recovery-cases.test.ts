/**
 * Every way the database file can be lost while its backups (or markers) show there was data: it
 * is never a silent fresh start. The file that is there is kept aside, the newest good backup is
 * restored, and the report says what happened, which backup (taken when) and where the original is.
 * A genuine first start (nothing beside the file) stays a quiet fresh start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../../electron/cli/test-cli';
import { writeFigures } from '../../scripts/security/figures';
import { closeDatabase, databasePath, openDatabase, type OpenReport } from '../open';
import { getScenario } from '../repositories/scenario/read';
import { setCauseWeight } from '../repositories/scenario/write';
import { corruptMiddle, tempDir } from '../test-helpers';

const HOUR = 3600_000;
const t0 = new Date('2026-03-01T08:00:00Z');
const at = (hours: number) => () => new Date(t0.getTime() + hours * HOUR);
/** The first open is at t0, the backup-taking one at t0 + 1 h. */
const BACKUP_AT = '2026-03-01T09:00:00.000Z';
const EDITED_WEIGHT = 6.5;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

/** A data folder whose database has one daily backup holding C1 = EDITED_WEIGHT. */
async function folderWithBackup(): Promise<{ dir: string; file: string; backups: string }> {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const file = databasePath(t.dir);
  const first = await openDatabase(file, { now: at(0) });
  setCauseWeight(first.db, 1, 'C1', EDITED_WEIGHT);
  closeDatabase(first.db);
  const second = await openDatabase(file, { now: at(1) });
  expect(second.report.dailyBackup).not.toBeNull();
  closeDatabase(second.db);
  return { dir: t.dir, file, backups: path.join(t.dir, 'backups') };
}

interface Outcome {
  report: OpenReport;
  weight: number | undefined;
}

async function openAt(file: string, hours: number): Promise<Outcome> {
  const { db, report } = await openDatabase(file, { now: at(hours) });
  try {
    return { report, weight: getScenario(db, 1).causes.find((c) => c.id === 'C1')?.weight };
  } finally {
    closeDatabase(db);
  }
}

interface Case {
  name: string;
  /** Breaks the folder; returns nothing. */
  arrange(f: { dir: string; file: string; backups: string }): void;
  expectRestored: boolean;
  kind: 'damaged' | 'empty' | 'missing';
}

const CASES: Case[] = [
  {
    name: 'a 0-byte file with a good backup beside it',
    arrange: ({ file }) => fs.writeFileSync(file, ''),
    expectRestored: true,
    kind: 'empty',
  },
  {
    name: 'a deleted file with a good backup beside it',
    arrange: ({ file }) => fs.rmSync(file),
    expectRestored: true,
    kind: 'missing',
  },
  {
    name: 'a deleted file whose write-ahead log was left behind',
    arrange: ({ file }) => {
      fs.rmSync(file);
      fs.writeFileSync(`${file}-wal`, Buffer.alloc(4096, 1));
    },
    expectRestored: true,
    kind: 'missing',
  },
  {
    name: 'a damaged file with a good backup beside it',
    arrange: ({ file }) => corruptMiddle(file),
    expectRestored: true,
    kind: 'damaged',
  },
  {
    name: 'a 0-byte file whose newest backup is damaged (an older one is good)',
    arrange: ({ file, backups }) => {
      const good = fs.readdirSync(backups)[0] ?? '';
      fs.copyFileSync(
        path.join(backups, good),
        path.join(backups, 'planner-daily-20260301T100000Z.sqlite3'),
      );
      corruptMiddle(path.join(backups, 'planner-daily-20260301T100000Z.sqlite3'));
      fs.writeFileSync(file, '');
    },
    expectRestored: true,
    kind: 'empty',
  },
  {
    name: 'a 0-byte file, no backup, but the marker of a session that never closed',
    arrange: ({ file, backups }) => {
      fs.rmSync(backups, { recursive: true });
      fs.writeFileSync(file, '');
      fs.writeFileSync(`${file}.open`, '4242\n');
    },
    expectRestored: false,
    kind: 'empty',
  },
  {
    name: 'a deleted file whose every backup is damaged',
    arrange: ({ file, backups }) => {
      for (const f of fs.readdirSync(backups)) corruptMiddle(path.join(backups, f));
      fs.rmSync(file);
    },
    expectRestored: false,
    kind: 'missing',
  },
];

describe('a lost database is a recovery, never a silent fresh start', () => {
  const figures = { cases: 0, recovered: 0, reported: 0, silentFreshStarts: 0 };

  it.each(CASES)('$name', async (c) => {
    const folder = await folderWithBackup();
    c.arrange(folder);
    const before = new Set(fs.readdirSync(folder.dir));
    const { report, weight } = await openAt(folder.file, 30);
    figures.cases += 1;
    if (report.recovery === null && report.created) figures.silentFreshStarts += 1;
    expect(report.recovery).not.toBeNull();
    const r = report.recovery!;
    figures.reported += 1;
    expect(r.kind).toBe(c.kind);
    expect(r.problems.length).toBeGreaterThan(0);
    // What was there is kept, under a name that says what it was.
    if (c.kind === 'missing' && !before.has('planner.sqlite3-wal'))
      expect(r.damagedPath).toBeNull();
    else {
      expect(r.damagedPath).toMatch(/planner\.sqlite3\.(damaged|empty)-20260302T140000Z(-wal)?$/);
      expect(fs.existsSync(r.damagedPath!)).toBe(true);
    }
    if (c.expectRestored) {
      figures.recovered += 1;
      expect(r.restoredFrom).toMatch(/planner-daily-20260301T090000Z\.sqlite3$/);
      expect(r.backupTakenAt).toBe(BACKUP_AT);
      expect(weight).toBe(EDITED_WEIGHT);
      expect(report.created).toBe(false);
    } else {
      expect(r.restoredFrom).toBeNull();
      expect(r.backupTakenAt).toBeNull();
      expect(report.created).toBe(true);
    }
  });

  it('a genuine first start (nothing beside the file) is quiet', async () => {
    for (const arrange of [() => undefined, (file: string) => fs.writeFileSync(file, '')]) {
      const t = tempDir();
      cleanups.push(t.cleanup);
      const file = databasePath(t.dir);
      arrange(file);
      const { report } = await openAt(file, 0);
      expect(report.recovery).toBeNull();
      expect(report.created).toBe(true);
    }
  });

  it('reports the figures', () => {
    expect(figures.cases).toBe(CASES.length);
    expect(figures.silentFreshStarts).toBe(0);
    writeFigures('recovery', figures);
  });
});

describe('the CLI tells the user on stderr', () => {
  it('a 0-byte database: one warning with the backup time, its age and the kept file', async () => {
    const folder = await folderWithBackup();
    fs.writeFileSync(folder.file, '');
    const r = await runCliProcess(['indicators', '--json'], { dataDir: folder.dir });
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^warning: 数据库文件是空的（0 字节）\/ the database file was empty/);
    expect(lines[0]).toContain(`restored from the backup taken ${BACKUP_AT}`);
    expect(lines[0]).toMatch(/\(\d+ day\(s\) old; later changes are not in it\)/);
    expect(lines[0]).toMatch(/the original file is kept at .*planner\.sqlite3\.empty-\d{8}T\d{6}Z/);
  });
});
