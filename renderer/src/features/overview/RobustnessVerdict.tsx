import { CheckCircleOutlined, ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Progress, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { colors } from '../../app/theme';
import type { Locale } from '../../../../contract/domain';
import { type RobustnessLevel, LEVEL_RULE, type VerdictText } from '../../../../engine/verdict';
import type { ScenarioRobustness } from '../../analysis/use-scenario-robustness';
import { space } from '../../app/spacing';

// antd's preset tag text colours fall below 4.5 : 1 on their own backgrounds; these darker
// shades of the same hues reach at least 6 : 1.
const LEVEL_TAG: Record<RobustnessLevel, { color: string; text: string; icon: React.ReactNode }> = {
  robust: { color: 'green', text: colors.robustness.robust, icon: <CheckCircleOutlined /> },
  moderate: {
    color: 'gold',
    text: colors.robustness.moderate,
    icon: <ExclamationCircleOutlined />,
  },
  fragile: { color: 'red', text: colors.robustness.fragile, icon: <WarningOutlined /> },
};

interface Props {
  robustness: ScenarioRobustness;
  text: VerdictText;
  lang: Locale;
  /** Off where the package is listed right above (the overview's best-package card). */
  showBest?: boolean;
}

/**
 * The one verdict, worded by engine/verdict: the best package under the planner's weights, how
 * often it stays best under the scenario's weight uncertainty (with its basis, samples and seed),
 * the other package when a different one is best more often, and whether inputs are still
 * defaults. Progress while the worker samples.
 */
export function RobustnessVerdict({ robustness: r, text, lang, showBest = true }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const v = r.verdict;
  const pending = r.status === 'running' || r.status === 'idle' || r.stale;
  return (
    <div data-testid="overview-robustness" aria-live="polite" aria-busy={pending}>
      {showBest && text.best && (
        <Typography.Paragraph style={{ margin: `0 0 ${space.xs}px` }} data-testid="verdict-best">
          {text.best[lang]}
        </Typography.Paragraph>
      )}
      {pending && (
        <Typography.Text>
          {r.stale ? t('overview.robustness.stale') : t('overview.robustness.running')}
        </Typography.Text>
      )}
      {r.status === 'running' && (
        <Progress
          percent={Math.round(r.progress * 100)}
          size="small"
          aria-label={t('overview.robustness.progress')}
          data-testid="overview-robustness-progress"
        />
      )}
      {r.error && (
        <Alert type="error" showIcon title={t('overview.robustness.error', { message: r.error })} />
      )}
      {!pending && v.level !== null && text.level && text.robustness && (
        <div>
          <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: space.xs }}>
            <Tag
              color={LEVEL_TAG[v.level].color}
              icon={LEVEL_TAG[v.level].icon}
              data-testid="overview-robustness-level"
              data-level={v.level}
              style={{
                fontSize: 14,
                padding: `${space.xxs}px ${space.xs}px`,
                color: LEVEL_TAG[v.level].text,
              }}
            >
              {text.level[lang]}
            </Tag>
            <Typography.Text strong data-testid="overview-robustness-sentence">
              {text.robustness[lang]}
            </Typography.Text>
          </div>
          {text.reconcile && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: token.marginXS }}
              data-testid="verdict-reconcile"
              title={text.reconcile[lang]}
            />
          )}
          {text.meaning && (
            <Typography.Paragraph style={{ margin: `${space.xs}px 0 0` }}>
              {text.meaning[lang]}
            </Typography.Paragraph>
          )}
          <Typography.Paragraph
            type="secondary"
            style={{ margin: `${space.xxs}px 0 0`, fontSize: 12 }}
          >
            <span data-testid="overview-robustness-detail">{text.basis[lang]}</span>{' '}
            {LEVEL_RULE[lang]}
          </Typography.Paragraph>
          {r.basis.fallback && (
            <Typography.Paragraph
              type="secondary"
              style={{ margin: `${space.xxs}px 0 0`, fontSize: 12 }}
            >
              {r.basis.fallback[lang]}
            </Typography.Paragraph>
          )}
        </div>
      )}
      {text.provisional && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: token.marginXS }}
          data-testid="verdict-provisional"
          title={text.provisional[lang]}
        />
      )}
    </div>
  );
}
