import { Col, Row, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { colors } from '../../app/theme';
import type { Locale, Region } from '../../../../contract/domain';
import type { ObservationCell, ObservationsResult } from '../../../../contract/evidence';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatNumber } from '../../format/number';
import { ChartFrame } from './ChartFrame';
import { regionName, sourcesOfCells } from './evidence-model';
import { GraduatesChart, GRADUATE_CODES } from './GraduatesChart';
import { useIndicatorSet } from './use-indicator-set';
import { localName } from '../../i18n/localized';

const CONSUMPTION_PARTS = [
  'food',
  'clothing',
  'housing',
  'household',
  'transport',
  'education_culture',
  'health',
  'other',
];
const PART_COLOURS = colors.chart.consumptionParts;
const CODES = [
  'disposable_income',
  ...CONSUMPTION_PARTS.map((p) => `consumption_${p}`),
  ...GRADUATE_CODES,
];

interface Props {
  regions: readonly Region[];
  lang: Locale;
}

/** Legend text in dark grey: light series colours would make their own labels unreadable. */
const darkLegend = (v: string) => <span style={{ color: colors.ink }}>{v}</span>;

/** The paper's Northeast story on one page: income change, consumption structure, graduate retention. */
export function OverviewCharts({ regions, lang }: Props) {
  const { t } = useTranslation();
  const { data, error } = useIndicatorSet(CODES);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Spin description={t('app.loading')} />;
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const name = (code: string) => regionName(byCode.get(code), code, lang);

  const income = data.get('disposable_income');
  const cellOf = (r: ObservationsResult | undefined, region: string, year: number) =>
    r?.cells.find((c) => c.region === region && c.year === year);
  const value = (r: ObservationsResult | undefined, region: string, year: number) =>
    cellOf(r, region, year)?.value;
  const national = regions.find((r) => r.kind === 'national')?.code ?? '';
  const top = (income?.cells ?? [])
    .filter(
      (c) =>
        c.year === 2024 &&
        byCode.get(c.region)?.kind === 'province' &&
        !byCode.get(c.region)?.isNortheast,
    )
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((c) => c.region);
  const ne = regions.filter((r) => r.isNortheast && r.kind === 'province').map((r) => r.code);
  const changeRegions = [national, ...ne, ...top];
  const changeCells = changeRegions.flatMap((code) =>
    [2023, 2024].flatMap((year) => cellOf(income, code, year) ?? []),
  );
  const changeRows = changeRegions
    .map((code) => ({
      name: name(code),
      y2023: value(income, code, 2023),
      y2024: value(income, code, 2024),
    }))
    .filter((r) => r.y2023 !== undefined || r.y2024 !== undefined);

  const parts = CONSUMPTION_PARTS.map((p) => data.get(`consumption_${p}`));
  const consRegions = [...new Set(parts.flatMap((r) => r?.cells.map((c) => c.region) ?? []))];
  const consCells: ObservationCell[] = [];
  const consRows = consRegions.map((code) => {
    const row: Record<string, string | number> = { name: name(code) };
    parts.forEach((r, i) => {
      const cell = r?.cells.filter((c) => c.region === code).sort((a, b) => b.year - a.year)[0];
      if (cell === undefined) return;
      row[CONSUMPTION_PARTS[i]!] = cell.value;
      consCells.push(cell);
    });
    return row;
  });

  return (
    <Row gutter={16}>
      <Col span={12}>
        <ChartFrame
          title={t('evidence.change.title')}
          label={t('evidence.change.label')}
          meaning={t('evidence.change.meaning')}
          unit={t('evidence.yuan')}
          sources={sourcesOfCells(changeCells, lang)}
          testId="change-chart"
          height={250}
        >
          <BarChart data={changeRows} margin={{ top: 8, right: 8, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} />
            <YAxis
              width={56}
              tickFormatter={(v: number) => formatNumber(lang, v, 0)}
              tick={{ fontSize: 11 }}
            />
            <Tooltip formatter={(v) => formatNumber(lang, Number(v), 0)} />
            <Legend formatter={darkLegend} />
            <Bar
              dataKey="y2023"
              name="2023"
              fill={colors.chart.seriesLight}
              stroke={colors.chart.seriesDark}
              isAnimationActive={false}
            />
            <Bar
              dataKey="y2024"
              name="2024"
              fill={colors.chart.seriesDark}
              isAnimationActive={false}
            />
          </BarChart>
        </ChartFrame>
      </Col>
      <Col span={12}>
        <ChartFrame
          title={t('evidence.consumption.title')}
          label={t('evidence.consumption.label')}
          meaning={t('evidence.consumption.meaning')}
          unit={t('evidence.yuan')}
          sources={sourcesOfCells(consCells, lang)}
          testId="consumption-chart"
          height={250}
        >
          <BarChart
            data={consRows}
            layout="vertical"
            margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              tickFormatter={(v: number) => formatNumber(lang, v, 0)}
              tick={{ fontSize: 11 }}
            />
            <YAxis type="category" dataKey="name" width={72} tick={{ fontSize: 11 }} />
            <Tooltip formatter={(v) => formatNumber(lang, Number(v), 0)} />
            <Legend wrapperStyle={{ fontSize: 11 }} formatter={darkLegend} />
            {CONSUMPTION_PARTS.map((p, i) => {
              const r = parts[i];
              const label = r
                ? localName(r.indicator, lang)
                    .replace('居民人均消费支出：', '')
                    .replace('Per-capita consumption expenditure: ', '')
                : p;
              return (
                <Bar
                  key={p}
                  dataKey={p}
                  name={label}
                  stackId="c"
                  fill={PART_COLOURS[i]}
                  isAnimationActive={false}
                />
              );
            })}
          </BarChart>
        </ChartFrame>
      </Col>
      <Col span={24}>
        <GraduatesChart data={data} lang={lang} />
      </Col>
    </Row>
  );
}
