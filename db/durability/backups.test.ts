import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, databasePath, openDatabase } from '../open';
import { getScenario } from '../repositories/scenario/read';
import { setCauseWeight } from '../repositories/scenario/write';
import { corruptMiddle, tempDir } from '../test-helpers';

const HOUR = 3600_000;
const t0 = new Date('2026-03-01T08:00:00Z');
const at = (hours: number) => () => new Date(t0.getTime() + hours * HOUR);

async function reopen(file: string, now: () => Date) {
  const { db, report } = await openDatabase(file, { now });
  closeDatabase(db);
  return report;
}

describe('daily backups', () => {
  it('takes one when the newest is older than a day and keeps the newest 7', async () => {
    const t = tempDir();
    try {
      const file = databasePath(t.dir);
      const first = await reopen(file, at(0));
      expect(first.created).toBe(true);
      expect(first.dailyBackup).toBeNull(); // nothing worth copying yet
      expect((await reopen(file, at(1))).dailyBackup).toMatch(/planner-daily-20260301T090000Z/);
      expect((await reopen(file, at(5))).dailyBackup).toBeNull();
      for (let day = 1; day <= 9; day += 1) {
        expect((await reopen(file, at(1 + day * 25))).dailyBackup).not.toBeNull();
      }
      const daily = fs
        .readdirSync(path.join(t.dir, 'backups'))
        .filter((f) => f.startsWith('planner-daily-'));
      expect(daily).toHaveLength(7);
      expect(daily.some((f) => f.endsWith('.tmp'))).toBe(false);
    } finally {
      t.cleanup();
    }
  });
});

describe('restore on corruption', () => {
  it('sets the damaged file aside, restores the newest good backup and reports it', async () => {
    const t = tempDir();
    try {
      const file = databasePath(t.dir);
      await reopen(file, at(0));
      const { db, report } = await openDatabase(file, { now: at(1) });
      expect(report.dailyBackup).not.toBeNull();
      const before = getScenario(db, 1).causes.find((c) => c.id === 'C1')?.weight;
      setCauseWeight(db, 1, 'C1', 77); // after the backup: lost by the restore, kept in the damaged file
      closeDatabase(db);
      corruptMiddle(file);

      const { db: again, report: r } = await openDatabase(file, { now: at(2) });
      try {
        expect(r.recovery).not.toBeNull();
        expect(r.recovery?.problems.length).toBeGreaterThan(0);
        expect(r.recovery?.restoredFrom).toBe(report.dailyBackup);
        expect(r.recovery?.damagedPath).toBe(`${file}.damaged-20260301T100000Z`);
        expect(fs.existsSync(r.recovery?.damagedPath ?? '')).toBe(true);
        expect(again.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(getScenario(again, 1).causes.find((c) => c.id === 'C1')?.weight).toBe(before);
      } finally {
        closeDatabase(again);
      }
      // A healthy reopen reports nothing.
      expect((await reopen(file, at(3))).recovery).toBeNull();
    } finally {
      t.cleanup();
    }
  });

  it('with no good backup, keeps the damaged file and starts a fresh seeded database', async () => {
    const t = tempDir();
    try {
      const file = databasePath(t.dir);
      await reopen(file, at(0));
      corruptMiddle(file);
      const { db, report } = await openDatabase(file, { now: at(1) });
      try {
        expect(report.recovery?.restoredFrom).toBeNull();
        expect(fs.existsSync(report.recovery?.damagedPath ?? '')).toBe(true);
        expect(report.created).toBe(true);
        expect(report.seed).not.toBeNull();
      } finally {
        closeDatabase(db);
      }
    } finally {
      t.cleanup();
    }
  });
});
