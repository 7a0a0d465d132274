/**
 * Generates db/durability/fixtures/v<N>.sqlite3: one small database per earlier schema version,
 * filled with the app's real default dataset (the columns that version had). Committed output;
 * rerun with `npx tsx db/durability/make-fixtures.ts` when a migration is added.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { migrate } from '../migrate';
import { migrations } from '../migrations/index';
import { openDatabase } from '../open';

export const FIXTURE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const fixturePath = (version: number): string =>
  path.join(FIXTURE_DIR, `v${version}.sqlite3`);

export function tableNames(db: Database.Database): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

export function columnNames(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map(
    (c) => c.name,
  );
}

/** Rows of `table` restricted to `columns`, in a stable order, for equality checks. */
export function rowsOf(db: Database.Database, table: string, columns: string[]): unknown[] {
  const cols = columns.map((c) => `"${c}"`).join(', ');
  return db.prepare(`SELECT ${cols} FROM "${table}" ORDER BY ${cols}`).raw().all();
}

export async function makeFixture(version: number, file: string): Promise<void> {
  const { db: full } = await openDatabase(':memory:');
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  try {
    // DELETE journal: a committed fixture must be one self-contained file.
    db.pragma('journal_mode = DELETE');
    await migrate(db, { targetVersion: version });
    db.pragma('foreign_keys = OFF');
    db.transaction(() => {
      for (const table of tableNames(db)) {
        const cols = columnNames(db, table).filter((c) => columnNames(full, table).includes(c));
        const quoted = cols.map((c) => `"${c}"`).join(', ');
        const insert = db.prepare(
          `INSERT INTO "${table}" (${quoted}) VALUES (${cols.map(() => '?').join(', ')})`,
        );
        for (const row of full.prepare(`SELECT ${quoted} FROM "${table}"`).raw().all())
          insert.run(...(row as unknown[]));
      }
    })();
    db.exec('VACUUM');
  } finally {
    db.close();
    full.close();
  }
}

/**
 * Every schema version a user may still have on disk: all but the newest. When a migration is
 * added, the fixtures test fails until this script is rerun and the new fixture committed.
 */
export const FIXTURE_VERSIONS = migrations.slice(0, -1).map((m) => m.version);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.mkdirSync(FIXTURE_DIR, { recursive: true });
  void (async () => {
    for (const v of FIXTURE_VERSIONS) await makeFixture(v, fixturePath(v));
    console.log(`wrote ${FIXTURE_VERSIONS.map((v) => `v${v}`).join(', ')} to ${FIXTURE_DIR}`);
  })();
}
