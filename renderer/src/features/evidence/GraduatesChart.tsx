import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import { colors } from '../../app/theme';
import type { Locale } from '../../../../contract/domain';
import type { ObservationCell, ObservationsResult } from '../../../../contract/evidence';
import { formatNumber } from '../../format/number';
import { ChartFrame } from './ChartFrame';
import { sourcesOfCells } from './evidence-model';

/** Stay shares of §2: the 20-university sample, the ministry subset, and the four named universities (outside shares). */
const STAY = [
  { key: 'sample20', code: 'sample20_stay_share', outside: false },
  { key: 'ministry', code: 'ministry_stay_share', outside: false },
  { key: 'jlu', code: 'outside_share_jlu', outside: true },
  { key: 'neu', code: 'outside_share_neu', outside: true },
  { key: 'dut', code: 'outside_share_dut', outside: true },
  { key: 'hit', code: 'outside_share_hit', outside: true },
] as const;

export const GRADUATE_CODES = STAY.map((s) => s.code);

/** Slide-ready: one 100 % bar per group, "stayed" dark and labelled with its number, "left" light. */
export function GraduatesChart({
  data,
  lang,
}: {
  data: Map<string, ObservationsResult>;
  lang: Locale;
}) {
  const { t } = useTranslation();
  const shown: ObservationCell[] = [];
  const rows = STAY.flatMap((s) => {
    const r = data.get(s.code);
    const cell = [...(r?.cells ?? [])].sort((a, b) => b.year - a.year)[0];
    if (!cell) return [];
    shown.push(cell);
    const stayed = s.outside ? 100 - cell.value : cell.value;
    return [
      { name: t(`evidence.graduates.${s.key}`), stayed, left: 100 - stayed, year: cell.year },
    ];
  });
  if (rows.length === 0) return null;
  const sources = sourcesOfCells(shown, lang);
  return (
    <ChartFrame
      title={t('evidence.graduates.title')}
      label={t('evidence.graduates.label')}
      meaning={t('evidence.graduates.meaning')}
      unit="%"
      sources={sources}
      testId="graduates-chart"
      height={220}
    >
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 100]}
          tickFormatter={(v: number) => `${v}%`}
          tick={{ fontSize: 11 }}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={lang === 'zh' ? 120 : 200}
          tick={{ fontSize: 12 }}
        />
        <Legend formatter={(v: string) => <span style={{ color: colors.ink }}>{v}</span>} />
        <Bar
          dataKey="stayed"
          name={t('evidence.graduates.stayed')}
          stackId="g"
          fill={colors.chart.focus}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="stayed"
            position="insideLeft"
            fill={colors.onFill}
            formatter={(v) => `${formatNumber(lang, Number(v), 1)}%`}
          />
        </Bar>
        <Bar
          dataKey="left"
          name={t('evidence.graduates.left')}
          stackId="g"
          fill={colors.chart.remainder}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartFrame>
  );
}
