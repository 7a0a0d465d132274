import type { TFunction } from 'i18next';
import type { Locale } from '../../../../contract/domain';
import type { SeverityResult } from '../../../../contract/evidence';
import { formatNumber } from '../../format/number';
import { localized, localName, indicatorUnit } from '../../i18n/localized';

export type SeverityCauseRow = SeverityResult['causes'][number];
export type SeverityIndicatorRow = SeverityCauseRow['indicators'][number];

/**
 * One line per indicator behind a cause's severity: "居民人均可支配收入: 33,978 元（3 省平均）
 * 对比 41,314（全国数据（2024 年））→ 0.18", or the indicator with exactly what is missing.
 * The reference wording is the host's (the one reference rule's), so every screen says the same.
 * Shared by the severity panel and the weights table.
 */
export function severityIndicatorLines(
  t: TFunction,
  lang: Locale,
  row: SeverityCauseRow,
): string[] {
  if (row.indicators.length === 0) return [t('evidence.severity.noLink')];
  const num = (v: number) => formatNumber(lang, v, Number.isInteger(v) ? 0 : 1);
  const pick = (text: { zh: string; en: string }) => localized(text, lang);
  const aside = (text: string) => localized({ zh: `（${text}）`, en: ` (${text})` }, lang);
  const semicolon = localized({ zh: '；', en: '; ' }, lang);
  const colon = localized({ zh: '：', en: ': ' }, lang);
  return row.indicators.map((g) => {
    const ind = localName(g, lang);
    // "4.5%" in both languages: the stored English unit spells the sign out ("percent").
    const figure = (v: number) =>
      g.unit === '%' ? `${num(v)}%` : `${num(v)} ${indicatorUnit(g, lang)}`;
    const value =
      g.value === null ? null : `${figure(g.value)}${g.valueNote ? aside(pick(g.valueNote)) : ''}`;
    if (g.referenceValue === null)
      return `${ind}${colon}${value === null ? '' : `${value}${semicolon}`}${pick(g.explanation)}`;
    const compared = t('evidence.severity.vs', {
      value,
      reference: figure(g.referenceValue),
      how: pick(g.explanation),
    });
    return g.gap === null
      ? `${ind}${colon}${compared}${semicolon}${t('evidence.severity.zeroReference')}`
      : `${ind}${colon}${compared} → ${formatNumber(lang, g.gap, 2)}`;
  });
}
