import type { TFunction } from 'i18next';
import type { Locale } from '../../../../electron/contract/domain';
import type { SeverityResult } from '../../../../electron/contract/evidence';
import { formatNumber } from '../../format/number';

export type SeverityCauseRow = SeverityResult['causes'][number];

/**
 * One line per indicator behind a cause's severity: "人均GDP: 52,000 元 对比 全国数据 89,000
 * （2023年，本地区数据）→ 0.42". Shared by the severity panel and the weights table.
 */
export function severityIndicatorLines(
  t: TFunction,
  lang: Locale,
  row: SeverityCauseRow,
  regionName: (code: string) => string,
): string[] {
  if (row.indicators.length === 0) return [t('evidence.severity.noLink')];
  const num = (v: number) => formatNumber(lang, v, Number.isInteger(v) ? 0 : 1);
  return row.indicators.map((g) => {
    const ind = lang === 'zh' ? g.nameZh : g.nameEn;
    if (g.gap === null || g.value === null || g.referenceValue === null)
      return `${ind}: ${t('evidence.severity.noData')}`;
    const unit = lang === 'zh' ? g.unit : g.unitEn;
    const ref = `${t(`evidence.severity.basis.${g.referenceBasis ?? 'national-row'}`)}${g.referenceRegion ? ` ${regionName(g.referenceRegion)}` : ''} ${num(g.referenceValue)}`;
    return `${ind}: ${t('evidence.severity.vs', {
      value: `${num(g.value)} ${unit}`,
      reference: ref,
      year: g.year,
      basis: t(`evidence.severity.basis.${g.valueBasis ?? 'own'}`),
    })} → ${formatNumber(lang, g.gap, 2)}`;
  });
}
