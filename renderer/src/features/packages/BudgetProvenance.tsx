import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale, Scenario } from '../../../../contract/domain';
import { IllustrativeTag } from '../../app/IllustrativeTag';
import { provenanceText } from '../../app/provenance';
import { space } from '../../app/spacing';

interface Props {
  id: string;
  scenario: Scenario;
  lang: Locale;
  busy: boolean;
  onConfirm(): Promise<void>;
}

/**
 * Where the budget came from: the shipped illustrative figure until the planner sets or keeps
 * it ("keep this budget" confirms it as one undoable edit), then who set it and when.
 */
export function BudgetProvenance({ id, scenario, lang, busy, onConfirm }: Props) {
  const { t } = useTranslation();
  const p = scenario.budgetProvenance;
  const isDefault = p.kind === 'default' && scenario.constraints.budget !== null;
  return (
    <div
      id={id}
      data-testid="budget-provenance"
      data-kind={p.kind}
      style={{ display: 'flex', gap: space.xs, alignItems: 'center', flexWrap: 'wrap' }}
    >
      {isDefault ? (
        <>
          <IllustrativeTag label={t('provenance.default')} hint={t('provenance.defaultHint')} />
          <Button
            size="small"
            disabled={busy}
            onClick={() => void onConfirm()}
            data-testid="budget-confirm"
          >
            {t('constraints.keepBudget')}
          </Button>
        </>
      ) : p.kind !== 'default' ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {provenanceText(t, lang, p)}
        </Typography.Text>
      ) : null}
    </div>
  );
}
