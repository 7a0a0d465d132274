import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../migrate';
import { migrations } from '../migrations/index';
import { closeDatabase, databasePath, openDatabase } from '../open';
import { tempDir } from '../test-helpers';
import { columnNames, FIXTURE_VERSIONS, fixturePath, rowsOf, tableNames } from './make-fixtures';
import { intended, keptRows } from './migrated-rows';

describe('databases from every schema version', () => {
  it('there is a fixture for every migration, the newest included', () => {
    expect(FIXTURE_VERSIONS).toEqual(migrations.map((m) => m.version));
    expect(FIXTURE_VERSIONS).toContain(latestVersion());
    for (const v of FIXTURE_VERSIONS) expect(fs.existsSync(fixturePath(v)), `v${v}`).toBe(true);
  });

  it.each(FIXTURE_VERSIONS)(
    'v%i opens, migrates to the newest version and keeps its data',
    async (v) => {
      const t = tempDir();
      try {
        const file = databasePath(t.dir);
        fs.copyFileSync(fixturePath(v), file);
        const old = new Database(fixturePath(v), { readonly: true });
        const { db, report } = await openDatabase(file);
        try {
          expect(old.pragma('user_version', { simple: true })).toBe(v);
          expect(report.migration.from).toBe(v);
          expect(report.migration.to).toBe(latestVersion());
          expect(report.recovery).toBeNull();
          expect(report.seed).toBeNull(); // the planner's data is there: nothing re-seeded over it
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(db.pragma('foreign_key_check')).toEqual([]);
          const tables = tableNames(old);
          expect(tables.length).toBeGreaterThan(10);
          let rows = 0;
          for (const table of tables) {
            const cols = columnNames(old, table);
            const was = rowsOf(old, table, cols);
            // Every table holds something (planner work included), so "intact" is never vacuous.
            expect(was.length, `${table} in the v${v} fixture`).toBeGreaterThan(0);
            rows += was.length;
            const now = rowsOf(db, table, cols);
            // On failure, show the difference against what the migrations mean to leave.
            if (!keptRows(v, table, cols, was, now))
              expect(now, table).toEqual(intended(v, table, cols, was));
          }
          expect(rows).toBeGreaterThan(100);
        } finally {
          closeDatabase(db);
          old.close();
        }
      } finally {
        t.cleanup();
      }
    },
  );
});
