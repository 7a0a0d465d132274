// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside renderer/tsconfig.json; keep the runtime explicit.
import type { ReportModel } from '../../../../engine/report';
import { REPORT_LABELS as L, formatShare } from '../../../../engine/report';
import { clip, linearScale } from './svg-scale';
import type { Translate } from './text';

/** For each cause, the weight interval over which the best package stays best, with today's weight. */
function StabilityChart({ model, t }: { model: ReportModel; t: Translate }) {
  const rows = [...model.robustness.sensitivity].sort(
    (a, b) => (a.upper ?? 1) - (a.lower ?? 0) - ((b.upper ?? 1) - (b.lower ?? 0)),
  );
  const width = 640;
  const labelWidth = 220;
  const rowH = 20;
  const top = 6;
  const height = top + rows.length * rowH + 22;
  const x = linearScale([0, 1], [labelWidth, width - 20]);
  return (
    <svg
      className="chart"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t(L.sensitivity)}
      xmlns="http://www.w3.org/2000/svg"
    >
      {[0, 0.25, 0.5, 0.75, 1].map((v) => (
        <g key={`g${v}`}>
          <line x1={x(v)} x2={x(v)} y1={top} y2={height - 20} stroke="#e4e7eb" />
          <text x={x(v)} y={height - 8} fontSize={9} textAnchor="middle" fill="#52606d">
            {formatShare(v)}
          </text>
        </g>
      ))}
      {rows.map((s, k) => {
        const y = top + k * rowH;
        const lo = s.lower ?? 0;
        const hi = s.upper ?? 1;
        return (
          <g key={s.id}>
            <text x={labelWidth - 6} y={y + 13} fontSize={9} textAnchor="end" fill="#243b53">
              {clip(t(s.name), 40)}
            </text>
            <rect x={x(0)} y={y + 8} width={x(1) - x(0)} height={4} fill="#f0d5d4" />
            <rect
              x={x(lo)}
              y={y + 5}
              width={Math.max(1, x(hi) - x(lo))}
              height={10}
              fill="#2f6fb3"
            />
            <line
              x1={x(s.current)}
              x2={x(s.current)}
              y1={y + 2}
              y2={y + 18}
              stroke="#b42318"
              strokeWidth={2}
            />
          </g>
        );
      })}
    </svg>
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
