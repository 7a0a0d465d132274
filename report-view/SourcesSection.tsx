// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import type { SourcesSection as Sources } from '../engine/report';
import { REPORT_LABELS as L } from '../engine/report';
import type { Translate } from './text';

/** Full citations; the indicator table shows the short form of the same sources. */
export function SourcesList({ sources, t }: { sources: Sources['sources']; t: Translate }) {
  return (
    <ol className="plain sources" data-testid="briefing-sources">
      {sources.map((s) => (
        <li key={s.number}>
          {t(s.citation)}
          {t(s.note) && <div className="small muted">{t(s.note)}</div>}
        </li>
      ))}
    </ol>
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
