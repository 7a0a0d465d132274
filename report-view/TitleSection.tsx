// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import type { ReportModel } from '../engine/report';
import { REPORT_LABELS as L } from '../engine/report';
import type { Translate } from './text';

export function TitleSection({ model, t }: { model: ReportModel; t: Translate }) {
  const title = model.title;
  return (
    <>
      <div className="band">
        <h1>{t(title.title)}</h1>
        <p className="question">
          <strong>
            {t(L.question)}
            {t(L.colon)}
          </strong>
          {t(title.question)}
        </p>
      </div>
      <dl>
        <dt>{t(L.region)}</dt>
        <dd>{t(title.region)}</dd>
        <dt>{t(L.scenario)}</dt>
        <dd>{t(title.scenario)}</dd>
        <dt>{t(L.author)}</dt>
        <dd>{title.author}</dd>
        <dt>{t(L.date)}</dt>
        <dd>{title.date}</dd>
      </dl>
      <p className="basis">{t(L.basis)}</p>
    </>
  );
}
