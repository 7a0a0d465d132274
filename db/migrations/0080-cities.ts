import type Database from 'better-sqlite3';
import { insertCityRegions, insertSeedGroups } from '../seed/city-regions';
import {
  aggregationOf,
  INDICATORS,
  PER_CAPITA_UNITS,
  POPULATION_INDICATOR,
  SUM_UNITS,
} from '../seed/indicators';
import type { Migration } from './types';

/**
 * Cities, metropolitan areas and peer groups (docs/regions.md).
 *
 * Regions gain the kinds 'city' (the 36 prefecture-level divisions of the Northeast, with the
 * province they lie in), 'group' (a metropolitan area or agglomeration: a planner-edited set of
 * cities a scenario can be made for) and 'peer-group' (a set a region is compared with). SQLite
 * cannot widen a CHECK in place, so the table is rebuilt: rows are kept aside, the table dropped
 * and recreated, the rows put back. Inside the runner's transaction foreign keys cannot be
 * switched off, so their checks are deferred to the commit (by then every referenced code exists
 * again) and the aliases the drop cascaded away are restored.
 *
 * Indicators gain how a grouping's value is formed from its members ('sum', 'population-weighted',
 * 'none'); scenarios gain what their region is compared with and the indicator the briefing's map
 * shows. A database that already holds the dataset receives the cities, the shipped groupings and
 * the population indicator here; a new one receives them from the seed.
 */
const REBUILD_REGIONS = /* sql */ `
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE regions_kept AS SELECT * FROM regions;
CREATE TEMP TABLE region_aliases_kept AS SELECT * FROM region_aliases;
DROP TABLE regions;
CREATE TABLE regions (
  code TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  kind TEXT NOT NULL
    CHECK (kind IN ('province', 'national', 'aggregate', 'city', 'group', 'peer-group')),
  is_northeast INTEGER NOT NULL DEFAULT 0 CHECK (is_northeast IN (0, 1)),
  sort INTEGER NOT NULL DEFAULT 0,
  -- The province a city lies in; only cities have one.
  province_code TEXT REFERENCES regions (code),
  CHECK ((kind = 'city') = (province_code IS NOT NULL))
) STRICT;
INSERT INTO regions (code, name_zh, name_en, kind, is_northeast, sort)
  SELECT code, name_zh, name_en, kind, is_northeast, sort FROM regions_kept;
INSERT OR IGNORE INTO region_aliases (alias, region_code)
  SELECT alias, region_code FROM region_aliases_kept;
DROP TABLE regions_kept;
DROP TABLE region_aliases_kept;
`;

const NEW_TABLES = /* sql */ `
CREATE TABLE region_groups (
  code TEXT PRIMARY KEY REFERENCES regions (code) ON DELETE CASCADE,
  group_type TEXT NOT NULL CHECK (group_type IN ('metropolitan-area', 'agglomeration', 'peer-group')),
  note_zh TEXT NOT NULL DEFAULT '',
  note_en TEXT NOT NULL DEFAULT '',
  -- 'default': the shipped starting point; 'edited' by changed_by at changed_at.
  provenance TEXT NOT NULL DEFAULT 'default' CHECK (provenance IN ('default', 'edited')),
  changed_by TEXT NOT NULL DEFAULT '',
  changed_at TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE region_group_members (
  group_code TEXT NOT NULL REFERENCES region_groups (code) ON DELETE CASCADE,
  member_code TEXT NOT NULL REFERENCES regions (code),
  sort INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (group_code, member_code),
  CHECK (group_code != member_code)
) STRICT;
CREATE INDEX region_group_members_member ON region_group_members (member_code);

ALTER TABLE indicators ADD COLUMN aggregation TEXT NOT NULL DEFAULT 'none'
  CHECK (aggregation IN ('sum', 'population-weighted', 'none'));
UPDATE indicators SET aggregation = 'sum'
  WHERE unit IN (${SUM_UNITS.map((u) => `'${u}'`).join(', ')});
UPDATE indicators SET aggregation = 'population-weighted'
  WHERE unit IN (${PER_CAPITA_UNITS.map((u) => `'${u}'`).join(', ')});

CREATE TABLE scenario_region_settings (
  scenario_id INTEGER PRIMARY KEY REFERENCES scenarios (id) ON DELETE CASCADE,
  -- What severity compares the scenario's region with.
  reference TEXT NOT NULL DEFAULT 'national'
    CHECK (reference IN ('national', 'province', 'peer-group')),
  peer_group TEXT REFERENCES regions (code),
  -- The indicator the briefing's tile map shows; NULL: no map.
  map_indicator TEXT REFERENCES indicators (code) ON DELETE SET NULL,
  CHECK (reference != 'peer-group' OR peer_group IS NOT NULL)
) STRICT;
`;

function addPopulationIndicator(db: Database.Database): void {
  const seed = INDICATORS.find((i) => i.code === POPULATION_INDICATOR);
  if (!seed) throw new Error('the seed lacks the population indicator');
  const next = db.prepare('SELECT coalesce(max(sort), -1) + 1 AS n FROM indicators').get() as {
    n: number;
  };
  db.prepare(
    `INSERT OR IGNORE INTO indicators (code, name_zh, name_en, unit, unit_en, direction, category, default_source_id, sort, measure, aggregation)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
  ).run(
    seed.code,
    seed.nameZh,
    seed.nameEn,
    seed.unit,
    seed.unitEn,
    seed.direction,
    seed.category,
    next.n,
    seed.measure ?? 'level',
    aggregationOf(seed.unit),
  );
}

export const migration0080: Migration = {
  version: 80,
  name: 'cities',
  up(db) {
    db.exec(REBUILD_REGIONS);
    db.exec(NEW_TABLES);
    const seeded = db.prepare("SELECT 1 FROM regions WHERE kind = 'province' LIMIT 1").get();
    if (seeded) {
      insertCityRegions(db);
      insertSeedGroups(db);
    }
    if (db.prepare('SELECT 1 FROM indicators LIMIT 1').get()) addPopulationIndicator(db);
  },
};
