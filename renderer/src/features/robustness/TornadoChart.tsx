import { theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { colors } from '../../app/theme';
import type { Locale } from '../../../../contract/domain';
import { formatPercent } from '../../format/number';
import type { TornadoRow } from './tornado-model';

interface Props {
  rows: TornadoRow[];
  lang: Locale;
  causeName(id: string): string;
  packageLabel(measures: string[]): string;
}

interface Datum extends TornadoRow {
  label: string;
  range: string;
  /** Invisible stacked segment from 0 to `lower`, so the visible bar spans [lower, upper]. */
  offset: number;
}

const BAR = colors.chart.tornadoBar;
const MARK = colors.chart.tornadoMark;
const ROW_HEIGHT = 34;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Datum;
}

/** The stay-best range with today's weight as a red tick (a short bar for a narrow range). */
function RangeShape({ x = 0, y = 0, width = 0, height = 0, payload }: BarShapeProps) {
  if (!payload) return null;
  const span = payload.upper - payload.lower;
  const at = span > 0 ? x + ((payload.weight - payload.lower) / span) * width : x;
  return (
    <g>
      <rect x={x} y={y} width={Math.max(2, width)} height={height} fill={BAR} />
      <line x1={at} x2={at} y1={y - 4} y2={y + height + 4} stroke={MARK} strokeWidth={3} />
    </g>
  );
}

function TornadoTooltip({
  active,
  payload,
  lang,
  causeName,
  packageLabel,
}: {
  active?: boolean;
  payload?: readonly { payload?: Datum }[];
} & Omit<Props, 'rows'>) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const d = payload?.[0]?.payload;
  if (!active || !d) return null;
  const p = (v: number) => formatPercent(lang, v);
  return (
    <div
      className="recharts-default-tooltip"
      style={{
        background: token.colorBgContainer,
        padding: token.paddingXS,
        border: `1px solid ${colors.tooltipBorder}`,
        maxWidth: 360,
      }}
    >
      <strong>
        {d.causeId} {causeName(d.causeId)}
      </strong>
      <div>
        {t('robustness.tornadoRange', {
          lower: p(d.lower),
          upper: p(d.upper),
          weight: p(d.weight),
        })}
      </div>
      <div>
        {d.belowBest
          ? t('robustness.tornadoBelow', { lower: p(d.lower), name: packageLabel(d.belowBest) })
          : t('robustness.tornadoNoBelow')}
      </div>
      <div>
        {d.aboveBest
          ? t('robustness.tornadoAbove', { upper: p(d.upper), name: packageLabel(d.aboveBest) })
          : t('robustness.tornadoNoAbove')}
      </div>
    </div>
  );
}

/**
 * Tornado chart of the one-way sensitivity: one bar per cause over the weight axis [0, 100%],
 * spanning the range in which today's best package stays best, narrowest first; the red tick is
 * today's weight and the right-hand axis prints the thresholds as numbers.
 */
export function TornadoChart({ rows, lang, causeName, packageLabel }: Props) {
  const { t } = useTranslation();
  const nameMax = lang === 'zh' ? 10 : 24;
  const data: Datum[] = rows.map((r) => ({
    ...r,
    label: `${r.causeId} ${clip(causeName(r.causeId), nameMax)}`,
    range: `${formatPercent(lang, r.lower)} – ${formatPercent(lang, r.upper)}`,
    offset: r.lower,
  }));
  return (
    <figure
      style={{ margin: 0 }}
      aria-label={t('robustness.tornadoLabel')}
      data-testid="tornado-chart"
    >
      <div style={{ width: '100%', height: 40 + ROW_HEIGHT * data.length }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 8, bottom: 4, left: 8 }}
            barCategoryGap={10}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              domain={[0, 1]}
              ticks={[0, 0.25, 0.5, 0.75, 1]}
              tickFormatter={(v: number) => formatPercent(lang, v, 0)}
            />
            <YAxis
              type="category"
              dataKey="label"
              yAxisId="cause"
              width={lang === 'zh' ? 190 : 230}
            />
            <YAxis
              type="category"
              dataKey="range"
              yAxisId="range"
              orientation="right"
              width={120}
              axisLine={false}
              tickLine={false}
            />
            <Tooltip
              cursor={{ fill: 'rgba(0,0,0,0.04)' }}
              content={(props) => (
                <TornadoTooltip
                  active={props.active}
                  payload={props.payload as readonly { payload?: Datum }[] | undefined}
                  lang={lang}
                  causeName={causeName}
                  packageLabel={packageLabel}
                />
              )}
            />
            <Bar
              dataKey="offset"
              stackId="t"
              yAxisId="cause"
              fill="transparent"
              isAnimationActive={false}
            />
            <Bar
              dataKey="width"
              stackId="t"
              yAxisId="cause"
              isAnimationActive={false}
              shape={(props: BarShapeProps) => <RangeShape {...props} />}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('robustness.tornadoLegend')}
      </Typography.Text>
    </figure>
  );
}
