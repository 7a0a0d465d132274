import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { memoryDbAt } from '../test-helpers';

describe('migration 0060-elicitation', () => {
  it('adds weight-method and stakeholder tables that follow their scenario', async () => {
    const db = await memoryDbAt(30);
    db.exec(`
      INSERT INTO regions (code, name_zh, name_en, kind) VALUES ('CN-HL', '黑龙江', 'Heilongjiang', 'province');
      INSERT INTO scenarios (id, name, region_code, created_at, updated_at) VALUES (1, 's', 'CN-HL', 'x', 'x');
    `);
    await migrate(db, { targetVersion: 60 });
    expect(db.pragma('user_version', { simple: true })).toBe(60);
    db.prepare(
      "INSERT INTO scenario_weight_methods (scenario_id, method, updated_at) VALUES (1, 'ahp', 'now')",
    ).run();
    expect(
      db.prepare('SELECT roc_order, swing_points, ahp_matrix FROM scenario_weight_methods').get(),
    ).toEqual({ roc_order: '[]', swing_points: '{}', ahp_matrix: '{}' });
    expect(() =>
      db
        .prepare(
          "INSERT INTO scenario_weight_methods (scenario_id, method, updated_at) VALUES (1, 'x', 'n')",
        )
        .run(),
    ).toThrow();
    const add = db.prepare(
      'INSERT INTO scenario_stakeholders (scenario_id, name, influence, weights) VALUES (1, ?, ?, ?)',
    );
    add.run('高校', 1, '{"C1":1}');
    expect(() => add.run('高校', 1, '{}')).toThrow(/UNIQUE/);
    expect(() => add.run('x', -1, '{}')).toThrow(/CHECK/);
    expect(() => add.run('y', 1, 'not json')).toThrow(/CHECK/);
    db.prepare('DELETE FROM scenarios WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM scenario_stakeholders').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM scenario_weight_methods').get()).toEqual({ n: 0 });
    db.close();
  });
});
