/**
 * Writes the cities and the shipped groupings into a database that already holds the provinces:
 * called by the seed for a new database and by migration 0080 for an existing one, so both end
 * with the same rows.
 */
import type Database from 'better-sqlite3';
import { CITIES } from './cities';
import { GROUPS, type GroupType } from './groups';

export const GROUP_KIND: Record<GroupType, 'group' | 'peer-group'> = {
  'metropolitan-area': 'group',
  agglomeration: 'group',
  'peer-group': 'peer-group',
};

/** Sort keys after the provinces, the country and the Northeast; groupings after the cities. */
const CITY_SORT = 100;
const GROUP_SORT = 200;

export function insertCityRegions(db: Database.Database): void {
  const region = db.prepare(
    `INSERT INTO regions (code, name_zh, name_en, kind, is_northeast, sort, province_code)
     VALUES (?, ?, ?, 'city', 1, ?, ?)`,
  );
  // A spelling a planner's database already uses for something else keeps its meaning there.
  const alias = db.prepare(
    'INSERT OR IGNORE INTO region_aliases (alias, region_code) VALUES (?, ?)',
  );
  CITIES.forEach((c, i) => {
    region.run(c.code, c.nameZh, c.nameEn, CITY_SORT + i, c.province);
    for (const a of c.aliases) alias.run(a, c.code);
  });
}

export function insertSeedGroups(db: Database.Database): void {
  const region = db.prepare(
    `INSERT INTO regions (code, name_zh, name_en, kind, is_northeast, sort) VALUES (?, ?, ?, ?, 1, ?)`,
  );
  const group = db.prepare(
    'INSERT INTO region_groups (code, group_type, note_zh, note_en) VALUES (?, ?, ?, ?)',
  );
  const member = db.prepare(
    'INSERT INTO region_group_members (group_code, member_code, sort) VALUES (?, ?, ?)',
  );
  GROUPS.forEach((g, i) => {
    region.run(g.code, g.nameZh, g.nameEn, GROUP_KIND[g.type], GROUP_SORT + i);
    group.run(g.code, g.type, g.noteZh, g.noteEn);
    g.members.forEach((m, k) => member.run(g.code, m, k));
  });
}
