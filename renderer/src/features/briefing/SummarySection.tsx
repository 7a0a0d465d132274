// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside renderer/tsconfig.json; keep the runtime explicit.
import type { PackageSummary, ReportModel } from '../../../../engine/report';
import {
  REPORT_LABELS as L,
  formatShare,
  formatStatistic,
  formatValue,
  joinNames,
} from '../../../../engine/report';
import type { Translate } from './text';

function PackageCard({
  pkg,
  label,
  costUnit,
  t,
  isRecommended,
}: {
  pkg: PackageSummary;
  label: string;
  costUnit: string;
  t: Translate;
  isRecommended: boolean;
}) {
  return (
    <div className={isRecommended ? 'card recommended' : 'card'}>
      <div className="label">
        {label} · #{pkg.rank}
      </div>
      <div className="names">{t(joinNames(pkg.measures.map((m) => m.name)))}</div>
      <div className="figures">
        <span>
          {t(L.cost)}: {formatStatistic(pkg.cost)} {costUnit}
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
      <p className="small">{t(pkg.robustnessText)}</p>
    </div>
  );
}

export function SummarySection({ model, t }: { model: ReportModel; t: Translate }) {
  const { recommended, alternatives, findings } = model.summary;
  const unit = t(model.packages.costUnit);
  return (
    <>
      <h2>{t(L.summary)}</h2>
      <p className="muted">{t(model.title.question)}</p>
      {recommended ? (
        <PackageCard
          pkg={recommended}
          label={t(L.recommended)}
          costUnit={unit}
          t={t}
          isRecommended
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
