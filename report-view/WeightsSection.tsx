// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import type { ReportModel } from '../engine/report';
import { REPORT_LABELS as L, formatNumber, formatShare } from '../engine/report';
import { HBarChart } from './HBarChart';
import type { Translate } from './text';

export function WeightsSection({ model, t }: { model: ReportModel; t: Translate }) {
  const w = model.weights;
  return (
    <>
      <h2>{t(L.weights)}</h2>
      <p>
        <strong>{t(L.method)}</strong>
        {t(L.colon)}
        {t(w.method)} · <strong>{t(L.setBy)}</strong>
        {t(L.colon)}
        <span className="wrap">{t(w.setBy)}</span>
      </p>
      {w.consistencyText && <p>{t(w.consistencyText)}</p>}
      {w.detail && <p>{t(w.detail)}</p>}
      <table>
        <thead>
          <tr>
            <th>{t(L.cause)}</th>
            <th>{t(L.section)}</th>
            <th className="num">{t(L.rawWeight)}</th>
            <th className="num">{t(L.share)}</th>
          </tr>
        </thead>
        <tbody>
          {w.rows.map((r) => (
            <tr key={r.id}>
              <td>{t(r.name)}</td>
              <td>{r.paperSection}</td>
              <td className="num">{formatNumber(r.raw, 2)}</td>
              <td className="num">{formatShare(r.share, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <HBarChart
        title={t(L.share)}
        bars={w.rows.map((r) => ({
          label: t(r.name),
          value: r.share,
          text: formatShare(r.share, 1),
        }))}
        domain={[0, Math.max(0.2, ...w.rows.map((r) => r.share))]}
        tickFormat={(v) => `${Math.round(v * 100)}%`}
      />
    </>
  );
}
