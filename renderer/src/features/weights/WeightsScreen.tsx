import { Alert, theme, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Region, Scenario } from '../../../../contract/domain';
import type { RankingState } from '../../ranking/use-ranking';
import { useCauseSeverity } from '../severity/use-cause-severity';
import { RankingPreview } from './RankingPreview';
import { SeverityFoldBar } from './SeverityFoldBar';
import { WeightsTable } from './WeightsTable';

interface Props {
  scenario: Scenario;
  lang: Locale;
  regions: readonly Region[];
  /** The shell's live ranking of the scenario, shown beside the sliders. */
  ranking: RankingState;
  onWeightChange(causeId: string, weight: number): void;
}

/**
 * The cause weights with their regional severity, and the five best packages they produce.
 * Memoised, like its table: the shell re-renders for reasons this screen does not show.
 */
export const WeightsScreen = memo(function WeightsScreen({
  scenario,
  lang,
  regions,
  ranking,
  onWeightChange,
}: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const severity = useCauseSeverity(scenario.regionCode, regions, lang, scenario.id);
  const total = scenario.causes.reduce((s, c) => s + c.weight, 0);

  return (
    <section aria-labelledby="trp-weights-title">
      {/* Table and live ranking side by side where the width allows (1366 px), else stacked. */}
      <div className="trp-weights-grid">
        <div className="trp-weights-main">
          <Typography.Title level={2} id="trp-weights-title" style={{ marginTop: 0, fontSize: 18 }}>
            {t('weights.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('weights.intro')}</Typography.Paragraph>
          <SeverityFoldBar scenario={scenario} severity={severity} />
          {total <= 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('weights.allZero')}
              style={{ marginBottom: token.marginSM }}
            />
          )}
          <WeightsTable
            causes={scenario.causes}
            regionCode={scenario.regionCode}
            lang={lang}
            severity={severity}
            onWeightChange={onWeightChange}
          />
        </div>
        <div className="trp-weights-side">
          <RankingPreview
            ranking={ranking}
            costUnit={scenario.measures[0]?.costUnit ?? ''}
            lang={lang}
          />
        </div>
      </div>
    </section>
  );
});
