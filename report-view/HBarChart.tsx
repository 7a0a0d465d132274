// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import { CHART_INK, ChartSvg, VerticalGrid } from './svg-frame';
import { clip, linearScale, niceTicks } from './svg-scale';

export interface HBar {
  label: string;
  value: number;
  /** Text printed at the end of the bar. */
  text: string;
  /** Draw in the "worse" colour (e.g. a negative gap). */
  isBad?: boolean;
}

export interface HBarChartProps {
  bars: HBar[];
  width?: number;
  rowHeight?: number;
  labelWidth?: number;
  /** Include 0 and at least this domain, e.g. [0, 1] for shares. */
  domain?: [number, number];
  tickFormat: (v: number) => string;
  title: string;
}

/** Horizontal bars around a zero line: vector SVG with fixed size, no DOM measurement. */
export function HBarChart({
  bars,
  width = 640,
  rowHeight = 17,
  labelWidth = 230,
  domain,
  tickFormat,
  title,
}: HBarChartProps) {
  const min = Math.min(0, domain?.[0] ?? 0, ...bars.map((b) => b.value));
  const max = Math.max(0, domain?.[1] ?? 0, ...bars.map((b) => b.value));
  const ticks = niceTicks(min, max, 5);
  const lo = Math.min(min, ticks[0]!);
  const hi = Math.max(max, ticks[ticks.length - 1]!);
  const top = 6;
  const plotRight = width - 58;
  // Room left of a negative bar for its value text, so it never runs into the labels.
  const plotLeft = labelWidth + (min < 0 ? 44 : 4);
  const x = linearScale([lo, hi], [plotLeft, plotRight]);
  const height = top + bars.length * rowHeight + 22;
  const axisY = top + bars.length * rowHeight;
  return (
    <ChartSvg width={width} height={height} title={title}>
      <VerticalGrid
        ticks={ticks}
        x={x}
        top={top}
        bottom={axisY}
        labelY={axisY + 12}
        format={tickFormat}
        strokeWidth={0.8}
      />
      {bars.map((b, k) => {
        const y = top + k * rowHeight;
        const x0 = x(Math.min(0, b.value));
        const w = Math.max(0.8, Math.abs(x(b.value) - x(0)));
        return (
          <g key={`b${k}`}>
            <text
              x={labelWidth - 6}
              y={y + rowHeight * 0.68}
              fontSize={9.5}
              textAnchor="end"
              fill={CHART_INK.label}
            >
              {clip(b.label, 44)}
            </text>
            <rect
              x={x0}
              y={y + 3}
              width={w}
              height={rowHeight - 6}
              fill={b.isBad ? CHART_INK.negative : CHART_INK.series}
            />
            <text
              x={b.value < 0 ? x0 - 3 : x0 + w + 3}
              y={y + rowHeight * 0.68}
              fontSize={9}
              textAnchor={b.value < 0 ? 'end' : 'start'}
              fill={CHART_INK.label}
            >
              {b.text}
            </text>
          </g>
        );
      })}
      <line x1={x(0)} x2={x(0)} y1={top} y2={axisY} stroke={CHART_INK.axis} strokeWidth={1} />
    </ChartSvg>
  );
}
