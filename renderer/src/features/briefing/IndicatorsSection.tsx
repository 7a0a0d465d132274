// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside renderer/tsconfig.json; keep the runtime explicit.
import type { IndicatorRow, ReportModel } from '../../../../engine/report';
import { REPORT_LABELS as L, formatGap, formatStatistic } from '../../../../engine/report';
import { HBarChart } from './HBarChart';
import type { Translate } from './text';

const QUALIFIER_MARK = { exact: '', approx: '≈', nearly: '≈', less_than: '<' } as const;

function ValueCell({ row, k }: { row: IndicatorRow; k: number }) {
  const value = row.values[k];
  if (value === null || value === undefined) return <td className="num">—</td>;
  const gap = row.gaps[k];
  const q = row.qualifiers[k];
  return (
    <td className="num">
      {q ? QUALIFIER_MARK[q] : ''}
      {formatStatistic(value)}
      {gap !== null && gap !== undefined && (
        <>
          <br />
          <span className={gap < 0 ? 'worse small' : 'better small'}>{formatGap(gap)}</span>
        </>
      )}
    </td>
  );
}

export function IndicatorsTable({ model, t }: { model: ReportModel; t: Translate }) {
  const section = model.indicators;
  return (
    <>
      <h2>{t(L.indicators)}</h2>
      <table>
        <thead>
          <tr>
            <th>{t(L.indicator)}</th>
            <th className="num">{t(L.year)}</th>
            {section.regions.map((r) => (
              <th key={r.id} className="num">
                {t(r.name)}
              </th>
            ))}
            <th className="num">{t(section.referenceName)}</th>
            <th>{t(L.sources)}</th>
          </tr>
        </thead>
        <tbody>
          {section.rows.map((row) => (
            <tr key={row.code}>
              <td>
                {t(row.name)} <span className="muted small">({t(row.unit)})</span>
              </td>
              <td className="num">{row.year}</td>
              {section.regions.map((r, k) => (
                <ValueCell key={r.id} row={row} k={k} />
              ))}
              <td className="num">
                {row.reference === null ? '—' : formatStatistic(row.reference)}
              </td>
              <td className="small muted wrap">{row.sourceIds.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function IndicatorsChart({ model, t }: { model: ReportModel; t: Translate }) {
  const chart = model.indicators.chart;
  const multiRegion = model.indicators.regions.length > 1;
  return (
    <>
      <h3>{t(L.gapChart)}</h3>
      <HBarChart
        title={t(L.gapChart)}
        bars={chart.map((b) => ({
          label: multiRegion ? `${t(b.region)} · ${t(b.label)}` : t(b.label),
          value: b.gap,
          text: formatGap(b.gap),
          isBad: b.gap < 0,
        }))}
        tickFormat={(v) => `${Math.round(v * 100)}%`}
      />
    </>
  );
}
