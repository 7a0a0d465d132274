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
import { ChartFrame, HatchedBar, type ProvinceYearProps } from './ChartFrame';
import { nationalReference, rankingRows, sourcesOfCells, type RankingRow } from './evidence-model';
import { localName, indicatorUnit } from '../../i18n/localized';

const NE_FILL = colors.chart.focus;
const OTHER_FILL = colors.chart.muted;

/** All provinces of one year, highest first; NE hatched + labelled; national reference dashed. */
export function RankingChart({ result, regions, year, lang }: ProvinceYearProps) {
  const { t } = useTranslation();
  const rows = rankingRows(result, regions, year, lang);
  const ref = nationalReference(result, regions, year);
  const ind = result.indicator;
  const name = localName(ind, lang);
  const unit = indicatorUnit(ind, lang);
  const digits = rows.every((r) => Number.isInteger(r.value)) ? 0 : 1;
  return (
    <ChartFrame
      title={t('evidence.ranking.title', { name, year })}
      label={t('evidence.ranking.label')}
      meaning={t('evidence.ranking.meaning', {
        refNote: ref
          ? t(
              ref.basis === 'national'
                ? 'evidence.ranking.refNational'
                : 'evidence.ranking.refMean',
              { value: formatNumber(lang, ref.value, digits), count: ref.provinces },
            )
          : '',
      })}
      unit={unit}
      sources={sourcesOfCells(
        result.cells.filter((c) => c.year === year),
        lang,
      )}
      testId="ranking-chart"
      height={260}
    >
      <BarChart data={rows} margin={{ top: 18, right: 8, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="name"
          interval={0}
          angle={-55}
          textAnchor="end"
          height={lang === 'zh' ? 48 : 80}
          tick={{ fontSize: 11 }}
        />
        <YAxis
          width={64}
          tickFormatter={(v: number) => formatNumber(lang, v, 0)}
          tick={{ fontSize: 11 }}
        />
        <Tooltip formatter={(v) => formatNumber(lang, Number(v), digits)} />
        {/* The value is in the caption: a label on the line collides with the NE markers. */}
        {ref && <ReferenceLine y={ref.value} stroke={colors.rule} strokeDasharray="6 3" />}
        <Bar
          dataKey="value"
          name={name}
          isAnimationActive={false}
          shape={(p: unknown) => {
            const bar = p as {
              x: number;
              y: number;
              width: number;
              height: number;
              payload: RankingRow;
            };
            return (
              <HatchedBar
                {...bar}
                id={`ne-hatch-${bar.payload.code}`}
                hatched={bar.payload.isNortheast}
                fill={bar.payload.isNortheast ? NE_FILL : OTHER_FILL}
              />
            );
          }}
        >
          <LabelList
            dataKey="isNortheast"
            position="top"
            formatter={(v) => (v === true ? t('evidence.ranking.northeast') : '')}
            style={{ fontSize: 10, fontWeight: 700 }}
          />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
