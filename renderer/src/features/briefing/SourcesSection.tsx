// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside renderer/tsconfig.json; keep the runtime explicit.
import type { SourcesSection as Sources } from '../../../../engine/report';
import { REPORT_LABELS as L } from '../../../../engine/report';
import type { Translate } from './text';

export function SourcesList({ sources, t }: { sources: Sources['sources']; t: Translate }) {
  return (
    <table>
      <thead>
        <tr>
          <th>ID</th>
          <th>{t(L.sources)}</th>
          <th className="num">{t(L.year)}</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => (
          <tr key={s.id}>
            <td className="small muted wrap">{s.id}</td>
            <td>
              {t(s.publisher)} · {t(s.title)}
              {t(s.note) && <div className="small muted">{t(s.note)}</div>}
            </td>
            <td className="num">{s.year ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FlagsList({ flags, t }: { flags: Sources['flags']; t: Translate }) {
  if (flags.length === 0) return <p>{t(L.noFlags)}</p>;
  return (
    <ul className="plain">
      {flags.map((f, k) => (
        <li key={k}>
          <span className={f.severity === 'warning' ? 'flag-warning' : 'flag-info'}>
            {t(f.severity === 'warning' ? L.warning : L.info)}
          </span>{' '}
          <strong>{t(f.where)}</strong>
          {t(L.colon)}
          {t(f.message)}
        </li>
      ))}
    </ul>
  );
}
