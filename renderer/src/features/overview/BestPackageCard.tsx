import { Alert, Progress, Spin, Tag, theme, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { colors } from '../../app/theme';
import type { Locale, Scenario } from '../../../../contract/domain';
import { formatNumber, formatPercent, localUnit } from '../../format/number';
import type { RankingState } from '../../ranking/use-ranking';
import { budgetShare } from './overview-model';
import { IllustrativeTag } from '../../app/IllustrativeTag';
import { localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

interface Props {
  scenario: Scenario;
  lang: Locale;
  ranking: RankingState;
  /** Some input behind it is still a shipped default: labelled, never shown as a finding. */
  provisional: boolean;
}

/** The ranking's first package: its measures, score, and cost against the budget. */
export function BestPackageCard({ scenario, lang, ranking, provisional }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  if (ranking.error)
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('errors.rankFailed')}
        description={ranking.error.message}
      />
    );
  if (!ranking.result) return <Spin description={t('overview.best.computing')} />;
  const best = ranking.result.packages[0];
  if (!best) return <Alert type="warning" showIcon title={t('overview.best.none')} />;

  const byId = new Map(scenario.measures.map((m) => [m.id, m]));
  const members = best.measures.map((id) => byId.get(id));
  const illustrative = members.filter((m) => m?.costIsIllustrative).length;
  const unit = localUnit(scenario.measures[0]?.costUnit ?? '', lang);
  const { budget } = scenario.constraints;
  const share = budgetShare(best.cost, budget);
  const cost = formatNumber(lang, best.cost, 1);

  return (
    <div
      data-testid="overview-best"
      data-measures={best.measures.join('+')}
      data-provisional={provisional ? 'true' : 'false'}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {provisional && (
          <Tooltip title={t('overview.best.provisionalHint')}>
            <Tag
              color="gold"
              style={{ color: colors.provisionalText }}
              data-testid="overview-best-provisional"
            >
              {t('overview.best.provisional')}
            </Tag>
          </Tooltip>
        )}
        {t('overview.best.meaning')}
      </Typography.Paragraph>
      <Typography.Text strong>{t('overview.best.measures')}</Typography.Text>
      <ul style={{ margin: `${space.xxs}px 0 ${space.xs}px`, paddingInlineStart: space.md }}>
        {best.measures.length === 0 && <li>{t('overview.best.empty')}</li>}
        {best.measures.map((id) => {
          const m = byId.get(id);
          return (
            <li key={id} data-testid={`overview-best-measure-${id}`}>
              <strong>{id}</strong> {m ? localName(m, lang) : ''}
              {m?.costIsIllustrative && <IllustrativeTag style={{ marginInlineStart: space.xs }} />}
            </li>
          );
        })}
      </ul>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: `${space.xxs}px ${space.lg}px` }}>
        <div>
          {t('overview.best.score')}{' '}
          <strong data-testid="overview-best-score">{formatNumber(lang, best.value, 3)}</strong>{' '}
          <span className="trp-secondary">{t('overview.best.scoreHint')}</span>
        </div>
        <div data-testid="overview-best-cost">
          {t('overview.best.cost')}{' '}
          <strong>
            {share === null
              ? t('overview.best.costNoBudget', { cost, unit })
              : t('overview.best.costOfBudget', {
                  cost,
                  budget: formatNumber(lang, budget ?? 0, 1),
                  unit,
                  share: formatPercent(lang, share, 0),
                })}
          </strong>
        </div>
      </div>
      {share !== null && (
        <Progress
          percent={Math.min(100, Math.round(share * 100))}
          size="small"
          aria-label={t('overview.best.budgetBar')}
          style={{ maxWidth: 360 }}
        />
      )}
      {illustrative > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: token.marginXS }}
          data-testid="overview-best-illustrative"
          title={t('overview.best.illustrative', { count: illustrative })}
        />
      )}
    </div>
  );
}
