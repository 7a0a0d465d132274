import type Database from 'better-sqlite3';
import type { Region } from '../../electron/contract/domain';

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
