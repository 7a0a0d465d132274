import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { colors } from '../../app/theme';
import { formatNumber } from '../../format/number';
import { ChartFrame, type ProvinceYearProps } from './ChartFrame';
import { northeastGaps, sourcesOfCells } from './evidence-model';
import { roundAxis } from '../../format/axis';
import { localName } from '../../i18n/localized';

/** The three NE provinces and their mean against the national reference, as a signed percentage. */
export function GapChart({ result, regions, year, lang }: ProvinceYearProps) {
  const { t } = useTranslation();
  const rows = northeastGaps(result, regions, year, lang, t('evidence.gap.mean'));
  if (rows.length === 0) return null;
  const name = localName(result.indicator, lang);
  // Room on both sides for the value labels at the bar ends.
  const { ticks, domain, decimals } = roundAxis(
    rows.map((r) => r.gapPct),
    1.35,
    4,
  );
  return (
    <ChartFrame
      title={t('evidence.gap.title', { name })}
      label={t('evidence.gap.label')}
      meaning={t('evidence.gap.meaning')}
      unit="%"
      sources={sourcesOfCells(
        result.cells.filter((c) => c.year === year),
        lang,
      )}
      testId="gap-chart"
      height={170}
    >
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={domain}
          ticks={ticks}
          tickFormatter={(v: number) => `${formatNumber(lang, v, decimals)}%`}
          tick={{ fontSize: 11 }}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={lang === 'zh' ? 96 : 190}
          tick={{ fontSize: 11 }}
        />
        <ReferenceLine x={0} stroke={colors.rule} />
        <Tooltip formatter={(v) => `${formatNumber(lang, Number(v), 1)}%`} />
        <Bar
          dataKey="gapPct"
          name={t('evidence.gap.axis')}
          fill={colors.chart.focus}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="gapPct"
            content={(p) => {
              const x = Number(p.x ?? 0);
              const w = Number(p.width ?? 0);
              const v = Number(p.value ?? 0);
              // At the bar's outer end: left of a shortfall, right of a lead.
              const at = v < 0 ? Math.min(x, x + w) - 4 : Math.max(x, x + w) + 4;
              return (
                <text
                  x={at}
                  y={Number(p.y ?? 0) + Number(p.height ?? 0) / 2}
                  dy={4}
                  textAnchor={v < 0 ? 'end' : 'start'}
                  fontSize={11}
                >
                  {`${formatNumber(lang, v, 1)}%`}
                </text>
              );
            }}
          />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
