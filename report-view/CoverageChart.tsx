// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import { CHART_INK, ChartSvg, SHARE_TICKS, VerticalGrid } from './svg-frame';
import type { ReportModel } from '../engine/report';
import { formatShare } from '../engine/report';
import { clip, linearScale } from './svg-scale';
import type { Translate } from './text';

const COLOURS = [CHART_INK.series, CHART_INK.seriesSecond, CHART_INK.seriesThird];

/** Per cause, one bar per top package: the share of the cause the package addresses. */
export function CoverageChart({
  model,
  t,
  title,
}: {
  model: ReportModel;
  t: Translate;
  title: string;
}) {
  const { causes, packages, weights } = model.coverage;
  const width = 640;
  const labelWidth = 210;
  const barH = 7;
  const group = packages.length * barH + 8;
  const top = 20;
  const height = top + causes.length * group + 20;
  const min = Math.min(0, ...packages.flatMap((p) => p.coverage));
  const x = linearScale([min, 1], [labelWidth + (min < 0 ? 30 : 0), width - 40]);
  return (
    <ChartSvg width={width} height={height} title={title}>
      {packages.map((p, k) => (
        <g key={`l${p.rank}`}>
          <rect
            x={labelWidth + k * 70}
            y={4}
            width={10}
            height={8}
            fill={COLOURS[k % COLOURS.length]}
          />
          <text x={labelWidth + k * 70 + 14} y={11} fontSize={9} fill={CHART_INK.label}>
            {p.label}
          </text>
        </g>
      ))}
      <VerticalGrid
        ticks={SHARE_TICKS}
        x={x}
        top={top}
        bottom={height - 18}
        labelY={height - 6}
        format={(v) => formatShare(v)}
      />
      {causes.map((c, j) => {
        const y0 = top + j * group;
        return (
          <g key={c.id}>
            <text
              x={labelWidth - 6}
              y={y0 + group / 2}
              fontSize={9}
              textAnchor="end"
              fill={CHART_INK.label}
            >
              {clip(t(c.name), 34)} ({formatShare(weights[j] ?? 0)})
            </text>
            {packages.map((p, k) => {
              const v = p.coverage[j] ?? 0;
              const x0 = x(Math.min(0, v));
              return (
                <rect
                  key={p.rank}
                  x={x0}
                  y={y0 + 2 + k * barH}
                  width={Math.max(0.8, Math.abs(x(v) - x(0)))}
                  height={barH - 1}
                  fill={v < 0 ? CHART_INK.negative : COLOURS[k % COLOURS.length]}
                />
              );
            })}
          </g>
        );
      })}
      <line x1={x(0)} x2={x(0)} y1={top} y2={height - 18} stroke={CHART_INK.axis} />
    </ChartSvg>
  );
}
