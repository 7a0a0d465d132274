import { bilingual } from '../../contract/bilingual';
import type Database from 'better-sqlite3';
import type { Region } from '../../contract/domain';
import { InvalidValueError } from '../errors';

interface RegionRow {
  code: string;
  name_zh: string;
  name_en: string;
  kind: Region['kind'];
  is_northeast: number;
  province_code: string | null;
}

const toRegion = (r: RegionRow): Region => ({
  code: r.code,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  kind: r.kind,
  isNortheast: r.is_northeast === 1,
  province: r.province_code,
});

const COLUMNS = 'code, name_zh, name_en, kind, is_northeast, province_code';

/** Provinces first in the seed order, then the national and Northeast rows, cities, groupings. */
export function listRegions(db: Database.Database): Region[] {
  return (
    db.prepare(`SELECT ${COLUMNS} FROM regions ORDER BY sort, code`).all() as RegionRow[]
  ).map(toRegion);
}

export function getRegion(db: Database.Database, code: string): Region | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM regions WHERE code = ?`).get(code) as
    RegionRow | undefined;
  return row ? toRegion(row) : undefined;
}

/**
 * A region name as a statistics file writes it (广东 / 广东省 / Guangdong / CN-GD …) → its code.
 * Whitespace (including full-width spaces) is collapsed; English is matched case-insensitively.
 */
export function resolveRegionAlias(db: Database.Database, name: string): string | undefined {
  const key = name
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .toLowerCase();
  const row = db.prepare('SELECT region_code FROM region_aliases WHERE alias = ?').get(key) as
    { region_code: string } | undefined;
  return row?.region_code;
}

/**
 * A scenario is made for a region one plans for: a province, the country, the Northeast, a city
 * or a metropolitan area / agglomeration. A peer group is a yardstick, not a place.
 */
export function checkScenarioRegion(db: Database.Database, code: string): void {
  const row = db.prepare('SELECT kind FROM regions WHERE code = ?').get(code) as
    { kind: Region['kind'] } | undefined;
  if (!row)
    throw new InvalidValueError('regionCode', bilingual(`未知地区`, `unknown region "${code}"`));
  if (row.kind === 'peer-group')
    throw new InvalidValueError(
      'regionCode',
      bilingual(
        `“${code}”是同类城市组，只能作为比较参照，不能作为情景地区`,
        `"${code}" is a peer group: a reference to compare with, not a region to plan for`,
      ),
    );
}
