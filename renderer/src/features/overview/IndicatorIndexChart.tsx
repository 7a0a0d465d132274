import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import { colors } from '../../app/theme';
import type { Locale } from '../../../../contract/domain';
import { formatNumber } from '../../format/number';
import { ChartFrame } from '../evidence/ChartFrame';
import { wrapLabel, type KeyIndicator } from './overview-model';
import { localized } from '../../i18n/localized';

interface Props {
  indicators: readonly KeyIndicator[];
  lang: Locale;
}

const ROW_HEIGHT = 46;

/** Each compared indicator as an index (national = 100): where the region trails, at a glance. */
export function IndicatorIndexChart({ indicators, lang }: Props) {
  const { t } = useTranslation();
  const charted = indicators.filter((k) => k.index !== null);
  const rows = charted.map((k) => ({
    code: k.code,
    name: localized(k.name, lang),
    index: k.index!,
  }));
  if (rows.length === 0) return null;
  const highest = Math.max(...rows.map((r) => r.index));
  // Every source of the charted figures: a caption that cites two of three misattributes the third.
  const sources = [...new Set(charted.flatMap((k) => k.sources.map((s) => localized(s, lang))))];
  // Chinese names wrap by character and need fewer of them per line than English words.
  const [labelWidth, labelChars] = lang === 'zh' ? [132, 10] : [150, 22];
  return (
    <ChartFrame
      title={t('overview.indicators.chartTitle')}
      label={t('overview.indicators.chartLabel')}
      meaning={t('overview.indicators.chartMeaning')}
      unit={t('overview.indicators.indexUnit')}
      sources={sources}
      testId="overview-index-chart"
      height={rows.length * ROW_HEIGHT + 36}
    >
      <BarChart data={rows} layout="vertical" margin={{ top: 16, right: 44, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, Math.ceil(Math.max(120, highest * 1.1) / 10) * 10]}
          tick={{ fontSize: 11 }}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={labelWidth}
          interval={0}
          tick={(p: YAxisTickContentProps) => {
            const x = Number(p.x);
            const lines = wrapLabel(String(p.payload.value), labelChars);
            return (
              <text x={x} y={Number(p.y)} textAnchor="end" fontSize={11} fill={colors.ink}>
                {lines.map((line, i) => (
                  <tspan key={i} x={x - 4} dy={i === 0 ? (1 - lines.length) * 6 + 4 : 12}>
                    {line}
                  </tspan>
                ))}
              </text>
            );
          }}
        />
        <ReferenceLine
          x={100}
          stroke={colors.rule}
          strokeDasharray="4 2"
          label={{ value: t('overview.indicators.national'), position: 'top', fontSize: 11 }}
        />
        <Bar dataKey="index" fill={colors.chart.series} barSize={18} isAnimationActive={false}>
          <LabelList
            dataKey="index"
            position="right"
            fontSize={11}
            fill={colors.ink}
            formatter={(v: unknown) => formatNumber(lang, Number(v), 0)}
          />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
