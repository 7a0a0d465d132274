// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import { CHART_INK, ChartSvg, VerticalGrid } from './svg-frame';
import type { ReportModel } from '../engine/report';
import { formatStatistic, formatValue } from '../engine/report';
import { linearScale, niceTicks } from './svg-scale';

/** Cost (x) against value (y): top packages as dots, the efficient frontier as a step line. */
export function FrontierChart({
  model,
  title,
  xLabel,
  yLabel,
}: {
  model: ReportModel;
  title: string;
  xLabel: string;
  yLabel: string;
}) {
  const { points, frontier } = model.packages;
  const width = 640;
  const height = 300;
  const left = 52;
  const right = width - 34;
  const top = 10;
  const bottom = height - 36;
  const costs = points.map((p) => p.cost);
  const values = points.map((p) => p.value);
  const xt = niceTicks(0, Math.max(1e-6, ...costs), 6);
  const yt = niceTicks(Math.min(0, ...values), Math.max(1e-6, ...values), 5);
  const x = linearScale([xt[0]!, xt[xt.length - 1]!], [left, right]);
  const y = linearScale([yt[0]!, yt[yt.length - 1]!], [bottom, top]);
  // Step line: value holds until the next frontier package becomes affordable.
  let path = '';
  frontier.forEach((f, k) => {
    const prev = frontier[k - 1];
    path +=
      k === 0
        ? `M${x(f.cost)},${y(f.value)}`
        : ` L${x(f.cost)},${y(prev!.value)} L${x(f.cost)},${y(f.value)}`;
  });
  return (
    <ChartSvg width={width} height={height} title={title}>
      <VerticalGrid
        ticks={xt}
        x={x}
        top={top}
        bottom={bottom}
        labelY={bottom + 13}
        format={formatStatistic}
        strokeWidth={0.8}
      />
      {yt.map((v) => (
        <g key={`y${v}`}>
          <line
            x1={left}
            x2={right}
            y1={y(v)}
            y2={y(v)}
            stroke={CHART_INK.grid}
            strokeWidth={0.8}
          />
          <text x={left - 5} y={y(v) + 3} fontSize={9} textAnchor="end" fill={CHART_INK.axis}>
            {formatValue(v)}
          </text>
        </g>
      ))}
      <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={CHART_INK.axis} />
      <line x1={left} x2={left} y1={top} y2={bottom} stroke={CHART_INK.axis} />
      {path && <path d={path} fill="none" stroke={CHART_INK.series} strokeWidth={1.6} />}
      {points.map((p, k) => (
        <g key={`p${k}`}>
          <circle
            cx={x(p.cost)}
            cy={y(p.value)}
            r={p.rank === 1 ? 5 : 3.5}
            fill={p.isFrontier ? CHART_INK.series : CHART_INK.hollow}
            stroke={p.rank === 1 ? CHART_INK.mark : CHART_INK.series}
            strokeWidth={p.rank === 1 ? 2 : 1.2}
          />
          {p.rank === 1 && (
            <text
              x={x(p.cost) - 6}
              y={y(p.value) - 7}
              fontSize={9}
              textAnchor="end"
              fill={CHART_INK.mark}
            >
              #1
            </text>
          )}
        </g>
      ))}
      <text
        x={(left + right) / 2}
        y={height - 6}
        fontSize={9.5}
        textAnchor="middle"
        fill={CHART_INK.label}
      >
        {xLabel}
      </text>
      <text
        x={12}
        y={(top + bottom) / 2}
        fontSize={9.5}
        textAnchor="middle"
        fill={CHART_INK.label}
        transform={`rotate(-90 12 ${(top + bottom) / 2})`}
      >
        {yLabel}
      </text>
    </ChartSvg>
  );
}
