// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import type { ReportModel } from '../engine/report';
import { REPORT_LABELS as L, formatNumber } from '../engine/report';
import type { Translate } from './text';
import { HEAT, INK } from './palette';

/** Blue for mitigation, red for adverse effects; strength as colour depth (≥ 0.8 is full). */
export function heatColour(likely: number): string {
  const a = Math.min(1, Math.abs(likely) / 0.8);
  const [r, g, b] = likely >= 0 ? HEAT.mitigation : HEAT.adverse;
  const mix = (c: number) => Math.round(255 - (255 - c) * a * 0.85);
  return `rgb(${mix(r)}, ${mix(g)}, ${mix(b)})`;
}

export function ImpactsSection({ model, t }: { model: ReportModel; t: Translate }) {
  const s = model.impacts;
  return (
    <>
      <h2>{t(L.impacts)}</h2>
      <p className="small muted">{t(L.impactLegend)}</p>
      <table className="heat">
        <thead>
          <tr>
            <th className="row">
              {t(L.measure)} \ {t(L.cause)}
            </th>
            {s.causes.map((c) => (
              <th key={c.id}>{t(c.name)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {s.measures.map((m, i) => (
            <tr key={m.id}>
              <th className="row">
                {m.id} {t(m.name)}
              </th>
              {s.causes.map((c, j) => {
                const cell = s.cells[i]![j]!;
                const dark = Math.abs(cell.likely) >= 0.5;
                return (
                  <td
                    key={c.id}
                    style={{
                      background: heatColour(cell.likely),
                      color: dark ? INK.onDark : INK.text,
                    }}
                  >
                    {cell.likely === 0 && cell.low === 0 && cell.high === 0 ? (
                      '·'
                    ) : (
                      <>
                        {formatNumber(cell.likely, 2)}
                        <span
                          className="range"
                          style={dark ? { color: INK.onDarkMuted } : undefined}
                        >
                          {formatNumber(cell.low, 2)}–{formatNumber(cell.high, 2)}
                        </span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t(L.strongest)}</h3>
      <ul className="plain">
        {s.strongest.map((c, k) => (
          <li key={k}>
            <strong>
              {t(c.measure)} → {t(c.cause)} ({formatNumber(c.likely, 2)})
            </strong>
            {t(L.colon)}
            {t(c.rationale)}
            {c.source && <span className="muted"> [{c.source}]</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
