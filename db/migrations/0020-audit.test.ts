import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { memoryDbAt } from '../test-helpers';

describe('migration 0020-audit', () => {
  it('adds edit_log and import_log to a v10 database without touching existing rows', async () => {
    const db = await memoryDbAt(10);
    db.exec(`
      INSERT INTO regions (code, name_zh, name_en, kind) VALUES ('NE', '东北', 'NE', 'aggregate');
      INSERT INTO scenarios (id, name, region_code, created_at, updated_at) VALUES (7, '旧情景', 'NE', 'a', 'b');
    `);
    const report = await migrate(db, { targetVersion: 20 });
    expect(report).toMatchObject({ from: 10, to: 20, applied: ['20-audit'] });
    expect(db.prepare('SELECT name, updated_at FROM scenarios WHERE id = 7').get()).toEqual({
      name: '旧情景',
      updated_at: 'b',
    });
    db.prepare(
      "INSERT INTO edit_log (at, user, scenario_id, entity, key, before, after) VALUES ('t', 'u', 7, 'cause_weight', 'C1', '{\"weight\":1}', '{\"weight\":2}')",
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO edit_log (at, user, scenario_id, entity, key, before) VALUES ('t', 'u', 7, 'x', 'k', 'not json')",
        )
        .run(),
    ).toThrow(/CHECK/);
    // The audit trail outlives a deleted scenario.
    db.prepare('DELETE FROM scenarios WHERE id = 7').run();
    expect(db.prepare('SELECT scenario_id, entity FROM edit_log').get()).toEqual({
      scenario_id: null,
      entity: 'cause_weight',
    });
    expect(() =>
      db
        .prepare(
          "INSERT INTO import_log (at, file_name, sha256, rows_total, rows_inserted, rows_updated) VALUES ('t', 'a.csv', 'short', 1, 1, 0)",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO import_log (at, file_name, sha256, rows_total, rows_inserted, rows_updated) VALUES ('t', 'a.csv', '${'a'.repeat(64)}', 1, 1, 0)`,
    ).run();
    db.close();
  });
});
