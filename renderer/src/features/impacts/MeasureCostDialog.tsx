import { Button, Input, Modal, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_MEASURE_COST,
  MAX_YEARS_TO_EFFECT,
  type Locale,
  type Measure,
} from '../../../../contract/domain';
import { useApiAction } from '../../api/use-api-action';
import { FormProblems } from './FormProblems';
import { provenanceText } from '../../app/provenance';
import type { MeasureCostEdit } from '../../app/use-scenario';
import { formatNumber } from '../../format/number';
import {
  checkCostDraft,
  type CostDraft,
  type CostField,
  type CostProblem,
} from '../../model/cost-validate';
import { space } from '../../app/spacing';

interface Props {
  measure: Measure;
  title: string;
  lang: Locale;
  unit: string;
  onSave(cost: MeasureCostEdit): Promise<void>;
  /** Keeps the shipped figures as the planner's (confirm); offered while the row is a default. */
  onKeep(): Promise<void>;
  onClose(): void;
}

const FIELDS: CostField[] = ['low', 'likely', 'high', 'years', 'leadAgencyZh', 'leadAgencyEn'];

/**
 * One measure's cost range, years to effect and lead agency (both languages). Validates on every
 * keystroke; an invalid form disables Save, so nothing is written. Saving makes the row the
 * planner's (provenance "edited") as one undoable edit.
 */
export function MeasureCostDialog({
  measure: m,
  title,
  lang,
  unit,
  onSave,
  onKeep,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const [draft, setDraft] = useState<CostDraft>({
    low: String(m.costLow),
    likely: String(m.costLikely),
    high: String(m.costHigh),
    years: String(m.yearsToEffect),
    leadAgencyZh: m.leadAgencyZh,
    leadAgencyEn: m.leadAgencyEn,
  });
  const { busy: saving, error: saveError, run: runAction } = useApiAction();
  const check = checkCostDraft(draft);
  const label = (f: CostField) =>
    f === 'low' || f === 'likely' || f === 'high'
      ? t('costs.unitColumn', { name: t(`costs.${f}`), unit })
      : t(`costs.${f}`);

  const problemText = (p: CostProblem): string => {
    const max = formatNumber(lang, p.kind === 'years' ? MAX_YEARS_TO_EFFECT : MAX_MEASURE_COST, 0);
    return t(`costs.problem_${p.kind}`, { field: 'field' in p ? label(p.field) : '', max, unit });
  };
  const invalid = (f: CostField) =>
    !check.ok &&
    (('field' in check.problem && check.problem.field === f) ||
      (check.problem.kind === 'order' && (f === 'low' || f === 'likely' || f === 'high')) ||
      (check.problem.kind === 'years' && f === 'years'));

  const run = (write: () => Promise<void>) =>
    runAction(async () => {
      await write();
      onClose();
    });
  const save = async () => {
    if (check.ok) await run(() => onSave(check.value));
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('costs.save')}
      cancelText={t('costs.cancel')}
      okButtonProps={{ disabled: !check.ok, loading: saving, 'data-testid': 'cost-save' }}
      destroyOnHidden
      width={520}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {m.costProvenance.kind === 'default' && (
            <Button
              disabled={saving}
              data-testid="cost-keep"
              style={{ float: 'inline-start' }}
              onClick={() => void run(onKeep)}
            >
              {t('costs.keepDefault')}
            </Button>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      <Typography.Paragraph
        type="secondary"
        style={{ fontSize: 12 }}
        data-testid="cost-dialog-provenance"
      >
        {t('costs.provenance')}: {provenanceText(t, lang, m.costProvenance)}
      </Typography.Paragraph>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: space.xs }}
      >
        {FIELDS.map((f) => (
          <label
            key={f}
            htmlFor={`${ids}-${f}`}
            style={{ gridColumn: f.startsWith('lead') ? 'span 3' : undefined }}
          >
            <span className="trp-secondary">{label(f)}</span>
            <Input
              id={`${ids}-${f}`}
              value={draft[f]}
              inputMode={f.startsWith('lead') ? 'text' : 'decimal'}
              aria-invalid={invalid(f)}
              data-testid={`cost-${f}-input`}
              onChange={(e) => setDraft((d) => ({ ...d, [f]: e.target.value }))}
              onPressEnter={() => void save()}
            />
          </label>
        ))}
      </form>
      <FormProblems
        problem={check.ok ? null : problemText(check.problem)}
        testId="cost-validation"
        saveError={saveError}
      />
    </Modal>
  );
}
