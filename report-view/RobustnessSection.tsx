// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import type { ReportModel } from '../engine/report';
import { REPORT_LABELS as L, formatNumber, formatShare } from '../engine/report';
import { HBarChart } from './HBarChart';
import { measureIds } from './MeasureKey';
import type { Translate } from './text';

export function RobustnessSection({ model, t }: { model: ReportModel; t: Translate }) {
  const r = model.robustness;
  if (!r.available) {
    return (
      <>
        <h2>{t(L.robustness)}</h2>
        <p>{t(L.noRobustness)}</p>
      </>
    );
  }
  return (
    <>
      <h2>
        {t(L.robustness)}
        {t(L.colon)}
        {t(L.smaa)}
      </h2>
      <p className="small muted">
        {t(L.smaaNote)} {t(L.samples)}
        {t(L.colon)}
        {formatNumber(r.samples)} · {t(L.seed)}
        {t(L.colon)}
        {r.seed} · {t(r.weightSampling)}
      </p>
      <table>
        <thead>
          <tr>
            <th>{t(L.rank)}</th>
            <th>{t(L.measures)}</th>
            <th className="num">{t(L.pBest)}</th>
            <th className="num">{t(L.rank1)}</th>
            <th className="num">{t(L.rank2)}</th>
            <th className="num">{t(L.rank3)}</th>
          </tr>
        </thead>
        <tbody>
          {r.packages.map((p, k) => (
            <tr key={k}>
              <td>{p.label.startsWith('#') ? p.label : '—'}</td>
              <td className="ids">{measureIds(p.measures)}</td>
              <td className="num">{formatShare(p.pBest, 1)}</td>
              {[0, 1, 2].map((i) => (
                <td key={i} className="num">
                  {p.rankAcceptability[i] === undefined
                    ? '—'
                    : formatShare(p.rankAcceptability[i]!, 1)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t(L.core)}</h3>
      <HBarChart
        title={t(L.core)}
        bars={r.core.map((c) => ({
          label: `${c.id} ${t(c.name)}`,
          value: c.share,
          text: formatShare(c.share),
        }))}
        domain={[0, 1]}
        tickFormat={(v) => `${Math.round(v * 100)}%`}
      />
    </>
  );
}
