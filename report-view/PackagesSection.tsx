// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import type { ReportModel } from '../engine/report';
import {
  amountWithUnit,
  REPORT_LABELS as L,
  formatNumber,
  formatShare,
  formatStatistic,
  formatValue,
} from '../engine/report';
import { MeasureKey, measureIds } from './MeasureKey';
import type { Translate } from './text';

export function PackagesSection({ model, t }: { model: ReportModel; t: Translate }) {
  const s = model.packages;
  return (
    <>
      <h2>{t(L.packages)}</h2>
      <p className="small muted">
        {t(L.feasible)}
        {t(L.colon)}
        {formatNumber(s.feasibleCount)} · {t(L.budget)}
        {t(L.colon)}
        {s.budget === null
          ? t(L.none)
          : amountWithUnit(formatStatistic(s.budget), t(s.costUnit))} · {t(L.maxMeasures)}
        {t(L.colon)}
        {s.maxMeasures === null ? t(L.none) : s.maxMeasures}
      </p>
      {s.constraints.length > 0 && (
        <ul className="small" data-section="constraints">
          {s.constraints.map((c, k) => (
            <li key={k}>{t(c)}</li>
          ))}
        </ul>
      )}
      <table>
        <thead>
          <tr>
            <th className="num">{t(L.rank)}</th>
            <th>{t(L.measures)}</th>
            <th className="num">
              {t(L.cost)} ({t(s.costUnit)})
            </th>
            <th className="num">{t(L.value)}</th>
            <th className="num">{t(L.pBest)}</th>
            <th>{t(L.onFrontier)}</th>
          </tr>
        </thead>
        <tbody>
          {s.rows.map((r) => (
            <tr key={r.rank}>
              <td className="num">#{r.rank}</td>
              <td className="ids">{measureIds(r.measures)}</td>
              <td className="num">{formatStatistic(r.cost)}</td>
              <td className="num">{formatValue(r.value)}</td>
              <td className="num">{r.pBest === null ? '—' : formatShare(r.pBest)}</td>
              <td>{r.isFrontier ? '●' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <MeasureKey measures={model.impacts.measures} t={t} />
    </>
  );
}
