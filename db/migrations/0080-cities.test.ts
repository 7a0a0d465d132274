import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { memoryDbAt } from '../test-helpers';
import { seedDatabase } from '../seed/seed';

describe('migration 0080-cities', () => {
  it('widens the region kinds of a seeded database, keeping every row that points at a region', async () => {
    // A database at 70 with the dataset and a planner's work on regions: a scenario, an
    // observation, a quality flag and an alias all point at a province.
    const db = await memoryDbAt(70);
    // Today's seed writes columns 0080 adds: the rows a 0070 database has are written by hand.
    db.exec(`
      INSERT INTO regions (code, name_zh, name_en, kind, is_northeast, sort) VALUES
        ('CN-LN', '辽宁', 'Liaoning', 'province', 1, 5), ('CN-JL', '吉林', 'Jilin', 'province', 1, 6),
        ('CN-HL', '黑龙江', 'Heilongjiang', 'province', 1, 7), ('CN', '全国', 'China', 'national', 0, 31);
      INSERT INTO region_aliases (alias, region_code) VALUES ('辽宁省', 'CN-LN'), ('jilin', 'CN-JL');
      INSERT INTO sources (id, publisher_zh, publisher_en, title_zh, title_en) VALUES ('s', 'p', 'p', 't', 't');
      INSERT INTO indicators (code, name_zh, name_en, unit, unit_en, direction, category)
        VALUES ('gdp', 'GDP', 'GDP', '亿元', '100 million yuan', 1, 'economy'),
               ('income', '收入', 'income', '元', 'yuan', 1, 'income'),
               ('growth', '增速', 'growth', '%', 'percent', 1, 'economy');
      INSERT INTO observations (indicator_code, region_code, year, value, source_id) VALUES ('gdp', 'CN-LN', 2024, 1, 's');
      INSERT INTO data_quality_flags (rule, severity, region_code, message_zh, message_en) VALUES ('r', 'info', 'CN-JL', 'm', 'm');
      INSERT INTO scenarios (id, name, region_code, created_at, updated_at) VALUES (1, 's', 'CN-HL', 'x', 'x');
    `);
    await migrate(db, { targetVersion: 80 });
    expect(db.pragma('user_version', { simple: true })).toBe(80);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM observations').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT region_code FROM data_quality_flags').get()).toEqual({
      region_code: 'CN-JL',
    });
    // Aliases the drop of the old table cascaded away are back, and the city's own spellings added.
    expect(
      db
        .prepare(
          "SELECT alias, region_code FROM region_aliases WHERE alias IN ('辽宁省', 'jilin') ORDER BY alias",
        )
        .all(),
    ).toEqual([
      { alias: 'jilin', region_code: 'CN-JL' },
      { alias: '辽宁省', region_code: 'CN-LN' },
    ]);
    expect(
      db.prepare("SELECT region_code FROM region_aliases WHERE alias = '吉林市'").get(),
    ).toEqual({ region_code: '220200' });
    expect(
      db.prepare('SELECT kind, count(*) AS n FROM regions GROUP BY kind ORDER BY kind').all(),
    ).toEqual([
      { kind: 'city', n: 36 },
      { kind: 'group', n: 5 },
      { kind: 'national', n: 1 },
      { kind: 'peer-group', n: 2 },
      { kind: 'province', n: 3 },
    ]);
    expect(
      db.prepare('SELECT code, aggregation FROM indicators ORDER BY sort, code').all(),
    ).toEqual([
      { code: 'gdp', aggregation: 'sum' },
      { code: 'growth', aggregation: 'none' },
      { code: 'income', aggregation: 'population-weighted' },
      { code: 'population', aggregation: 'sum' },
    ]);
    // The new CHECKs hold: a city needs its province, nothing else may have one, kinds are closed.
    const insert = db.prepare(
      'INSERT INTO regions (code, name_zh, name_en, kind, province_code) VALUES (?, ?, ?, ?, ?)',
    );
    expect(() => insert.run('X1', 'x', 'x', 'city', null)).toThrow(/CHECK/);
    expect(() => insert.run('X2', 'x', 'x', 'province', 'CN-LN')).toThrow(/CHECK/);
    expect(() => insert.run('X3', 'x', 'x', 'county', null)).toThrow(/CHECK/);
    expect(() => insert.run('X4', 'x', 'x', 'city', 'NOWHERE')).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('leaves a new database empty for the seed, which then writes the same rows', async () => {
    const db = await memoryDbAt(80);
    expect(db.prepare('SELECT count(*) AS n FROM regions').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM indicators').get()).toEqual({ n: 0 });
    seedDatabase(db);
    expect(db.prepare("SELECT count(*) AS n FROM regions WHERE kind = 'city'").get()).toEqual({
      n: 36,
    });
    expect(db.prepare('SELECT count(*) AS n FROM region_group_members').get()).toEqual({ n: 35 });
    db.close();
  });

  it('keeps a scenario’s reference settings with the scenario and refuses a peer reference without a group', async () => {
    const { db } = await import('../open').then((m) => m.openDatabase(':memory:'));
    const id = (db.prepare('SELECT id FROM scenarios LIMIT 1').get() as { id: number }).id;
    const set = db.prepare(
      'INSERT INTO scenario_region_settings (scenario_id, reference, peer_group) VALUES (?, ?, ?)',
    );
    expect(() => set.run(id, 'peer-group', null)).toThrow(/CHECK/);
    set.run(id, 'peer-group', 'P-CAPITALS');
    db.prepare('DELETE FROM scenarios WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) AS n FROM scenario_region_settings').get()).toEqual({
      n: 0,
    });
    db.close();
  });
});
