import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors';
import { closeDatabase } from '../open';
import { seededMemoryDb } from '../test-helpers';
import {
  getObservations,
  listIndicatorSummaries,
  listQualityFlags,
  upsertObservations,
} from './indicators.repo';
import { getRegion, listRegions, resolveRegionAlias } from './regions.repo';

let db: Database.Database;
beforeEach(async () => {
  db = await seededMemoryDb();
});
afterEach(() => closeDatabase(db));

describe('regions.repo', () => {
  it('lists 33 provincial-level regions, 36 cities and 7 groupings in the contract shape and resolves aliases', () => {
    const regions = listRegions(db);
    expect(regions).toHaveLength(33 + 36 + 7);
    expect(regions.find((r) => r.code === 'CN-LN')).toEqual({
      code: 'CN-LN',
      nameZh: '辽宁',
      nameEn: 'Liaoning',
      kind: 'province',
      isNortheast: true,
      province: null,
    });
    expect(regions.find((r) => r.code === '210200')).toEqual({
      code: '210200',
      nameZh: '大连市',
      nameEn: 'Dalian',
      kind: 'city',
      isNortheast: true,
      province: 'CN-LN',
    });
    expect(getRegion(db, 'NE')?.kind).toBe('aggregate');
    expect(resolveRegionAlias(db, '内蒙古自治区')).toBe('CN-NM');
    expect(resolveRegionAlias(db, 'INNER MONGOLIA')).toBe('CN-NM');
    expect(resolveRegionAlias(db, 'Narnia')).toBeUndefined();
    expect(resolveRegionAlias(db, '吉林')).toBe('CN-JL');
    expect(resolveRegionAlias(db, '吉林市')).toBe('220200');
    expect(resolveRegionAlias(db, 'Harbin')).toBe('230100');
  });
});

describe('indicators.repo', () => {
  it('lists indicators with observation counts', () => {
    const list = listIndicatorSummaries(db);
    expect(list.find((i) => i.code === 'gdp')).toMatchObject({
      nameZh: '地区生产总值',
      unit: '亿元',
      direction: 1,
      observations: 31,
    });
    expect(list.find((i) => i.code === 'disposable_income')?.observations).toBe(61); // 30 × 2 years + national 2024
    expect(list.reduce((s, i) => s + i.observations, 0)).toBe(201);
  });

  it('filters observations by region and year, with unit, source line and flags', () => {
    const rows = getObservations(db, 'gdp', { regions: ['CN-HN', 'CN-LN'], years: [2024] });
    expect(rows.map((r) => [r.region, r.value])).toEqual([
      ['CN-LN', 32612.7],
      ['CN-HN', 5320.99],
    ]);
    const hn = rows[1];
    expect(hn?.unit).toBe('亿元');
    expect(hn?.sourceLineEn).toBe(
      'Local statistics bureaus: Statistics of GDP in all regions of China in 2024 (paper Table 1)',
    );
    expect(hn?.flags.map((f) => f.rule)).toEqual(['T1_MAGNITUDE']);
    expect(
      getObservations(db, 'disposable_income', { regions: ['CN-JL'] }).map((r) => r.year),
    ).toEqual([2023, 2024]);
    expect(() => getObservations(db, 'nope')).toThrow(NotFoundError);
  });

  it('upserts in one transaction and reports what it replaced', () => {
    const r = upsertObservations(db, [
      { indicator: 'gdp', region: 'CN-LN', year: 2025, value: 34000, sourceId: 'paper-t1' },
      {
        indicator: 'gdp',
        region: 'CN-HN',
        year: 2024,
        value: 53230.99,
        sourceId: 'paper-t1',
        noteEn: 'corrected from the bureau',
      },
    ]);
    expect(r.inserted).toBe(1);
    expect(r.updated).toBe(1);
    expect(r.replaced).toEqual([
      {
        indicator: 'gdp',
        region: 'CN-HN',
        year: 2024,
        value: 5320.99,
        sourceId: 'paper-t1',
        qualifier: 'exact',
        noteZh: '',
        noteEn: '',
      },
    ]);
    // The "kept as printed" flag no longer describes the new value.
    expect(getObservations(db, 'gdp', { regions: ['CN-HN'] })[0]?.flags).toEqual([]);
    expect(listQualityFlags(db, 'gdp')).toEqual([]);
  });

  it('rolls back the whole batch when one row is bad', () => {
    expect(() =>
      upsertObservations(db, [
        { indicator: 'gdp', region: 'CN-LN', year: 2030, value: 1, sourceId: 'paper-t1' },
        { indicator: 'gdp', region: 'CN-XX', year: 2030, value: 1, sourceId: 'paper-t1' },
      ]),
    ).toThrow(/FOREIGN KEY/);
    expect(getObservations(db, 'gdp', { years: [2030] })).toEqual([]);
    expect(() =>
      upsertObservations(db, [
        { indicator: 'gdp', region: 'CN-LN', year: 2030, value: Number.NaN, sourceId: 'paper-t1' },
      ]),
    ).toThrow(/rows\[0\]\.value/);
  });
});
