import { theme, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract/domain';
import { formatNumber, localUnit } from '../../format/number';
import { useRankingShownMeasure } from '../../perf/interaction-marks';
import type { RankingState } from '../../ranking/use-ranking';
import { HBarChart } from '../../../../report-view/HBarChart';
import { space } from '../../app/spacing';

const SHOWN = 5;
/** Fits the side column beside the weights table (styles.css .trp-weights-grid). */
const CHART_WIDTH = 320;

interface Props {
  ranking: RankingState;
  /** The unit of the package costs (the measures'). */
  costUnit: string;
  lang: Locale;
}

/**
 * The five best packages for the weights being set, as a list and a bar chart beside the
 * sliders (below them on a narrow window), so the planner sees what a weight changes while
 * moving it. A fixed-size SVG chart
 * (no DOM measurement) keeps each update well inside one frame; memoised, so a slider step
 * re-renders it only when the ranking itself changes.
 */
export const RankingPreview = memo(function RankingPreview({ ranking, costUnit, lang }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const { result, computing } = ranking;
  useRankingShownMeasure(result, computing);
  if (!result) return null;

  const top = result.packages.slice(0, SHOWN);
  const unit = localUnit(costUnit, lang);
  const label = (ids: string[]) => ids.join(' + ');

  return (
    <section
      aria-labelledby="trp-ranking-preview-title"
      data-testid="ranking-preview"
      className="trp-ranking-preview"
    >
      <Typography.Title level={3} id="trp-ranking-preview-title" style={{ fontSize: 15 }}>
        {t('rankingPreview.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: token.marginXS }}>
        {t('rankingPreview.hint')}{' '}
        <span aria-live="polite">{computing ? t('rankingPreview.computing') : ''}</span>
      </Typography.Paragraph>
      {top.length === 0 ? (
        <Typography.Text>{t('rankingPreview.empty')}</Typography.Text>
      ) : (
        <div style={{ display: 'flex', gap: space.sm, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <ol
            aria-label={t('rankingPreview.listLabel')}
            style={{ margin: 0, paddingInlineStart: space.lg }}
          >
            {top.map((p) => (
              <li key={label(p.measures)} data-testid={`preview-package-${p.rank}`}>
                <strong>{label(p.measures)}</strong>{' '}
                <span className="trp-secondary" style={{ display: 'block' }}>
                  {t('rankingPreview.value')} {formatNumber(lang, p.value, 3)} ·{' '}
                  {t('rankingPreview.cost')} {formatNumber(lang, p.cost, 1)} {unit}
                </span>
              </li>
            ))}
          </ol>
          <div data-testid="ranking-preview-chart">
            <HBarChart
              bars={top.map((p) => ({
                label: `${p.rank}. ${label(p.measures)}`,
                value: p.value,
                text: formatNumber(lang, p.value, 3),
                isBad: p.value < 0,
              }))}
              width={CHART_WIDTH}
              labelWidth={120}
              tickFormat={(v) => formatNumber(lang, v, 2)}
              title={t('rankingPreview.chartLabel')}
            />
          </div>
        </div>
      )}
    </section>
  );
});
