import { CheckCircleOutlined, ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../electron/contract/domain';
import { formatNumber, formatPercent } from '../../format/number';
import { robustnessLevel, type RobustnessLevel } from './overview-model';
import type { BestPackageRobustness } from './use-best-package-robustness';

// antd's preset tag text colours fall below 4.5 : 1 on their own backgrounds; these darker
// shades of the same hues reach at least 6 : 1.
const LEVEL_TAG: Record<RobustnessLevel, { color: string; text: string; icon: React.ReactNode }> = {
  robust: { color: 'green', text: '#135200', icon: <CheckCircleOutlined /> },
  moderate: { color: 'gold', text: '#613400', icon: <ExclamationCircleOutlined /> },
  fragile: { color: 'red', text: '#a8071a', icon: <WarningOutlined /> },
};

interface Props {
  robustness: BestPackageRobustness;
  lang: Locale;
}

/**
 * "In 83% of plausible weightings, this package is the best", with a verdict word, the sampling
 * details (samples, seed) and what it means for the planner; progress while the worker samples.
 */
export function RobustnessVerdict({ robustness: r, lang }: Props) {
  const { t } = useTranslation();
  const { share } = r;
  const level = share === null ? null : robustnessLevel(share);
  const samples = formatNumber(lang, r.samples, 0);
  // Before the first run starts (a tick after mount) the screen already says what is coming.
  const pending = r.status === 'running' || r.status === 'idle';
  return (
    <div data-testid="overview-robustness" aria-live="polite" aria-busy={pending}>
      {(pending || r.stale) && (
        <Typography.Text>
          {r.stale
            ? t('overview.robustness.stale')
            : t('overview.robustness.running', { samples, seed: r.seed })}
        </Typography.Text>
      )}
      {r.status === 'running' && (
        <>
          <Progress
            percent={Math.round(r.progress * 100)}
            size="small"
            aria-label={t('overview.robustness.progress')}
            data-testid="overview-robustness-progress"
          />
        </>
      )}
      {r.error && (
        <Alert type="error" showIcon title={t('overview.robustness.error', { message: r.error })} />
      )}
      {share !== null && level !== null && r.status === 'done' && !r.stale && (
        <div>
          <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: 8 }}>
            <Tag
              color={LEVEL_TAG[level].color}
              icon={LEVEL_TAG[level].icon}
              data-testid="overview-robustness-level"
              data-level={level}
              style={{ fontSize: 14, padding: '2px 8px', color: LEVEL_TAG[level].text }}
            >
              {t(`overview.robustness.level_${level}`)}
            </Tag>
            <Typography.Text
              strong
              style={{ fontSize: 16 }}
              data-testid="overview-robustness-sentence"
            >
              {t('overview.robustness.sentence', { share: formatPercent(lang, share, 0) })}
            </Typography.Text>
          </div>
          <Typography.Paragraph style={{ margin: '6px 0 0' }}>
            {t(`overview.robustness.meaning_${level}`)}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
            <span data-testid="overview-robustness-detail">
              {t('overview.robustness.detail', { samples, seed: r.seed })}
            </span>{' '}
            {t('overview.robustness.levelRule')}
          </Typography.Paragraph>
        </div>
      )}
    </div>
  );
}
