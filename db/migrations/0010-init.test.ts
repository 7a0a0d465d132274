import { describe, expect, it } from 'vitest';
import { memoryDbAt } from '../test-helpers';

describe('migration 0010-init', () => {
  it('creates STRICT tables that reject wrong types and out-of-range values', async () => {
    const db = await memoryDbAt(10);
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    const strict = db
      .prepare(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND strict = 1 ORDER BY name",
      )
      .all() as { name: string }[];
    expect(strict.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'regions',
        'observations',
        'scenarios',
        'scenario_impacts',
        'scenario_constraints',
        'settings',
      ]),
    );
    db.prepare(
      "INSERT INTO regions (code, name_zh, name_en, kind) VALUES ('CN-LN', '辽宁', 'Liaoning', 'province')",
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO regions (code, name_zh, name_en, kind) VALUES ('X', 'x', 'x', 'city')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare(
      "INSERT INTO sources (id, publisher_zh, publisher_en, title_zh, title_en) VALUES ('s', 'p', 'p', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO indicators (code, name_zh, name_en, unit, unit_en, direction, category) VALUES ('gdp', 'g', 'g', '亿元', '100m', 1, 'economy')",
    ).run();
    // STRICT: a non-numeric text value in a REAL column is refused instead of silently stored.
    expect(() =>
      db
        .prepare(
          "INSERT INTO observations (indicator_code, region_code, year, value, source_id) VALUES ('gdp', 'CN-LN', 2024, 'abc', 's')",
        )
        .run(),
    ).toThrow(/cannot store TEXT value in REAL column/);
    db.prepare(
      "INSERT INTO observations (indicator_code, region_code, year, value, source_id) VALUES ('gdp', 'CN-LN', 2024, 1.5, 's')",
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO observations (indicator_code, region_code, year, value, source_id) VALUES ('gdp', 'CN-LN', 2024, 2, 's')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO observations (indicator_code, region_code, year, value, source_id) VALUES ('gdp', 'CN-XX', 2023, 2, 's')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('enforces cost and impact ordering and JSON constraint lists', async () => {
    const db = await memoryDbAt(10);
    db.exec(`
      INSERT INTO regions (code, name_zh, name_en, kind) VALUES ('NE', '东北', 'NE', 'aggregate');
      INSERT INTO causes (id, name_zh, name_en, text_zh, text_en, paper_section, sort) VALUES ('C1', 'a', 'a', 't', 't', '§3.1', 0);
      INSERT INTO measures (id, name_zh, name_en, text_zh, text_en, paper_section, lead_agency_zh, lead_agency_en, sort,
        default_cost_low, default_cost_likely, default_cost_high, cost_unit, default_years_to_effect)
        VALUES ('M1', 'm', 'm', 't', 't', '§4.1', 'a', 'a', 0, 1, 2, 3, '亿元', 2);
      INSERT INTO scenarios (id, name, region_code, created_at, updated_at) VALUES (1, 's', 'NE', 'now', 'now');
    `);
    expect(() =>
      db.prepare("INSERT INTO scenario_measures VALUES (1, 'M1', 5, 2, 9, '亿元', 1, 1)").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO scenario_impacts (scenario_id, measure_id, cause_id, low, likely, high) VALUES (1, 'M1', 'C1', 0.2, 0.1, 0.3)",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO scenario_impacts (scenario_id, measure_id, cause_id, low, likely, high) VALUES (1, 'M1', 'C1', 0, 0.5, 1.2)",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare('INSERT INTO scenario_constraints (scenario_id, required) VALUES (1, \'["M1"\')')
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO scenario_constraints (scenario_id, required) VALUES (1, '{}')").run(),
    ).toThrow(/CHECK/);
    db.prepare(
      'INSERT INTO scenario_constraints (scenario_id, budget, required) VALUES (1, 10, \'["M1"]\')',
    ).run();
    // Deleting a scenario removes its copies (no orphan rows).
    db.prepare("INSERT INTO scenario_cause_weights VALUES (1, 'C1', 1)").run();
    db.prepare('DELETE FROM scenarios WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM scenario_cause_weights').get()).toEqual({ n: 0 });
    db.close();
  });
});
