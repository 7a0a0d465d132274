// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import type { ReportModel } from '../engine/report';
import { REPORT_LABELS as L } from '../engine/report';
import type { Translate } from './text';

export function AssumptionsSection({ model, t }: { model: ReportModel; t: Translate }) {
  const f = model.footer;
  return (
    <>
      <h2>{t(L.assumptions)}</h2>
      <ol className="assumptions">
        {model.assumptions.map((a, k) => (
          <li key={k}>{t(a)}</li>
        ))}
      </ol>
      <h3>{t(L.reproducibility)}</h3>
      <table>
        <tbody>
          <tr>
            <th>{t(L.appVersion)}</th>
            <td>{f.appVersion}</td>
          </tr>
          <tr>
            <th>{t(L.scenario)}</th>
            <td className="wrap">{t(f.scenarioName)}</td>
          </tr>
          <tr>
            <th>{t(L.seed)}</th>
            <td>{f.seed ?? '—'}</td>
          </tr>
          <tr>
            <th>{t(L.checksum)}</th>
            <td className="mono">{f.dataChecksum}</td>
          </tr>
          <tr>
            <th>{t(L.date)}</th>
            <td>{f.date}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}
