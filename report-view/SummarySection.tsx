// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import type { PackageSummary, ReportModel, ReportVerdictInput } from '../engine/report';
import {
  amountWithUnit,
  REPORT_LABELS as L,
  formatShare,
  formatStatistic,
  formatValue,
  joinNames,
} from '../engine/report';
import type { Translate } from './text';

function PackageCard({
  pkg,
  label,
  costUnit,
  t,
  isRecommended,
  showText,
}: {
  pkg: PackageSummary;
  label: string;
  costUnit: string;
  t: Translate;
  isRecommended: boolean;
  /** Off when the verdict above already says it, so no claim is printed twice. */
  showText: boolean;
}) {
  return (
    <div className={isRecommended ? 'card recommended' : 'card'}>
      <div className="label">
        {label} · #{pkg.rank}
      </div>
      <div className="names">{t(joinNames(pkg.measures.map((m) => m.name)))}</div>
      <div className="figures">
        <span>
          {t(L.cost)}: {amountWithUnit(formatStatistic(pkg.cost), costUnit)}
        </span>
        <span>
          {t(L.value)}: {formatValue(pkg.value)}
        </span>
        {pkg.pBest !== null && (
          <span>
            {t(L.pBest)}: {formatShare(pkg.pBest)}
          </span>
        )}
      </div>
      {showText && <p className="small">{t(pkg.robustnessText)}</p>}
    </div>
  );
}

/** The app's verdict, word for word: best under the planner's weights, how robust, on what basis. */
function Verdict({ verdict, t }: { verdict: ReportVerdictInput; t: Translate }) {
  return (
    <div className="verdict" data-section="verdict">
      {verdict.best && <p>{t(verdict.best)}</p>}
      {verdict.robustness && (
        <p>
          {verdict.level && <strong>{t(verdict.level)} · </strong>}
          {t(verdict.robustness)}
        </p>
      )}
      {verdict.reconcile && <p>{t(verdict.reconcile)}</p>}
      {verdict.meaning && <p className="small">{t(verdict.meaning)}</p>}
      {verdict.provisional && <p className="small">{t(verdict.provisional)}</p>}
      <p className="small muted">{t(verdict.basis)}</p>
    </div>
  );
}

export function SummarySection({ model, t }: { model: ReportModel; t: Translate }) {
  const { recommended, alternatives, findings, verdict } = model.summary;
  const unit = t(model.packages.costUnit);
  return (
    <>
      <h2>{t(L.summary)}</h2>
      <p className="muted">{t(model.title.question)}</p>
      {verdict && <Verdict verdict={verdict} t={t} />}
      {recommended ? (
        <PackageCard
          pkg={recommended}
          label={t(L.recommended)}
          costUnit={unit}
          t={t}
          isRecommended
          showText={!verdict}
        />
      ) : (
        <p>{t(L.none)}</p>
      )}
      {alternatives.map((a) => (
        <PackageCard
          key={a.rank}
          pkg={a}
          label={t(L.alternatives)}
          costUnit={unit}
          t={t}
          isRecommended={false}
          showText
        />
      ))}
      <h3>{t(L.findings)}</h3>
      <ol className="findings">
        {findings.map((f, k) => (
          <li key={k}>{t(f.text)}</li>
        ))}
      </ol>
    </>
  );
}
