import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { colors } from '../../app/theme';
import type { Locale } from '../../../../contract/domain';
import { formatNumber } from '../../format/number';
import { QualityFlags } from '../evidence/QualityFlags';
import { indicatorDigits, type KeyIndicator, type Standing } from './overview-model';
import { localized } from '../../i18n/localized';
import { space } from '../../app/spacing';

// Text colours darker than antd's presets so the words pass 4.5 : 1 on the tag backgrounds.
const STANDING_TAG: Record<Standing, { color: string; text: string; icon: React.ReactNode }> = {
  behind: { color: 'red', text: colors.comparison.behind, icon: <ArrowDownOutlined /> },
  level: { color: 'default', text: colors.comparison.level, icon: <MinusOutlined /> },
  ahead: { color: 'green', text: colors.comparison.ahead, icon: <ArrowUpOutlined /> },
};

interface Props {
  indicator: KeyIndicator;
  lang: Locale;
}

/**
 * One indicator as a planner reads it: name, standing in words (and an arrow, colour only
 * repeats it), the region's value against the reference with unit and year, flags and source.
 */
export function KeyIndicatorItem({ indicator: k, lang }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const unit = localized(k.unit, lang);
  // "4.5%" in both languages: the stored English unit spells the sign out ("percent").
  const figure = (v: number) =>
    k.unit.zh === '%'
      ? `${formatNumber(lang, v, indicatorDigits(v))}%`
      : `${formatNumber(lang, v, indicatorDigits(v))} ${unit}`;
  const aside = (text: string) => t('overview.indicators.aside', { text });
  const qualifier =
    k.qualifier === 'exact'
      ? ''
      : `${t(`evidence.qualifier.${k.qualifier}`)}${localized({ zh: '', en: ' ' }, lang)}`;
  const pick = (text: { zh: string; en: string }) => localized(text, lang);
  const basis = k.valueNote ? pick(k.valueNote) : t('overview.indicators.basis_own');
  const sources = k.sources.map((s) => localized(s, lang));

  return (
    <li
      data-testid={`overview-indicator-${k.code}`}
      data-standing={k.standing ?? 'none'}
      style={{
        padding: `${token.paddingXS}px 0`,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        listStyle: 'none',
      }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: space.xs }}>
        <Typography.Text strong>{localized(k.name, lang)}</Typography.Text>
        {k.standing && (
          <Tag
            color={STANDING_TAG[k.standing].color}
            icon={STANDING_TAG[k.standing].icon}
            style={{ marginInlineEnd: 0, color: STANDING_TAG[k.standing].text }}
          >
            {t(`overview.indicators.standing_${k.standing}`)}
          </Tag>
        )}
        <QualityFlags flags={k.flags} lang={lang} />
      </div>
      <div style={{ fontVariantNumeric: 'tabular-nums' }}>
        {t('overview.indicators.regionValue')}{' '}
        <strong data-testid="overview-indicator-value">
          {qualifier}
          {figure(k.value)}
        </strong>
        <span className="trp-secondary">{aside(basis)}</span>
        {k.reference && (
          <>
            {' · '}
            {t('overview.indicators.reference')} {figure(k.reference.value)}
          </>
        )}
        {' · '}
        {t('overview.indicators.year', { year: k.year })}
      </div>
      <div
        className="trp-secondary"
        style={{ fontSize: 12 }}
        data-testid="overview-indicator-reference"
      >
        {pick(k.referenceText)}
      </div>
      {sources.length > 0 && (
        <div className="trp-secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
          {t('evidence.sourceLabel', { source: sources.join('; ') })}
        </div>
      )}
    </li>
  );
}
