import { describe, expect, it } from 'vitest';
import type { Region } from '../../../../contract/domain';
import type { ObservationCell, ObservationsResult } from '../../../../contract/evidence';
import type { PackageSmaaResult } from '../../../../engine/robustness';
import {
  bestPackageShare,
  budgetShare,
  indicatorDigits,
  keyIndicator,
  memberCodes,
  robustnessLevel,
  wrapLabel,
} from './overview-model';

const region = (code: string, kind: Region['kind'], isNortheast = false): Region => ({
  code,
  nameZh: code,
  nameEn: code,
  kind,
  isNortheast,
  province: null,
});
/** 28 other provinces: with the three northeastern ones the real count of 31. */
const others = Array.from({ length: 28 }, (_, i) => region(`P${i}`, 'province'));
const regions = [
  region('NE', 'aggregate', true),
  region('LN', 'province', true),
  region('JL', 'province', true),
  region('HL', 'province', true),
  ...others,
  region('CN', 'national'),
];

const cell = (
  r: string,
  year: number,
  value: number,
  extra: Partial<ObservationCell> = {},
): ObservationCell => ({
  region: r,
  year,
  value,
  qualifier: 'exact',
  sourceLineZh: `来源 ${r}`,
  sourceLineEn: `source ${r}`,
  noteZh: '',
  noteEn: '',
  flags: [],
  importId: null,
  ...extra,
});
const flag = (rule: string) => ({
  rule,
  severity: 'warning' as const,
  messageZh: `注意 ${rule}`,
  messageEn: `caution ${rule}`,
});

function observations(
  cells: ObservationCell[],
  direction: 1 | -1 = 1,
  notes: ObservationsResult['notes'] = [],
): ObservationsResult {
  return {
    indicator: {
      code: 'income',
      nameZh: '收入',
      nameEn: 'Income',
      unit: '元',
      unitEn: 'yuan',
      direction,
      category: 'income',
      measure: 'level',
      defaultSourceId: null,
      observations: cells.length,
      regions: 0,
      years: [],
      flags: 0,
    },
    years: [...new Set(cells.map((c) => c.year))],
    cells,
    notes,
    sources: [],
  };
}

const ne2024 = [cell('LN', 2024, 40), cell('JL', 2024, 30), cell('HL', 2024, 20)];

