/**
 * The reference rule extended to cities and groupings (docs/regions.md): a city against its
 * province, the country or a peer group, a grouping's own figure from its members, and what is
 * said when a reference cannot be formed.
 */
import { describe, expect, it } from 'vitest';
import {
  compareWithReference,
  indicatorSeries,
  referenceScope,
  scopeForIndicator,
  type ScopeRegion,
} from './reference';
import { describeReference, describeRegionValue } from './reference-text';

const OTHERS = Array.from({ length: 28 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
const province = (code: string, isNortheast = false): ScopeRegion => ({
  code,
  kind: 'province',
  isNortheast,
});
const city = (code: string, p: string): ScopeRegion => ({
  code,
  kind: 'city',
  isNortheast: true,
  province: p,
});
const REGIONS: ScopeRegion[] = [
  ...OTHERS.map((c) => province(c)),
  province('LN', true),
  province('JL', true),
  province('HL', true),
  { code: 'CN', kind: 'national', isNortheast: false },
  { code: 'NE', kind: 'aggregate', isNortheast: true },
  city('SY', 'LN'),
  city('DL', 'LN'),
  city('AS', 'LN'),
  city('CC', 'JL'),
  city('HRB', 'HL'),
  { code: 'G-DL', kind: 'group', isNortheast: true },
  { code: 'P-CAP', kind: 'peer-group', isNortheast: true },
];
const GROUPS = { 'G-DL': ['DL', 'AS'], 'P-CAP': ['SY', 'CC', 'HRB'] };
const NAMES: Record<string, { zh: string; en: string }> = {
  LN: { zh: '辽宁', en: 'Liaoning' },
  SY: { zh: '沈阳市', en: 'Shenyang' },
  DL: { zh: '大连市', en: 'Dalian' },
  AS: { zh: '鞍山市', en: 'Anshan' },
  CC: { zh: '长春市', en: 'Changchun' },
  HRB: { zh: '哈尔滨市', en: 'Harbin' },
  'P-CAP': { zh: '东北三省省会城市', en: 'Provincial capitals of the Northeast' },
};
const name = (code: string) => NAMES[code] ?? { zh: code, en: code };
type Row = { region: string; year: number; value: number };
const r = (region: string, year: number, value: number): Row => ({ region, year, value });
const nationalRows = (year: number): Row[] => [
  r('CN', year, 41_314),
  ...OTHERS.map((c) => r(c, year, 30_000)),
];

describe('a city against its province', () => {
  const scope = referenceScope(REGIONS, 'DL', { comparison: { kind: 'province' }, groups: GROUPS });
  const rows = [...nationalRows(2024), r('LN', 2024, 39_876), r('DL', 2024, 55_000)];

  it('reads the province’s own row of the same year', () => {
    const c = compareWithReference(indicatorSeries(rows), scope);
    expect(c).toMatchObject({
      status: 'compared',
      year: 2024,
      value: 55_000,
      referenceValue: 39_876,
      referenceBasis: 'province-row',
      referenceRegion: 'LN',
      comparison: 'province',
      comparisonRegion: 'LN',
      referenceMembers: ['LN'],
    });
    expect(describeReference(c, 'national', name)).toEqual({
      zh: '所在省辽宁（2024 年）',
      en: 'its province Liaoning, 2024',
    });
  });

  it('falls back, labelled, to the latest year the province reports, and names what is missing', () => {
    const newer = [...rows, r('DL', 2025, 57_000)];
    const c = compareWithReference(indicatorSeries(newer), scope);
    expect(c).toMatchObject({
      status: 'compared',
      year: 2024,
      newerRegionYear: 2025,
      value: 55_000,
    });
    expect(describeReference(c, 'national', name).en).toContain(
      'reference: 2024, latest complete year',
    );
    const alone = compareWithReference(
      indicatorSeries([r('DL', 2025, 57_000), r('LN', 2023, 1)]),
      scope,
    );
    expect(alone).toMatchObject({
      status: 'no-reference',
      year: 2025,
      missingReferenceMembers: ['LN'],
    });
    expect(describeReference(alone, 'national', name).en).toBe(
      'no same-year reference from its province (Liaoning): 2025 lacks figures for Liaoning; the latest year with one is 2023',
    );
  });

  it('a "best" link reads the best other city of the province, only when all of them report', () => {
    const all = [...rows, r('SY', 2024, 52_000), r('AS', 2024, 40_000)];
    const best = compareWithReference(indicatorSeries(all), scope, 'best', 1);
    expect(best).toMatchObject({
      referenceBasis: 'best-city',
      referenceRegion: 'SY',
      referenceValue: 52_000,
      referenceMembers: ['SY', 'AS'],
    });
    expect(describeReference(best, 'best', name).en).toBe(
      'best city of Liaoning, Shenyang, 2024 (all 2 other cities of the province report)',
    );
    const partial = compareWithReference(
      indicatorSeries([...rows, r('SY', 2024, 52_000)]),
      scope,
      'best',
      1,
    );
    expect(partial).toMatchObject({ status: 'no-reference', missingReferenceMembers: ['AS'] });
  });
});

describe('a city against a peer group', () => {
  it('is the mean of the other peers, never its own row; every other peer must report', () => {
    const scope = referenceScope(REGIONS, 'SY', {
      comparison: { kind: 'peer-group', code: 'P-CAP' },
      groups: GROUPS,
    });
    const rows = [r('SY', 2024, 52_000), r('CC', 2024, 46_000), r('HRB', 2024, 45_000)];
    const c = compareWithReference(indicatorSeries(rows), scope);
    expect(c).toMatchObject({
      status: 'compared',
      referenceBasis: 'peers-mean',
      referenceValue: 45_500,
      referenceMembers: ['CC', 'HRB'],
      comparisonRegion: 'P-CAP',
    });
    expect(describeReference(c, 'national', name).zh).toBe(
      '东北三省省会城市其他 2 个城市平均（2024 年，长春市、哈尔滨市）',
    );
    const missing = compareWithReference(indicatorSeries(rows.slice(0, 2)), scope);
    expect(missing).toMatchObject({ status: 'no-reference', missingReferenceMembers: ['HRB'] });
  });

  it('a "best" link reads the best other peer in the indicator’s direction', () => {
    const scope = referenceScope(REGIONS, 'SY', {
      comparison: { kind: 'peer-group', code: 'P-CAP' },
      groups: GROUPS,
    });
    // Unemployment-like: lower is better, and Shenyang's own 3.9 never counts as the best peer.
    const rows = indicatorSeries([r('SY', 2024, 3.9), r('CC', 2024, 4.4), r('HRB', 2024, 4.1)]);
    expect(compareWithReference(rows, scope, 'best', -1)).toMatchObject({
      referenceBasis: 'best-peer',
      referenceRegion: 'HRB',
      referenceValue: 4.1,
      referenceMembers: ['CC', 'HRB'],
    });
    expect(compareWithReference(rows, scope, 'best', 1)).toMatchObject({ referenceRegion: 'CC' });
  });

  it('does not apply to a province: the country stays its reference', () => {
    const scope = referenceScope(REGIONS, 'LN', {
      comparison: { kind: 'peer-group', code: 'P-CAP' },
      groups: GROUPS,
    });
    expect(scope.comparison).toBeUndefined();
  });
});

describe('a grouping of cities', () => {
  const options = {
    comparison: { kind: 'province' } as const,
    groups: GROUPS,
    memberRules: { gdp: 'sum', income: 'population-weighted', growth: 'none' } as const,
    population: [r('DL', 2024, 750), r('AS', 2024, 250)],
  };
  const scope = referenceScope(REGIONS, 'G-DL', options);

  it('sums a total and weights a per-capita figure by population, then meets its province', () => {
    const gdp = compareWithReference(
      indicatorSeries([r('DL', 2024, 9_000), r('AS', 2024, 2_000), r('LN', 2024, 32_612)]),
      scopeForIndicator(scope, 'gdp'),
    );
    expect(gdp).toMatchObject({ value: 11_000, valueBasis: 'members-sum', memberRule: 'sum' });
    const income = compareWithReference(
      indicatorSeries([r('DL', 2024, 56_000), r('AS', 2024, 40_000), r('LN', 2024, 39_876)]),
      scopeForIndicator(scope, 'income'),
    );
    expect(income.value).toBeCloseTo(52_000, 9);
    expect(income).toMatchObject({
      valueBasis: 'members-weighted',
      referenceBasis: 'province-row',
    });
    expect(describeRegionValue(income, name)?.en).toBe(
      'mean of its 2 member cities weighted by resident population',
    );
  });

  it('forms no figure with a member missing (naming it) or for a rate', () => {
    const one = compareWithReference(
      indicatorSeries([r('DL', 2024, 56_000), r('LN', 2024, 39_876)]),
      scopeForIndicator(scope, 'income'),
    );
    expect(one).toMatchObject({ status: 'no-region-value', missingMembers: ['AS'] });
    expect(describeReference(one, 'national', name).en).toBe(
      "no figure or no same-year resident population for Anshan, so the grouping's population-weighted figure cannot be formed",
    );
    const total = compareWithReference(
      indicatorSeries([r('AS', 2024, 2_000), r('LN', 2024, 32_612)]),
      scopeForIndicator(scope, 'gdp'),
    );
    expect(total).toMatchObject({ status: 'no-region-value', missingMembers: ['DL'] });
    expect(describeReference(total, 'national', name).zh).toBe(
      '缺少大连市的数据，无法合成本组合的数值',
    );
    const rate = compareWithReference(
      indicatorSeries([r('DL', 2024, 5), r('AS', 2024, 6), r('LN', 2024, 5.5)]),
      scopeForIndicator(scope, 'growth'),
    );
    expect(rate.status).toBe('no-region-value');
    expect(describeReference(rate, 'national', name).en).toMatch(/not combined/);
  });

  it('cannot weight a member without its resident population, and names it as missing', () => {
    const unweighted = referenceScope(REGIONS, 'G-DL', {
      ...options,
      population: [r('DL', 2024, 750), r('AS', 2023, 250)],
    });
    const c = compareWithReference(
      indicatorSeries([r('DL', 2024, 56_000), r('AS', 2024, 40_000), r('LN', 2024, 39_876)]),
      scopeForIndicator(unweighted, 'income'),
    );
    expect(c).toMatchObject({ status: 'no-region-value', value: null, missingMembers: ['AS'] });
    expect(describeReference(c, 'national', name).zh).toBe(
      '缺少鞍山市的数据或同年常住人口，无法合成本组合的人口加权数值',
    );
  });

  it('is compared with a province only when all its members lie in that one province', () => {
    const across = referenceScope(REGIONS, 'G-DL', {
      ...options,
      groups: { ...GROUPS, 'G-DL': ['DL', 'CC'] },
    });
    expect(across.comparison).toBeUndefined();
    expect(scope.comparison).toEqual({ kind: 'province', code: 'LN', cities: ['SY', 'DL', 'AS'] });
  });

  it('a peer group never takes the grouping’s own members as peers', () => {
    const s = referenceScope(REGIONS, 'G-DL', {
      ...options,
      comparison: { kind: 'peer-group', code: 'P-CAP' },
      groups: { ...GROUPS, 'P-CAP': ['SY', 'DL', 'CC'] },
    });
    const c = compareWithReference(
      indicatorSeries([
        r('DL', 2024, 9_000),
        r('AS', 2024, 2_000),
        r('SY', 2024, 8_000),
        r('CC', 2024, 7_000),
      ]),
      scopeForIndicator(s, 'gdp'),
    );
    expect(c).toMatchObject({
      referenceBasis: 'peers-mean',
      referenceMembers: ['SY', 'CC'],
      referenceValue: 7_500,
    });
  });
});

describe('a city against the country', () => {
  it('uses the national rule unchanged: the national row, else ≥ 28 provinces', () => {
    const scope = referenceScope(REGIONS, 'HRB', { groups: GROUPS });
    const c = compareWithReference(
      indicatorSeries([...nationalRows(2024), r('HRB', 2024, 45_000)]),
      scope,
    );
    expect(c).toMatchObject({
      referenceBasis: 'national-row',
      referenceValue: 41_314,
      comparison: 'national',
    });
  });
});
