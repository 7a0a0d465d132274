import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareWithReference,
  indicatorSeries,
  referenceInYear,
  type ReferenceScope,
} from './reference';
import { describeReference, describeRegionValue } from './reference-text';

const NE = ['LN', 'JL', 'HL'];
/** 28 other provinces, so the fixture has the real count of 31. */
const OTHERS = Array.from({ length: 28 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
const PROVINCES = [...OTHERS, ...NE];

const northeast: ReferenceScope = {
  target: 'NE',
  national: 'CN',
  provinces: PROVINCES,
  members: NE,
};
const heilongjiang: ReferenceScope = {
  target: 'HL',
  national: 'CN',
  provinces: PROVINCES,
  aggregate: 'NE',
};

const names: Record<string, { zh: string; en: string }> = {
  LN: { zh: '辽宁', en: 'Liaoning' },
  JL: { zh: '吉林', en: 'Jilin' },
  HL: { zh: '黑龙江', en: 'Heilongjiang' },
  NE: { zh: '东北地区', en: 'Northeast China' },
};
const name = (code: string) => names[code] ?? { zh: code, en: code };

type Row = { region: string; year: number; value: number };
const row = (region: string, year: number, value: number): Row => ({ region, year, value });
/** Every province of `codes` in `year`, the k-th with value base + k. */
const many = (codes: readonly string[], year: number, base: number): Row[] =>
  codes.map((c, k) => row(c, year, base + k));

describe('the national reference of one year', () => {
  it('is the national figure when the year has one', () => {
    const s = indicatorSeries([row('CN', 2024, 41_314), ...many(OTHERS, 2024, 30_000)]);
    const c = compareWithReference(s, { ...northeast, members: [], target: 'P01' });
    expect(c).toMatchObject({
      status: 'compared',
      year: 2024,
      value: 30_000,
      referenceValue: 41_314,
      referenceBasis: 'national-row',
      referenceProvinces: 0,
      excludedRegions: [],
    });
    expect(describeReference(c, 'national', name)).toEqual({
      zh: '全国数据（2024 年）',
      en: 'national figure (2024)',
    });
  });

  it('is a mean over provinces only when at least 28 of 31 report, without the region itself', () => {
    // 28 others (10 … 37) and the three northeastern provinces: mean of the others = 23.5.
    const rows = [
      ...many(OTHERS, 2024, 10),
      row('LN', 2024, 6),
      row('JL', 2024, 5),
      row('HL', 2024, 4),
    ];
    const c = compareWithReference(indicatorSeries(rows), northeast);
    expect(c.status).toBe('compared');
    expect(c.value).toBeCloseTo(5, 12);
    expect(c.referenceValue).toBeCloseTo(23.5, 12);
    expect(c).toMatchObject({
      referenceBasis: 'provinces-mean',
      reportingProvinces: 31,
      totalProvinces: 31,
      referenceProvinces: 28,
      excludedRegions: ['LN', 'JL', 'HL'],
      valueBasis: 'members-mean',
    });
    expect(describeReference(c, 'national', name).en).toBe(
      "mean of 28 provinces, 2024 (no national figure; 31 of 31 provinces report; the region's own Liaoning, Jilin, Heilongjiang left out)",
    );
    expect(describeReference(c, 'national', name).zh).toBe(
      '2024 年 28 省平均（无全国数据；31/31 省有数据；不含本地区：辽宁、吉林、黑龙江）',
    );
  });

  it('refuses a mean over 27 provinces: that year has no honest reference', () => {
    const values = new Map(many(OTHERS.slice(0, 27), 2024, 10).map((r) => [r.region, r.value]));
    expect(referenceInYear(values, { ...northeast, members: [], target: 'P28' })).toBeNull();
  });

  it('counts the region toward coverage but never into the mean', () => {
    // 25 others + the three NE provinces = 28 reporting: enough coverage, mean over the 25 only.
    const values = new Map(
      [...many(OTHERS.slice(0, 25), 2024, 100), ...many(NE, 2024, 1)].map((r) => [
        r.region,
        r.value,
      ]),
    );
    const ref = referenceInYear(values, northeast);
    expect(ref).toMatchObject({ reporting: 28, provinces: 25, excluded: NE });
    expect(ref!.value).toBeCloseTo(112, 12);
  });
});

describe('like with like after a partial import', () => {
  // 2024: the paper's full table with a national figure; 2025: only the three NE provinces imported.
  const rows = [
    row('CN', 2024, 41_314),
    ...many(OTHERS, 2024, 30_000),
    row('LN', 2024, 39_876),
    row('JL', 2024, 31_104),
    row('HL', 2024, 30_954),
    row('LN', 2025, 41_020),
    row('JL', 2025, 32_100),
    row('HL', 2025, 31_888),
  ];

  it('falls back to 2024 for BOTH figures and labels the reference year', () => {
    const c = compareWithReference(indicatorSeries(rows), northeast);
    expect(c).toMatchObject({
      status: 'compared',
      year: 2024,
      referenceValue: 41_314,
      referenceBasis: 'national-row',
      newerRegionYear: 2025,
      latestReferenceYear: 2024,
    });
    // The region's 2024 mean, not its 2025 one: region and reference of the same year.
    expect(c.value).toBeCloseTo((39_876 + 31_104 + 30_954) / 3, 9);
    const text = describeReference(c, 'national', name);
    expect(text.en).toContain('national reference: 2024, latest complete year');
    expect(text.zh).toContain('全国参照：2024 年（最近完整年份）');
    expect(text.en).toContain('2025 has regional figures only');
  });

  it('gives the same comparison as before the import', () => {
    const before = compareWithReference(indicatorSeries(rows.slice(0, -3)), northeast);
    const after = compareWithReference(indicatorSeries(rows), northeast);
    expect({ ...after, newerRegionYear: null }).toEqual(before);
  });

  it('never lets the three imported rows form a 2025 "national" mean', () => {
    const onlyNew = indicatorSeries(rows.slice(-3));
    const c = compareWithReference(onlyNew, northeast);
    expect(c.status).toBe('no-reference');
    expect(c.referenceValue).toBeNull();
    expect(c.year).toBe(2025);
  });
});

describe('what is missing, said precisely', () => {
  it('a province with only the aggregate figure shows it labelled, and names the missing reference', () => {
    const c = compareWithReference(indicatorSeries([row('NE', 2019, 36.54)]), heilongjiang);
    expect(c).toMatchObject({
      status: 'no-reference',
      year: 2019,
      value: 36.54,
      valueBasis: 'aggregate',
      valueRegions: ['NE'],
    });
    expect(describeRegionValue(c, name)).toEqual({
      zh: '东北地区整体数据',
      en: 'figure for Northeast China as a whole',
    });
    expect(describeReference(c, 'national', name).en).toBe(
      'no national reference for this indicator: no national figure, and fewer than 28 provinces report',
    );
  });

  it('prefers the province’s own older row to the aggregate’s newer one', () => {
    const s = indicatorSeries([row('HL', 2023, 1), row('NE', 2024, 2)]);
    expect(compareWithReference(s, heilongjiang)).toMatchObject({ valueBasis: 'own', year: 2023 });
  });

  it('an aggregate missing a member names that member', () => {
    const s = indicatorSeries([
      row('CN', 2024, 28_227),
      row('JL', 2024, 23_118),
      row('HL', 2024, 23_467),
    ]);
    const c = compareWithReference(s, northeast);
    expect(c).toMatchObject({ status: 'no-region-value', missingMembers: ['LN'] });
    expect(describeReference(c, 'national', name).en).toBe(
      'no figure for Liaoning, so no mean for the region',
    );
  });

  it('a region outside the data is told where the figures are', () => {
    const c = compareWithReference(indicatorSeries([row('NE', 2019, 1)]), {
      ...heilongjiang,
      target: 'P01',
      aggregate: null,
    });
    expect(c).toMatchObject({ status: 'no-region-value', availableIn: ['NE'] });
    expect(describeReference(c, 'national', name).zh).toBe(
      '本地区无此指标数据（仅有东北地区的数据）',
    );
    expect(compareWithReference(new Map(), northeast).status).toBe('no-data');
  });

  it('a reference only in another year than the region’s says both years', () => {
    const s = indicatorSeries([row('CN', 2024, 10), row('NE', 2019, 5)]);
    const c = compareWithReference(s, northeast);
    expect(c).toMatchObject({ status: 'no-reference', latestReferenceYear: 2024, year: 2019 });
    expect(describeReference(c, 'national', name).en).toBe(
      "no national reference for the same year: there is one for 2024, the region's figure is from 2019",
    );
  });
});

describe('best province', () => {
  it('follows the direction, the coverage rule and leaves the region out', () => {
    const rows = [...many(OTHERS, 2024, 10), row('HL', 2024, 1_000)];
    const up = compareWithReference(indicatorSeries(rows), heilongjiang, 'best', 1);
    // HL itself is the highest but is not its own reference: the best other is P28 = 37.
    expect(up).toMatchObject({
      referenceBasis: 'best-province',
      referenceRegion: 'P28',
      referenceValue: 37,
    });
    const down = compareWithReference(indicatorSeries(rows), heilongjiang, 'best', -1);
    expect(down).toMatchObject({ referenceRegion: 'P01', referenceValue: 10 });
    const few = compareWithReference(indicatorSeries(rows.slice(-5)), heilongjiang, 'best', 1);
    expect(few.status).toBe('no-reference');
  });
});

describe('property: the region’s own rows never move its reference', () => {
  it('for any values of the northeastern provinces', () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 28, maxLength: 28 }),
        fc.tuple(value, value, value),
        fc.tuple(value, value, value),
        (others, a, b) => {
          const base = OTHERS.map((c, k) => row(c, 2024, others[k]!));
          const withA = [...base, ...NE.map((c, k) => row(c, 2024, a[k]!))];
          const withB = [...base, ...NE.map((c, k) => row(c, 2024, b[k]!))];
          const ra = compareWithReference(indicatorSeries(withA), northeast).referenceValue;
          const rb = compareWithReference(indicatorSeries(withB), northeast).referenceValue;
          expect(ra).toBe(rb);
        },
      ),
    );
  });
});
