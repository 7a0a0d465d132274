import { Alert, Space, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../../contract/domain';
import { defaultInputsOf } from '../../../../engine/scenario';
import type { ConfirmTarget } from '../../app/use-scenario';
import { ConfirmButton } from './ConfirmButton';

interface Props {
  scenario: Scenario;
  onConfirm(what: ConfirmTarget): Promise<void>;
}

/**
 * How many impacts and costs are still the tool's illustrative defaults, with one button each to
 * keep all of them (each one undoable edit); confirmed values then say so in the table.
 */
export function DefaultsBar({ scenario, onConfirm }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const d = defaultInputsOf(scenario);
  if (d.impacts === 0 && d.costs === 0)
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: token.marginXS }}
        data-testid="defaults-bar"
        title={t('costs.allReviewed')}
      />
    );
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: token.marginXS }}
      data-testid="defaults-bar"
      title={t('costs.defaultsLeft', {
        impacts: d.impacts,
        total: scenario.impacts.length,
        costs: d.costs,
        measures: scenario.measures.length,
      })}
      action={
        <Space wrap size={6}>
          {d.impacts > 0 && (
            <ConfirmButton
              size="small"
              data-testid="confirm-impacts"
              onConfirm={() => onConfirm('impacts')}
            >
              {t('costs.confirmImpacts', { n: d.impacts })}
            </ConfirmButton>
          )}
          {d.costs > 0 && (
            <ConfirmButton
              size="small"
              data-testid="confirm-costs"
              onConfirm={() => onConfirm('costs')}
            >
              {t('costs.confirmCosts', { n: d.costs })}
            </ConfirmButton>
          )}
        </Space>
      }
    />
  );
}
