import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseFromNewerVersionError } from './errors';
import { migrate, userVersion } from './migrate';
import { LATEST_VERSION, migrations, type Migration } from './migrations/index';
import { closeDatabase, databasePath, openDatabase } from './open';
import { tempDir } from './test-helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
function folder(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('migrate', () => {
  it('numbers steps strictly increasing', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([10, 20, 30, 60, 70, 75, 80, 90]);
    expect(LATEST_VERSION).toBe(90);
  });

  it('refuses a database from a newer version with a bilingual message', async () => {
    const file = databasePath(folder());
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 10}`);
    raw.close();
    const attempt = openDatabase(file);
    await expect(attempt).rejects.toBeInstanceOf(DatabaseFromNewerVersionError);
    await expect(openDatabase(file)).rejects.toThrow(
      /数据库版本 100 高于.*newer than this app supports \(90\)/s,
    );
    // The refusal must leave the file as it was.
    const check = new Database(file);
    expect(userVersion(check)).toBe(LATEST_VERSION + 10);
    check.close();
  });

  it('backs up an existing database before migrating it, with the data inside', async () => {
    const dir = folder();
    const file = databasePath(dir);
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    await migrate(raw, { targetVersion: 10 });
    raw.prepare("INSERT INTO settings (key, value) VALUES ('user', 'wang')").run();
    raw.close();

    const { db, report } = await openDatabase(file);
    try {
      expect(report.migration).toMatchObject({ from: 10, to: LATEST_VERSION });
      const backup = report.migration.backupPath;
      expect(backup).not.toBeNull();
      expect(path.dirname(backup ?? '')).toBe(path.join(dir, 'backups'));
      expect(path.basename(backup ?? '')).toMatch(/^planner-before-v10-\d{8}T\d{6}Z\.sqlite3$/);
      const copy = new Database(backup ?? '', { readonly: true });
      expect(userVersion(copy)).toBe(10);
      expect(copy.prepare("SELECT value FROM settings WHERE key = 'user'").get()).toEqual({
        value: 'wang',
      });
      copy.close();
      expect(fs.readdirSync(path.join(dir, 'backups')).some((f) => f.endsWith('.tmp'))).toBe(false);
    } finally {
      closeDatabase(db);
    }
  });

  it('takes no backup of a brand-new database', async () => {
    const dir = folder();
    const { db, report } = await openDatabase(databasePath(dir));
    expect(report.migration.backupPath).toBeNull();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    closeDatabase(db);
  });

  it('rolls back every pending step when one fails', async () => {
    const db = new Database(':memory:');
    const failing: Migration = {
      version: 40,
      name: 'boom',
      up() {
        throw new Error('boom');
      },
    };
    await expect(migrate(db, { steps: [...migrations, failing] })).rejects.toThrow('boom');
    expect(userVersion(db)).toBe(0);
    expect(
      db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get(),
    ).toEqual({ n: 0 });
    db.close();
  });

  it('keeps only the newest backups', async () => {
    const dir = folder();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    for (let i = 1; i <= 4; i += 1)
      fs.writeFileSync(path.join(backups, `planner-before-v10-2025010${i}T000000Z.sqlite3`), '');
    const db = new Database(path.join(dir, 'x.sqlite3'));
    await migrate(db, { targetVersion: 10 });
    await migrate(db, {
      backupDir: backups,
      keepBackups: 2,
      now: () => new Date('2026-01-01T00:00:00Z'),
    });
    expect(fs.readdirSync(backups).sort()).toEqual([
      'planner-before-v10-20250104T000000Z.sqlite3',
      'planner-before-v10-20260101T000000Z.sqlite3',
    ]);
    db.close();
  });
});
