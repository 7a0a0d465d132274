import { theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { colors } from '../../app/theme';
import type { Locale, PackagesResult } from '../../../../contract/domain';
import { formatNumber } from '../../format/number';
import { roundAxis } from '../../format/axis';

interface Props {
  result: PackagesResult;
  lang: Locale;
  unit: string;
  measureName(id: string): string;
}

interface Point {
  cost: number;
  value: number;
  measures: string[];
}

/** Every ranked package as a point (cost x, value y); the efficient frontier as a line over them. */
export function FrontierChart({ result, lang, unit, measureName }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const all: Point[] = result.packages.map((p) => ({
    cost: p.cost,
    value: p.value,
    measures: p.measures,
  }));
  // Sorted by cost so the line runs left to right through the frontier points.
  const frontier: Point[] = [...result.frontier].sort(
    (a, b) => a.cost - b.cost || a.value - b.value,
  );
  const x = roundAxis(all.map((p) => p.cost));
  const y = roundAxis(all.map((p) => p.value));

  return (
    <figure
      style={{ margin: 0 }}
      aria-label={t('packages.chartLabel')}
      data-testid="frontier-chart"
      data-frontier={frontier.map((f) => f.measures.join('+')).join(' ')}
      data-frontier-max-cost={Math.max(0, ...frontier.map((f) => f.cost))}
    >
      <Typography.Text strong>{t('packages.chartTitle')}</Typography.Text>
      <div style={{ width: '100%', height: 260 }}>
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="cost"
              name={t('packages.cost')}
              domain={x.domain}
              ticks={x.ticks}
              tickFormatter={(v: number) => formatNumber(lang, v, x.decimals)}
              label={{
                value: `${t('packages.cost')} (${unit})`,
                position: 'insideBottom',
                offset: -12,
              }}
            />
            <YAxis
              type="number"
              dataKey="value"
              name={t('packages.value')}
              width={48}
              domain={y.domain}
              ticks={y.ticks}
              tickFormatter={(v: number) => formatNumber(lang, v, y.decimals)}
              label={{ value: t('packages.value'), angle: -90, position: 'insideLeft' }}
            />
            <Tooltip
              content={({ active, payload }) => {
                const p = payload?.[0]?.payload as Point | undefined;
                if (!active || !p) return null;
                return (
                  <div
                    style={{
                      background: token.colorBgContainer,
                      border: `1px solid ${token.colorBorder}`,
                      padding: token.paddingXS,
                      maxWidth: 280,
                    }}
                  >
                    <div>{p.measures.map((id) => `${id} ${measureName(id)}`).join(' · ')}</div>
                    <div>
                      {t('packages.value')}: {formatNumber(lang, p.value, 3)} · {t('packages.cost')}
                      : {formatNumber(lang, p.cost, 1)}
                    </div>
                  </div>
                );
              }}
            />
            <Legend verticalAlign="top" height={24} />
            <Scatter
              name={t('packages.allPackages')}
              data={all}
              fill={colors.chart.muted}
              isAnimationActive={false}
            />
            <Scatter
              name={t('packages.frontier')}
              data={frontier}
              fill={colors.chart.adverse}
              line={{ stroke: colors.chart.adverse, strokeWidth: 2 }}
              shape="diamond"
              isAnimationActive={false}
            />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
