// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import type { NamedId } from '../engine/report';
import { REPORT_LABELS as L } from '../engine/report';
import type { Translate } from './text';

/** Measure names are whole sentences in the paper; tables list ids and this key spells them out. */
export function MeasureKey({ measures, t }: { measures: NamedId[]; t: Translate }) {
  return (
    <table className="key">
      <thead>
        <tr>
          <th colSpan={2}>{t(L.measureKey)}</th>
        </tr>
      </thead>
      <tbody>
        {measures.map((m) => (
          <tr key={m.id}>
            <td className="id">{m.id}</td>
            <td>{t(m.name)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function measureIds(measures: NamedId[]): string {
  return measures.map((m) => m.id).join(' + ');
}
