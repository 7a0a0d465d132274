import { describe, expect, it } from 'vitest';
import { fullestYear, rowReference } from './indicator-reference';
import type { ReportInput } from './types';

const gdp = {
  code: 'gdp',
  name: { zh: '地区生产总值', en: 'GDP' },
  unit: { zh: '亿元', en: '100 million yuan' },
  direction: 1 as const,
  measure: 'total' as const,
  sourceId: 's',
};
const obs = (regionCode: string, year: number, value: number) => ({
  indicatorCode: 'gdp',
  regionCode,
  year,
  value,
  qualifier: 'exact' as const,
  sourceId: 's',
});
const scope: Pick<ReportInput, 'referenceScope'> = {
  referenceScope: { target: 'NE', national: 'CN', provinces: ['LN', 'JL', 'HL'] },
};
const name = (code: string) => ({ zh: code, en: code });

describe('the briefing row of a total', () => {
  it('takes the latest year the most focus regions report, not a year one import added', () => {
    // Three provinces report 2023 and 2024; one import added Liaoning's 2025.
    expect(fullestYear([2023, 2024, 2023, 2024, 2023, 2024, 2025])).toBe(2024);
    expect(fullestYear([2024, 2025, 2024, 2025])).toBe(2025);
    expect(fullestYear([2022])).toBe(2022);
  });

  it('shows that year and says why the newer one is left out', () => {
    const rows = [obs('LN', 2024, 32613), obs('JL', 2024, 14362), obs('LN', 2025, 33500)];
    const r = rowReference(gdp, rows, [2024, 2024, 2025], scope, name);
    expect(r.year).toBe(2024);
    expect(r.reference).toBeNull();
    expect(r.note?.en).toBe(
      'a total: regions differ in size, so it is not set against a national reference; 2025 has figures for fewer of these regions, so the row shows 2024',
    );
    expect(r.note?.zh).toContain('本行列出 2024 年');
  });

  it('keeps the plain note when the latest year is the fullest', () => {
    const rows = [obs('LN', 2024, 32613), obs('JL', 2024, 14362)];
    const r = rowReference(gdp, rows, [2024, 2024], scope, name);
    expect(r.year).toBe(2024);
    expect(r.note?.en).toBe(
      'a total: regions differ in size, so it is not set against a national reference',
    );
  });
});
