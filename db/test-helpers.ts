import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { openDatabase } from './open';

/** A fresh temporary folder per test, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-db-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** An in-memory database at the newest schema with the default dataset. */
export async function seededMemoryDb(): Promise<Database.Database> {
  const { db } = await openDatabase(':memory:');
  return db;
}

/** An in-memory database migrated to `version` only, with foreign keys on (migration tests). */
export async function memoryDbAt(version: number): Promise<Database.Database> {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  await migrate(db, { targetVersion: version });
  return db;
}

/** Overwrites a stretch in the middle of the file, as a failing disk or a bad copy would. */
export function corruptMiddle(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
  fs.closeSync(fd);
}
