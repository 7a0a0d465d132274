import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { colors } from '../../app/theme';
import type { Scenario } from '../../../../contract/domain';
import type { SeverityResult } from '../../../../contract/evidence';
import { defaultInputsOf } from '../../../../engine/scenario';
import type { ScenarioRobustness } from '../../analysis/use-scenario-robustness';
import { space } from '../../app/spacing';

export type ChecklistTarget =
  'evidence' | 'weights' | 'impacts' | 'packages' | 'robustness' | 'briefing';

interface Item {
  key: ChecklistTarget;
  done: boolean;
  /** What the scenario's state says about this step, in words. */
  status: string;
}

interface Props {
  scenario: Scenario;
  severity: SeverityResult | null;
  robustness: ScenarioRobustness | null;
  onNavigate(target: ChecklistTarget): void;
}

/**
 * A new planner's path through one decision, each step ticked from the scenario's real state
 * (never from clicks): evidence for the region, weights, impacts, budget and costs, robustness,
 * the briefing. A step still resting on the tool's defaults says so and links to where to fix it.
 */
export function OverviewChecklist({ scenario, severity, robustness, onNavigate }: Props) {
  const { t } = useTranslation();
  const d = defaultInputsOf(scenario);
  const linked = (severity?.causes ?? []).filter((c) => c.indicators.length > 0);
  const withData = linked.filter((c) => c.severity !== null).length;
  const exportedSinceChange =
    scenario.briefingExportedAt !== null && scenario.briefingExportedAt >= scenario.updatedAt;
  const items: Item[] = [
    {
      key: 'evidence',
      done: severity !== null && linked.length > 0 && withData === linked.length,
      status:
        severity === null
          ? t('overview.checklist.reading')
          : t('overview.checklist.evidenceStatus', { n: withData, m: linked.length }),
    },
    {
      key: 'weights',
      done: !d.weights,
      status: d.weights
        ? t('overview.checklist.weightsDefault')
        : t(`overview.checklist.method_${scenario.weighting.method}`),
    },
    {
      key: 'impacts',
      done: d.impacts === 0,
      status:
        d.impacts === 0
          ? t('overview.checklist.impactsDone')
          : t('overview.checklist.impactsDefault', { n: d.impacts, m: scenario.impacts.length }),
    },
    {
      key: 'packages',
      done: !d.budget && d.costs === 0,
      status:
        !d.budget && d.costs === 0
          ? t('overview.checklist.budgetDone')
          : t('overview.checklist.budgetDefault', {
              budget: d.budget ? t('overview.checklist.budgetWord') : '',
              n: d.costs,
            }),
    },
    {
      key: 'robustness',
      done: robustness?.smaa !== null && robustness?.smaa !== undefined && !robustness.stale,
      status:
        robustness?.verdict.level != null
          ? t(`overview.checklist.level_${robustness.verdict.level}`)
          : t('overview.checklist.robustnessPending'),
    },
    {
      key: 'briefing',
      done: exportedSinceChange,
      status: exportedSinceChange
        ? t('overview.checklist.briefingDone')
        : scenario.briefingExportedAt === null
          ? t('overview.checklist.briefingNever')
          : t('overview.checklist.briefingStale'),
    },
  ];
  const done = items.filter((i) => i.done).length;
  return (
    <div data-testid="overview-checklist" data-done={done}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: space.xs }}>
        {t('overview.checklist.meaning', { done, total: items.length })}
      </Typography.Paragraph>
      <ol style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
        {items.map((item) => (
          <li
            key={item.key}
            data-testid={`checklist-${item.key}`}
            data-done={item.done ? 'true' : 'false'}
            style={{
              display: 'flex',
              gap: space.xs,
              alignItems: 'baseline',
              padding: `${space.xxs}px 0`,
            }}
          >
            {item.done ? (
              <CheckCircleFilled style={{ color: colors.checklist.done }} aria-hidden />
            ) : (
              <ClockCircleOutlined style={{ color: colors.checklist.pending }} aria-hidden />
            )}
            <span style={{ flex: 1, minWidth: 0 }}>
              <Typography.Text strong>
                {t(`overview.checklist.step_${item.key}`)}
                <span className="trp-sr-only">
                  {' '}
                  {item.done ? t('overview.checklist.done') : t('overview.checklist.open')}
                </span>
              </Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {item.status}
              </Typography.Text>
            </span>
            <Button size="small" type="link" onClick={() => onNavigate(item.key)}>
              {t(`overview.checklist.go_${item.key}`)}
            </Button>
          </li>
        ))}
      </ol>
    </div>
  );
}
