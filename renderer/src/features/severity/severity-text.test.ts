import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import {
  severityIndicatorLines,
  type SeverityCauseRow,
  type SeverityIndicatorRow,
} from './severity-text';

beforeAll(async () => {
  await initI18n('en');
});

const gap = (over: Partial<SeverityIndicatorRow>): SeverityIndicatorRow => ({
  indicator: 'disposable_income',
  nameZh: '居民人均可支配收入',
  nameEn: 'Per-capita disposable income',
  unit: '元',
  unitEn: 'yuan',
  direction: 1,
  reference: 'national',
  status: 'compared',
  year: 2024,
  value: 33978,
  valueBasis: 'members-mean',
  valueRegions: ['CN-LN', 'CN-JL', 'CN-HL'],
  referenceValue: 41314,
  referenceBasis: 'national-row',
  referenceRegion: null,
  reportingProvinces: 30,
  totalProvinces: 31,
  referenceProvinces: 0,
  excludedRegions: [],
  newerRegionYear: null,
  availableIn: [],
  missingMembers: [],
  latestReferenceYear: 2024,
  comparison: 'national',
  comparisonRegion: null,
  referenceMembers: [],
  missingReferenceMembers: [],
  memberRule: null,
  gap: 0.1776,
  explanation: { zh: '全国数据（2024 年）', en: 'national figure (2024)' },
  valueNote: { zh: '3 省平均', en: 'mean of 3 provinces' },
  ...over,
});
const row = (indicators: SeverityIndicatorRow[]): SeverityCauseRow => ({
  causeId: 'C4',
  nameZh: '整体薪酬福利待遇偏低',
  nameEn: 'Low overall salary and welfare benefits',
  severity: indicators.length > 0 ? 0.18 : null,
  indicators,
});

describe('severity indicator lines', () => {
  it('state value, reference, how it was formed and the gap, in the active language', async () => {
    const t = i18n.getFixedT('en');
    expect(severityIndicatorLines(t, 'en', row([gap({})]))).toEqual([
      'Per-capita disposable income: 33,978 yuan (mean of 3 provinces) vs 41,314 yuan (national figure (2024)) → 0.18',
    ]);
    const zh = i18n.getFixedT('zh');
    expect(severityIndicatorLines(zh, 'zh', row([gap({})]))).toEqual([
      '居民人均可支配收入：33,978 元（3 省平均） 对比 41,314 元（全国数据（2024 年）） → 0.18',
    ]);
  });

  it('says what is missing instead of "no data", and "no indicator yet" for a cause without one', () => {
    const t = i18n.getFixedT('en');
    const northeastOnly = gap({
      status: 'no-reference',
      value: 36.54,
      unit: '%',
      unitEn: 'percent',
      valueBasis: 'aggregate',
      valueNote: { zh: '东北地区整体数据', en: 'figure for Northeast China as a whole' },
      referenceValue: null,
      referenceBasis: null,
      gap: null,
      explanation: { zh: '该指标无全国参照', en: 'no national reference for this indicator' },
    });
    expect(severityIndicatorLines(t, 'en', row([northeastOnly]))).toEqual([
      'Per-capita disposable income: 36.5% (figure for Northeast China as a whole); no national reference for this indicator',
    ]);
    expect(severityIndicatorLines(t, 'en', row([]))).toEqual(['No indicator yet']);
  });
});
