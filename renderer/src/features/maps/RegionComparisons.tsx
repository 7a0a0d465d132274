import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale, Region } from '../../../../contract/domain';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatPercent } from '../../format/number';
import { HBarChart, type HBar } from '../../../../report-view/HBarChart';
import { localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

interface Props {
  region: Region;
  regions: readonly Region[];
  indicator: string;
  indicatorName: string;
  lang: Locale;
  formatValue(value: number): string;
}

/**
 * The selected region against the country, its province and each peer group on the map's
 * indicator: a bar per figure with the number written, and under it how each reference was formed.
 */
export function RegionComparisons({
  region,
  regions,
  indicator,
  indicatorName,
  lang,
  formatValue,
}: Props) {
  const { t } = useTranslation();
  const { data, error } = useQuery('evidence:compare', { region: region.code, indicator });
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  const name = (code: string | null) => {
    const r = regions.find((x) => x.code === code);
    return r ? localName(r, lang) : (code ?? '');
  };
  const own = localName(region, lang);
  const value = data.comparisons.find((c) => c.value !== null)?.value ?? null;
  const label = (c: (typeof data.comparisons)[number]) =>
    t(`maps.selected.against.${c.kind}`, { name: name(c.region) });
  const bars: HBar[] = [
    ...(value === null ? [] : [{ label: own, value, text: formatValue(value) }]),
    ...data.comparisons.flatMap((c) =>
      c.referenceValue === null
        ? []
        : [{ label: label(c), value: c.referenceValue, text: formatValue(c.referenceValue) }],
    ),
  ];
  const title = t('maps.selected.chart', { name: own, indicator: indicatorName });
  return (
    <section aria-label={t('maps.selected.compared')} data-testid="region-comparisons">
      <Typography.Text strong style={{ display: 'block', marginTop: space.xs }}>
        {t('maps.selected.compared')}
      </Typography.Text>
      {bars.length > 1 && (
        <HBarChart
          bars={bars}
          width={270}
          labelWidth={96}
          tickFormat={(v) => formatValue(v)}
          title={title}
        />
      )}
      <ul style={{ margin: 0, paddingInlineStart: space.md, fontSize: 12 }}>
        {data.comparisons.map((c) => (
          <li
            key={`${c.kind}-${c.region ?? ''}`}
            data-testid={`comparison-${c.kind}-${c.region ?? 'CN'}`}
          >
            <strong>{label(c)}</strong>
            {c.referenceValue !== null && `: ${formatValue(c.referenceValue)}`}
            {c.gap !== null &&
              ` (${t('maps.selected.gap', { gap: formatPercent(lang, c.gap, 1) })})`}
            {' — '}
            {c.explanation[lang]}
          </li>
        ))}
      </ul>
    </section>
  );
}