describe('key indicators for the overview', () => {
  it('stands the Northeast for the mean of its three provinces against the national row', () => {
    expect(memberCodes(regions, 'NE')).toEqual(['LN', 'JL', 'HL']);
    const k = keyIndicator(observations([...ne2024, cell('CN', 2024, 40)]), regions, 'NE');
    expect(k).toMatchObject({
      year: 2024,
      value: 30,
      valueBasis: 'members-mean',
      valueNote: { zh: '3 省平均', en: 'mean of 3 provinces' },
      reference: { value: 40, basis: 'national-row' },
      index: 75,
      standing: 'behind',
    });
    expect(k?.sources.map((s) => s.en)).toEqual([
      'source LN',
      'source JL',
      'source HL',
      'source CN',
    ]);
  });

  it('never averages only some members into a regional figure', () => {
    const partial = [cell('JL', 2024, 30), cell('HL', 2024, 20), cell('CN', 2024, 40)];
    expect(keyIndicator(observations(partial), regions, 'NE')).toBeNull();
  });

  it('compares like with like: the newest year with an honest reference, a mean of ≥ 28 provinces without the region', () => {
    const provinces2024 = others.map((r, i) => cell(r.code, 2024, 50 + i));
    const cells = [
      cell('LN', 2025, 41), // newest, but nothing honest to compare it with
      cell('JL', 2025, 31),
      cell('HL', 2025, 21),
      ...ne2024,
      ...provinces2024,
    ];
    const k = keyIndicator(observations(cells), regions, 'LN');
    // 31 provinces report 2024; the mean is over the 30 others: LN's own 40 is left out.
    const mean = (30 + 20 + others.reduce((a, _, i) => a + 50 + i, 0)) / 30;
    expect(k).toMatchObject({ year: 2024, value: 40, valueBasis: 'own', newerRegionYear: 2025 });
    expect(k?.reference).toEqual({ value: mean, basis: 'provinces-mean' });
    expect(k?.referenceText.en).toContain('national reference: 2024, latest complete year');
    expect(k?.referenceText.en).toContain('mean of 30 provinces');
    expect(k?.referenceText.zh).toContain('全国参照：2024 年（最近完整年份）');
    // The Northeast's index is the same before and after its 2025 rows arrive.
    const ne = keyIndicator(observations(cells), regions, 'NE');
    const neBefore = keyIndicator(observations(cells.slice(3)), regions, 'NE');
    expect(ne?.index).toBe(neBefore?.index);
    expect(ne?.referenceText.en).toContain("the region's own LN, JL, HL left out");
    // Without enough provinces there is no reference at all: the newest value stands alone, with the reason.
    const few = keyIndicator(observations([cell('LN', 2025, 41), ...ne2024]), regions, 'LN');
    expect(few).toMatchObject({
      year: 2025,
      value: 41,
      reference: null,
      index: null,
      standing: null,
    });
    expect(few?.referenceText.en).toMatch(/^no national reference/);
  });

  it('reads the standing with the indicator direction and a half-percent band for level', () => {
    const higherIsWorse = observations([cell('LN', 2024, 30), cell('CN', 2024, 40)], -1);
    expect(keyIndicator(higherIsWorse, regions, 'LN')?.standing).toBe('ahead');
    const level = observations([cell('LN', 2024, 39.9), cell('CN', 2024, 40)]);
    expect(keyIndicator(level, regions, 'LN')?.standing).toBe('level');
  });

  it('carries the flags of the values used and the notes about that region or year, not others', () => {
    const cells = [
      cell('LN', 2024, 40, { flags: [flag('A')] }),
      cell('JL', 2024, 30, { qualifier: 'approx' }),
      cell('HL', 2024, 20),
      cell('P0', 2024, 1, { flags: [flag('OTHER')] }),
      cell('CN', 2024, 40, { flags: [flag('B')] }),
    ];
    const notes = [
      { ...flag('C'), region: 'LN', year: null },
      { ...flag('D'), region: 'P1', year: 2024 },
      { ...flag('E'), region: null, year: 2023 },
    ];
    const k = keyIndicator(observations(cells, 1, notes), regions, 'NE');
    expect(k?.flags.map((f) => f.rule).sort()).toEqual(['A', 'B', 'C']);
    expect(k?.flags[0]).toEqual(flag('A'));
    // A mean over an approximate value is itself approximate.
    expect(k?.qualifier).toBe('approx');
  });

  it("shows a northeastern province the Northeast's figure, and says so", () => {
    const headline = observations([cell('NE', 2019, 63.46)]);
    const jl = keyIndicator(headline, regions, 'JL');
    expect(jl).toMatchObject({ value: 63.46, valueBasis: 'aggregate', reference: null });
    expect(jl?.valueNote?.en).toBe('figure for NE as a whole');
    expect(keyIndicator(headline, regions, 'P0')).toBeNull();
    expect(keyIndicator(headline, regions, 'NE')?.valueBasis).toBe('own');
  });
});

describe('overview formatting helpers', () => {
  it('gives yuan whole numbers and rates one or two decimals', () => {
    expect([33978, 63.46, 4.53, -0.2].map(indicatorDigits)).toEqual([0, 1, 2, 2]);
  });

  it('wraps chart labels by word in English and by character in Chinese, with an ellipsis past the last line', () => {
    expect(wrapLabel('Per-capita disposable income nominal growth', 22)).toEqual([
      'Per-capita disposable',
      'income nominal growth',
    ]);
    expect(wrapLabel('居民人均可支配收入名义增速', 10)).toEqual(['居民人均可支配收入名', '义增速']);
    expect(wrapLabel('a b c d e f', 3, 2)).toEqual(['a b', 'c d…']);
    expect(wrapLabel('GDP', 10)).toEqual(['GDP']);
  });

  it('finds the best package in an SMAA result whatever the measure order, and 0 when it never won', () => {
    const row = (measures: string[], pBest: number) => ({
      measures,
      likelyRank: 1,
      likelyValue: 0.5,
      cost: 1,
      pBest,
      rankAcceptability: [pBest],
    });
    const result = {
      packages: [row(['M2', 'M4'], 0.834), row(['M1'], 0.166)],
    } as unknown as PackageSmaaResult;
    expect(bestPackageShare(result, ['M4', 'M2'])).toBe(0.834);
    expect(bestPackageShare(result, ['M3'])).toBe(0);
  });

  it('puts the verdict into words at 40% and 70%', () => {
    expect([0.39, 0.4, 0.69, 0.7, 1].map(robustnessLevel)).toEqual([
      'fragile',
      'moderate',
      'moderate',
      'robust',
      'robust',
    ]);
  });

  it('states cost as a share of the budget only when there is one', () => {
    expect(budgetShare(380, 400)).toBe(0.95);
    expect(budgetShare(380, null)).toBeNull();
    expect(budgetShare(1, 0)).toBeNull();
  });
});
