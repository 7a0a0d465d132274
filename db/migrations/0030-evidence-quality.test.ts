import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { memoryDbAt } from '../test-helpers';

describe('migration 0030-evidence-quality', () => {
  it('adds flags, aliases, links and observations.import_id to a v20 database with data', async () => {
    const db = await memoryDbAt(20);
    db.exec(`
      INSERT INTO regions (code, name_zh, name_en, kind) VALUES ('CN-HN', '湖南', 'Hunan', 'province');
      INSERT INTO sources (id, publisher_zh, publisher_en, title_zh, title_en) VALUES ('t1', '各地统计局', 'Local bureaus', '表1', 'Table 1');
      INSERT INTO indicators (code, name_zh, name_en, unit, unit_en, direction, category) VALUES ('gdp', 'GDP', 'GDP', '亿元', '100m yuan', 1, 'economy');
      INSERT INTO observations (id, indicator_code, region_code, year, value, source_id) VALUES (5, 'gdp', 'CN-HN', 2024, 5320.99, 't1');
      INSERT INTO causes (id, name_zh, name_en, text_zh, text_en, paper_section, sort) VALUES ('C3', 'a', 'a', 't', 't', '§3.3', 0);
    `);
    await migrate(db, { targetVersion: 30 });
    expect(db.pragma('user_version', { simple: true })).toBe(30);
    expect(db.prepare('SELECT value, import_id FROM observations WHERE id = 5').get()).toEqual({
      value: 5320.99,
      import_id: null,
    });
    db.prepare(
      "INSERT INTO data_quality_flags (rule, severity, observation_id, indicator_code, region_code, year, message_zh, message_en) VALUES ('T1_MAGNITUDE', 'warning', 5, 'gdp', 'CN-HN', 2024, 'z', 'e')",
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO data_quality_flags (rule, severity, message_zh, message_en) VALUES ('R', 'error', 'z', 'e')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare("INSERT INTO region_aliases (alias, region_code) VALUES ('hunan', 'CN-HN')").run();
    expect(
      db.prepare("SELECT region_code FROM region_aliases WHERE alias = 'HUNAN'").get(),
    ).toEqual({ region_code: 'CN-HN' });
    db.prepare(
      "INSERT INTO cause_indicator_links (cause_id, indicator_code, direction) VALUES ('C3', 'gdp', 1)",
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO cause_indicator_links (cause_id, indicator_code, direction, reference) VALUES ('C3', 'gdp', 1, 'x')",
        )
        .run(),
    ).toThrow();
    // Deleting an observation removes its flags.
    db.prepare('DELETE FROM observations WHERE id = 5').run();
    expect(db.prepare('SELECT count(*) AS n FROM data_quality_flags').get()).toEqual({ n: 0 });
    db.close();
  });
});
