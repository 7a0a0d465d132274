// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import { CHART_INK, ChartSvg, SHARE_TICKS, VerticalGrid } from './svg-frame';
import type { ReportModel } from '../engine/report';
import { REPORT_LABELS as L, formatShare } from '../engine/report';
import { clip, linearScale } from './svg-scale';
import type { Translate } from './text';

/** For each cause, the weight interval over which the best package stays best, with today's weight. */
function StabilityChart({ model, t }: { model: ReportModel; t: Translate }) {
  // Already in the engine's sensitivity order, the most sensitive first.
  const rows = model.robustness.sensitivity;
  const width = 640;
  const labelWidth = 220;
  const rowH = 20;
  const top = 6;
  const height = top + rows.length * rowH + 22;
  const x = linearScale([0, 1], [labelWidth, width - 20]);
  return (
    <ChartSvg width={width} height={height} title={t(L.sensitivity)}>
      <VerticalGrid
        ticks={SHARE_TICKS}
        x={x}
        top={top}
        bottom={height - 20}
        labelY={height - 8}
        format={(v) => formatShare(v)}
      />
      {rows.map((s, k) => {
        const y = top + k * rowH;
        const lo = s.lower ?? 0;
        const hi = s.upper ?? 1;
        return (
          <g key={s.id}>
            <text
              x={labelWidth - 6}
              y={y + 13}
              fontSize={9}
              textAnchor="end"
              fill={CHART_INK.label}
            >
              {clip(t(s.name), 40)}
            </text>
            <rect x={x(0)} y={y + 8} width={x(1) - x(0)} height={4} fill={CHART_INK.markBand} />
            <rect
              x={x(lo)}
              y={y + 5}
              width={Math.max(1, x(hi) - x(lo))}
              height={10}
              fill={CHART_INK.series}
            />
            <line
              x1={x(s.current)}
              x2={x(s.current)}
              y1={y + 2}
              y2={y + 18}
              stroke={CHART_INK.mark}
              strokeWidth={2}
            />
          </g>
        );
      })}
    </ChartSvg>
  );
}

export function SensitivitySection({ model, t }: { model: ReportModel; t: Translate }) {
  const rows = model.robustness.sensitivity;
  return (
    <>
      <h2>{t(L.sensitivity)}</h2>
      {rows.length === 0 ? (
        <p>{t(L.noRobustness)}</p>
      ) : (
        <>
          <p className="legend">{t(L.stabilityLegend)}</p>
          <StabilityChart model={model} t={t} />
          <table>
            <thead>
              <tr>
                <th>{t(L.cause)}</th>
                <th className="num">{t(L.current)}</th>
                <th className="num">{t(L.range)}</th>
                <th>{t(L.explanation)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id}>
                  <td>{t(s.name)}</td>
                  <td className="num">{formatShare(s.current, 1)}</td>
                  <td className="num">
                    {formatShare(s.lower ?? 0, 1)}–{formatShare(s.upper ?? 1, 1)}
                  </td>
                  <td className="small">{t(s.text)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
