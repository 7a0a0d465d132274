import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseDataDir } from './data-dir';
import { closeDatabase, databasePath, openDatabase, resolveDataDir } from './open';
import { LATEST_VERSION } from './migrations/index';
import { tempDir } from './test-helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
function folder(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and busy timeout, migrates and seeds a new file', async () => {
    const file = databasePath(folder());
    const { db, report } = await openDatabase(file);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(report.created).toBe(true);
      expect(report.uncleanExit).toBe(false);
      expect(report.quickCheck).toBeNull();
      expect(report.seed?.observations).toBeGreaterThan(0);
      expect(report.pragmas).toMatchObject({ journalMode: 'wal', synchronous: 2, foreignKeys: 1 });
      if (process.platform === 'darwin') expect(report.pragmas.fullfsync).toBe(1);
    } finally {
      closeDatabase(db);
    }
  });

  it('does not re-seed or report a crash after a clean close', async () => {
    const file = databasePath(folder());
    const first = await openDatabase(file);
    closeDatabase(first.db);
    expect(fs.existsSync(`${file}.open`)).toBe(false);
    const second = await openDatabase(file);
    try {
      expect(second.report.created).toBe(false);
      expect(second.report.seed).toBeNull();
      expect(second.report.uncleanExit).toBe(false);
      const n = second.db.prepare('SELECT count(*) AS n FROM scenarios').get() as { n: number };
      expect(n.n).toBe(1);
    } finally {
      closeDatabase(second.db);
    }
  });

  it('detects an unclean previous exit and runs quick_check', async () => {
    const file = databasePath(folder());
    const first = await openDatabase(file);
    first.db.prepare("INSERT INTO settings (key, value) VALUES ('user', 'zhang')").run();
    // Simulate a crash: the connection goes away without closeDatabase(), so the marker stays.
    first.db.close();
    expect(fs.existsSync(`${file}.open`)).toBe(true);
    const second = await openDatabase(file);
    try {
      expect(second.report.uncleanExit).toBe(true);
      expect(second.report.quickCheck).toBe('ok');
      expect(second.db.prepare("SELECT value FROM settings WHERE key = 'user'").get()).toEqual({
        value: 'zhang',
      });
    } finally {
      closeDatabase(second.db);
    }
  });

  it('treats a leftover -wal file as an unclean exit even without the marker', async () => {
    const file = databasePath(folder());
    const first = await openDatabase(file);
    closeDatabase(first.db);
    // A second connection holding the WAL open while the first "crashes" leaves a -wal behind.
    const holder = new Database(file);
    holder.pragma('journal_mode = WAL');
    holder.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run();
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    const second = await openDatabase(file);
    holder.close();
    try {
      expect(second.report.uncleanExit).toBe(true);
      expect(second.report.quickCheck).toBe('ok');
    } finally {
      closeDatabase(second.db);
    }
  });

  it('skips the seed on request', async () => {
    const { db, report } = await openDatabase(':memory:', { skipSeed: true });
    expect(report.seed).toBeNull();
    expect(db.prepare('SELECT count(*) AS n FROM regions').get()).toEqual({ n: 0 });
    closeDatabase(db);
  });
});

describe('data folder', () => {
  it('prefers TRP_DATA_DIR and creates it', () => {
    const target = path.join(folder(), 'nested', 'data');
    expect(resolveDataDir({ TRP_DATA_DIR: target })).toBe(target);
    expect(fs.statSync(target).isDirectory()).toBe(true);
    expect(databasePath(target)).toBe(path.join(target, 'planner.sqlite3'));
  });

  it('follows each OS convention', () => {
    expect(
      chooseDataDir({ APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'win32', 'C:\\Users\\li'),
    ).toBe(path.join('C:\\Users\\li\\AppData\\Roaming', 'TalentRetentionPlanner'));
    expect(chooseDataDir({}, 'darwin', '/Users/li')).toBe(
      '/Users/li/Library/Application Support/TalentRetentionPlanner',
    );
    expect(chooseDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/li')).toBe(
      '/xdg/talent-retention-planner',
    );
    expect(chooseDataDir({}, 'linux', '/home/li')).toBe(
      '/home/li/.config/talent-retention-planner',
    );
    // A relative XDG_CONFIG_HOME is invalid per the spec and ignored.
    expect(chooseDataDir({ XDG_CONFIG_HOME: 'rel' }, 'linux', '/home/li')).toBe(
      '/home/li/.config/talent-retention-planner',
    );
  });
});
