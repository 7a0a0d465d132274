import { Alert, Card, Spin, theme, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Scenario } from '../../../../contract/domain';
import type { DecisionModel } from '../../../../engine/model';
import { ENUMERATION_LIMIT } from '../../../../engine/packages';
import { describeBasis, type WeightBasis } from '../../../../engine/scenario';
import { CORE_INDEX_MEANING } from '../../../../engine/verdict';
import { formatPercent } from '../../format/number';
import { CoreIndexView } from './CoreIndexView';
import { coreRows } from './core-model';
import { mostSensitive, tornadoRows } from './tornado-model';
import { TornadoChart } from './TornadoChart';
import { TornadoTable } from './TornadoTable';
import { useExactRobustness } from './use-exact-robustness';
import { localName } from '../../i18n/localized';

interface Props {
  scenario: Scenario;
  model: DecisionModel;
  lang: Locale;
  /** The scenario's weight basis: the core index ranges over the same weightings as the SMAA. */
  basis: WeightBasis;
  measureName(id: string): string;
  packageLabel(measures: string[]): string;
}

/** The sample-free checks: tornado chart of the one-way sensitivity and the RPM core index. */
export function ExactRobustness({
  scenario,
  model,
  lang,
  basis,
  measureName,
  packageLabel,
}: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const tooMany = scenario.measures.length > ENUMERATION_LIMIT;
  const exact = useExactRobustness(tooMany ? null : model, basis.extremePoints);
  const causeName = useMemo(() => {
    const names = new Map(scenario.causes.map((c) => [c.id, localName(c, lang)]));
    return (id: string) => names.get(id) ?? id;
  }, [scenario.causes, lang]);
  const rows = useMemo(
    () => (exact.sensitivity ? tornadoRows(exact.sensitivity) : []),
    [exact.sensitivity],
  );
  const cores = useMemo(
    () =>
      exact.portfolio
        ? coreRows(
            exact.portfolio,
            scenario.measures.map((m) => m.id),
          )
        : [],
    [exact.portfolio, scenario.measures],
  );

  if (tooMany) {
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginTop: token.marginSM }}
        title={t('robustness.exactLimit', {
          limit: ENUMERATION_LIMIT,
          count: scenario.measures.length,
        })}
        data-testid="exact-limit"
      />
    );
  }
  if (exact.error) {
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginTop: token.marginSM }}
        title={t('robustness.exactError', { message: exact.error })}
      />
    );
  }
  const p = (v: number) => formatPercent(lang, v);
  const sensitive = mostSensitive(rows);
  const best = exact.sensitivity ? packageLabel(exact.sensitivity.best) : '';

  return (
    <Spin spinning={exact.status === 'running'} description={t('robustness.exactRunning')}>
      <Card
        size="small"
        title={t('robustness.tornadoTitle')}
        style={{ marginTop: token.marginSM }}
        data-testid="tornado"
      >
        {exact.sensitivity && (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: token.marginXS }}
              title={
                <span data-testid="tornado-sentence">
                  {sensitive
                    ? t('robustness.tornadoSentence', {
                        cause: `${sensitive.causeId} ${causeName(sensitive.causeId)}`,
                        lower: p(sensitive.lower),
                        upper: p(sensitive.upper),
                        weight: p(sensitive.weight),
                        best,
                      })
                    : t('robustness.tornadoStable', { best })}
                </span>
              }
            />
            <Typography.Paragraph type="secondary" data-testid="tornado-convention">
              {t('robustness.tornadoConvention')}
            </Typography.Paragraph>
            <TornadoChart
              rows={rows}
              lang={lang}
              causeName={causeName}
              packageLabel={packageLabel}
            />
            <TornadoTable
              rows={rows}
              lang={lang}
              causeName={causeName}
              packageLabel={packageLabel}
            />
          </>
        )}
      </Card>
      <Card
        size="small"
        title={t('robustness.rpmTitle')}
        style={{ marginTop: token.marginSM }}
        data-testid="rpm"
      >
        <Typography.Paragraph type="secondary" data-testid="rpm-definition">
          {CORE_INDEX_MEANING[lang]}
        </Typography.Paragraph>
        {exact.portfolio && (
          <>
            <Typography.Paragraph type="secondary" data-testid="rpm-hint">
              {t('robustness.rpmHint', {
                basis: describeBasis(basis)[lang],
                count: exact.portfolio.nondominated.length,
              })}
            </Typography.Paragraph>
            {cores[0] && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: token.marginXS }}
                title={
                  <span data-testid="rpm-sentence">
                    {t('robustness.rpmSentence', {
                      name: `${cores[0].measureId} ${measureName(cores[0].measureId)}`,
                      share: formatPercent(lang, cores[0].share, 0),
                      cls: t(`robustness.class_${cores[0].coreClass}`),
                    })}
                  </span>
                }
                description={<span data-testid="rpm-meaning">{t('robustness.rpmMeaning')}</span>}
              />
            )}
            <CoreIndexView rows={cores} lang={lang} measureName={measureName} />
          </>
        )}
      </Card>
    </Spin>
  );
}
