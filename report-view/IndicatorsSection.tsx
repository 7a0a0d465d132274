// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import type { IndicatorRow, ReportModel } from '../engine/report';
import { REPORT_LABELS as L, formatGap, formatStatistic } from '../engine/report';
import { HBarChart } from './HBarChart';
import type { Translate } from './text';

const QUALIFIER_MARK = { exact: '', approx: '≈', nearly: '≈', less_than: '<' } as const;

/** Note n → "a", "b" …: a letter, so a mark after a figure cannot be read as one more digit. */
const noteMark = (n: number): string => String.fromCharCode(96 + n);

function ValueCell({ row, k }: { row: IndicatorRow; k: number }) {
  const value = row.values[k];
  if (value === null || value === undefined) return <td className="num">—</td>;
  const gap = row.gaps[k];
  const q = row.qualifiers[k];
  const note = row.valueNotes[k];
  return (
    <td className="num">
      {q ? QUALIFIER_MARK[q] : ''}
      {formatStatistic(value)}
      {note !== null && note !== undefined && <sup className="muted">{noteMark(note)}</sup>}
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
  const cited = new Map(model.sources.sources.map((s) => [s.number, s.short]));
  const shortOf = (n: number) => cited.get(n) ?? { zh: '', en: '' };
  return (
    <>
      <h2>{t(section.title)}</h2>
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
                {row.referenceNote !== null && (
                  <sup className="muted">{noteMark(row.referenceNote)}</sup>
                )}
              </td>
              <td className="small muted wrap">
                {row.sources.map((n) => t(shortOf(n))).join(t(L.listSeparator))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {section.referenceNotes.length > 0 && (
        <ol className="plain small muted" data-testid="briefing-reference-notes">
          {section.referenceNotes.map((note, k) => (
            <li key={k}>
              <sup>{noteMark(k + 1)}</sup> {t(note)}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export function IndicatorsChart({ model, t }: { model: ReportModel; t: Translate }) {
  const chart = model.indicators.chart;
  const multiRegion = model.indicators.regions.length > 1;
  return (
    <>
      <h3>{t(model.indicators.chartTitle)}</h3>
      <HBarChart
        title={t(model.indicators.chartTitle)}
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
