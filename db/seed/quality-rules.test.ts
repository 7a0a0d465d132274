import { describe, expect, it } from 'vitest';
import {
  GROWTH_TOLERANCE_PP,
  computedFlags,
  table1OrderBreaks,
  table2SumChecks,
  table3GrowthChecks,
} from './quality-rules';
import { regionAliases, lookupRegion, PROVINCES } from './regions';

describe('quality rules on the paper tables', () => {
  it('Table 3 growth check, hand-computed for Guangxi: 31125 / 29514 − 1 = 5.458 %, printed 5.5', () => {
    const gx = table3GrowthChecks().find((c) => c.region === 'CN-GX');
    expect(gx?.computed).toBeCloseTo(5.4584, 3);
    expect(gx?.diff).toBeCloseTo(0.0416, 3);
    expect(table3GrowthChecks()).toHaveLength(30);
    expect(table3GrowthChecks().filter((c) => c.diff > GROWTH_TOLERANCE_PP)).toEqual([]);
  });

  it('Table 2: only Jilin fails to add up (23,117 vs 23,118)', () => {
    expect(table2SumChecks()).toEqual([{ region: 'CN-JL', stated: 23118, sum: 23117 }]);
  });

  it('Table 1: only Hunan breaks the descending order by an order of magnitude', () => {
    expect(table1OrderBreaks()).toEqual([{ region: 'CN-HN', value: 5320.99, next: 50625 }]);
  });

  it('computed flags carry both languages and the numbers', () => {
    const hn = computedFlags().find((f) => f.rule === 'T1_MAGNITUDE');
    expect(hn?.messageZh).toContain('53230.99');
    expect(hn?.messageEn).toContain('5320.99');
  });
});

describe('region aliases', () => {
  it("resolve the paper's short and full names, English and pinyin spellings", () => {
    expect(lookupRegion('广东')).toBe('CN-GD');
    expect(lookupRegion('广东省')).toBe('CN-GD');
    expect(lookupRegion(' guangdong ')).toBe('CN-GD');
    expect(lookupRegion('内蒙古自治区')).toBe('CN-NM');
    expect(lookupRegion('Inner Mongolia')).toBe('CN-NM');
    expect(lookupRegion('宁夏回族自治区')).toBe('CN-NX');
    expect(lookupRegion('Tibet')).toBe('CN-XZ');
    expect(lookupRegion('Shaanxi')).toBe('CN-SN');
    expect(lookupRegion('Shanxi')).toBe('CN-SX');
    expect(lookupRegion('全国')).toBe('CN');
    expect(lookupRegion('东北三省')).toBe('NE');
    expect(lookupRegion('黑龙江\u3000')).toBe('CN-HL');
    expect(lookupRegion('Atlantis')).toBeUndefined();
  });

  it('never map one alias to two regions', () => {
    const all = [...PROVINCES].flatMap((r) =>
      [r.nameZh, r.fullNameZh, r.nameEn, r.code].map((a) => a.toLowerCase()),
    );
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(regionAliases).length).toBeGreaterThanOrEqual(31 * 4);
  });
});
