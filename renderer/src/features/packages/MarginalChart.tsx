import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { colors } from '../../app/theme';
import type { Locale } from '../../../../contract/domain';
import { formatNumber } from '../../format/number';
import { roundAxis } from '../../format/axis';
import { space } from '../../app/spacing';

interface Props {
  marginal: Record<string, number>;
  /** Measure ids in the scenario's order, so bars do not jump around as values change. */
  order: string[];
  lang: Locale;
  measureName(id: string): string;
}

/** Each measure's marginal contribution to the best package, as a small bar chart. */
export function MarginalChart({ marginal, order, lang, measureName }: Props) {
  const { t } = useTranslation();
  const data = order
    .filter((id) => marginal[id] !== undefined)
    .map((id) => ({ id, value: marginal[id] ?? 0 }));
  const y = roundAxis(
    data.map((d) => d.value),
    1,
    4,
  );

  return (
    <figure
      style={{ margin: `${space.sm}px 0 0` }}
      aria-label={t('packages.marginalLabel')}
      data-testid="marginal-chart"
    >
      <Typography.Text strong>{t('packages.marginalTitle')}</Typography.Text>
      <div style={{ width: '100%', height: 170 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="id" />
            <YAxis
              width={48}
              domain={y.domain}
              ticks={y.ticks}
              tickFormatter={(v: number) => formatNumber(lang, v, y.decimals)}
            />
            <Tooltip
              formatter={(v) => [formatNumber(lang, Number(v), 3), t('packages.marginal')]}
              labelFormatter={(id) => `${String(id)} ${measureName(String(id))}`}
            />
            <Bar dataKey="value" isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.id} fill={d.value < 0 ? colors.chart.adverse : colors.chart.series} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
