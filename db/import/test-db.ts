/**
 * A small, deterministic database for the importer's tests and benchmark: the real migrations,
 * the seed's regions (with aliases, the cities and the shipped groupings), sources and indicators, and the paper's Table 1 (GDP 2024)
 * and Table 3 (disposable income 2023/2024) as observations. Built from the seed constants rather
 * than seedDatabase() so the importer's tests do not depend on scenario seeding.
 */
import Database from 'better-sqlite3';
import { migrate } from '../migrate';
import { insertCityRegions, insertSeedGroups } from '../seed/city-regions';
import { aggregationOf, INDICATORS } from '../seed/indicators';
import { TABLE1_GDP_2024, TABLE3_INCOME } from '../seed/paper-tables';
import { lookupRegion, regionAliases, REGIONS } from '../seed/regions';
import { SOURCES } from '../seed/sources';

export async function makeTestDb(file = ':memory:'): Promise<Database.Database> {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  await migrate(db);
  db.transaction(() => {
    const region = db.prepare(
      'INSERT INTO regions (code, name_zh, name_en, kind, is_northeast, sort) VALUES (?, ?, ?, ?, ?, ?)',
    );
    REGIONS.forEach((r, i) =>
      region.run(r.code, r.nameZh, r.nameEn, r.kind, r.isNortheast ? 1 : 0, i),
    );
    const alias = db.prepare(
      'INSERT OR IGNORE INTO region_aliases (alias, region_code) VALUES (?, ?)',
    );
    for (const [a, code] of Object.entries(regionAliases)) alias.run(a, code);
    insertCityRegions(db);
    insertSeedGroups(db);
    const source = db.prepare(
      'INSERT INTO sources (id, publisher_zh, publisher_en, title_zh, title_en, year, note_zh, note_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const s of SOURCES)
      source.run(
        s.id,
        s.publisherZh,
        s.publisherEn,
        s.titleZh,
        s.titleEn,
        s.year,
        s.noteZh,
        s.noteEn,
      );
    const ind = db.prepare(
      'INSERT INTO indicators (code, name_zh, name_en, unit, unit_en, direction, category, default_source_id, sort, aggregation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    INDICATORS.forEach((i, n) =>
      ind.run(
        i.code,
        i.nameZh,
        i.nameEn,
        i.unit,
        i.unitEn,
        i.direction,
        i.category,
        i.sourceId,
        n,
        aggregationOf(i.unit),
      ),
    );
    const obs = db.prepare(
      'INSERT INTO observations (indicator_code, region_code, year, value, source_id) VALUES (?, ?, ?, ?, ?)',
    );
    const code = (name: string): string => {
      const c = lookupRegion(name);
      if (!c) throw new Error(`test seed: unknown region ${name}`);
      return c;
    };
    for (const [name, gdp, growth] of TABLE1_GDP_2024) {
      obs.run('gdp', code(name), 2024, gdp, 'paper-t1');
      obs.run('gdp_growth_nominal', code(name), 2024, growth, 'paper-t1');
    }
    for (const [name, y2023, y2024] of TABLE3_INCOME) {
      obs.run('disposable_income', code(name), 2023, y2023, 'paper-t3');
      obs.run('disposable_income', code(name), 2024, y2024, 'paper-t3');
    }
  })();
  return db;
}
