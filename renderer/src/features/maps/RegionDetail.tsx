import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale, Region } from '../../../../contract/domain';
import type { IndicatorSummary, ObservationsResult } from '../../../../contract/evidence';
import { useQuery } from '../../api/use-query';
import { RegionComparisons } from './RegionComparisons';
import { localized, localName, indicatorUnit } from '../../i18n/localized';
import { space } from '../../app/spacing';

interface Props {
  code: string | null;
  regions: readonly Region[];
  indicators: readonly IndicatorSummary[];
  lang: Locale;
  indicator: ObservationsResult;
  year: number | null;
  formatValue(value: number): string;
}

/**
 * The region selected on the map: what it is, where it belongs (province, groupings), its figure
 * for the map's indicator and year, and for a city the template figures still missing.
 */
export function RegionDetail({
  code,
  regions,
  indicators,
  lang,
  indicator,
  year,
  formatValue,
}: Props) {
  const { t } = useTranslation();
  const groups = useQuery('regions:groups', {});
  const coverage = useQuery('evidence:cityCoverage', {});
  const region = regions.find((r) => r.code === code);
  const name = (r: { nameZh: string; nameEn: string } | undefined) => (r ? localName(r, lang) : '');
  if (!region)
    return (
      <Card size="small" title={t('maps.selected.title')} data-testid="region-detail">
        <Typography.Text type="secondary">{t('maps.selected.none')}</Typography.Text>
      </Card>
    );
  const province = regions.find((r) => r.code === region.province);
  const memberOf = (groups.data ?? []).filter((g) => g.members.includes(region.code));
  const cell = indicator.cells.find((c) => c.region === region.code && c.year === year);
  const unit = indicatorUnit(indicator.indicator, lang);
  const missing = coverage.data?.cities.find((c) => c.code === region.code)?.missing ?? null;
  const indicatorName = (c: string) => name(indicators.find((i) => i.code === c)) || c;
  return (
    <Card
      size="small"
      title={t('maps.selected.title')}
      data-testid="region-detail"
      data-region={region.code}
    >
      <Typography.Title level={5} style={{ margin: 0 }} data-testid="region-detail-name">
        {name(region)}
      </Typography.Title>
      <Tag style={{ margin: `${space.xxs}px 0` }}>{t(`maps.selected.kind.${region.kind}`)}</Tag>
      {province && <div>{t('maps.selected.province', { name: name(province) })}</div>}
      {memberOf.length > 0 && (
        <div>
          {t('maps.selected.groups', {
            names: memberOf.map(name).join(localized({ zh: '、', en: ', ' }, lang)),
          })}
        </div>
      )}
      {year !== null && (
        <div style={{ marginTop: space.xs }} data-testid="region-detail-value">
          {cell
            ? t('maps.selected.value', { year, value: `${formatValue(cell.value)} ${unit}` })
            : t('maps.selected.noValue', { year })}
        </div>
      )}
      <RegionComparisons
        region={region}
        regions={regions}
        indicator={indicator.indicator.code}
        indicatorName={name(indicator.indicator)}
        lang={lang}
        formatValue={formatValue}
      />
      {region.kind === 'city' && missing !== null && (
        <div style={{ marginTop: space.xs }} data-testid="region-detail-missing">
          {missing.length === 0
            ? t('maps.selected.complete')
            : t('maps.selected.missingFigures', {
                names: missing.map(indicatorName).join(localized({ zh: '、', en: '; ' }, lang)),
              })}
        </div>
      )}
    </Card>
  );
}
