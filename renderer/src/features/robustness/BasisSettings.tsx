import { Card, InputNumber, Radio, Space, theme, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_SEED,
  type AnalysisSettings,
  type Locale,
  type Scenario,
  type UncertaintyType,
} from '../../../../contract/domain';
import type { WeightBasis } from '../../../../engine/scenario';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';

interface Props {
  scenario: Scenario;
  basis: WeightBasis | null;
  lang: Locale;
}

const TYPES: UncertaintyType[] = ['around', 'ordinal', 'stakeholders', 'uniform'];

/** A number field that saves when the planner confirms it (Enter or leaving the field), not per key. */
function SavedNumber(p: {
  value: number;
  min: number;
  max: number;
  step: number;
  testId: string;
  label: string;
  suffix?: string;
  onSave(value: number): void;
}) {
  const [draft, setDraft] = useState<number | null>(p.value);
  useEffect(() => setDraft(p.value), [p.value]);
  const save = () => {
    if (draft !== null && Number.isFinite(draft) && draft !== p.value) p.onSave(draft);
    else setDraft(p.value);
  };
  return (
    <label style={{ whiteSpace: 'nowrap' }}>
      {p.label}{' '}
      <InputNumber<number>
        min={p.min}
        max={p.max}
        step={p.step}
        precision={0}
        value={draft}
        onChange={setDraft}
        onBlur={save}
        onPressEnter={save}
        data-testid={p.testId}
        suffix={p.suffix}
        style={{ width: 130 }}
      />
    </label>
  );
}

/**
 * How the weights' uncertainty is read, and the SMAA samples and seed: saved with the scenario
 * (one undoable, audited edit each), so the overview, this screen and the briefing agree.
 */
export function BasisSettings({ scenario, basis, lang }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const a = scenario.analysis;
  const save = (change: Partial<AnalysisSettings>) => {
    call('scenario:setAnalysis', { scenarioId: scenario.id, ...change })
      .then(() => setError(null))
      .catch((e: unknown) => setError(toApiError(e)));
  };
  return (
    <Card size="small" title={t('robustness.basisTitle')} data-testid="basis-settings">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('robustness.basisMeaning')}
      </Typography.Paragraph>
      <Radio.Group
        value={a.uncertainty}
        onChange={(e) => save({ uncertainty: e.target.value as UncertaintyType })}
        aria-label={t('robustness.basisTitle')}
        data-testid="basis-type"
      >
        <Space direction="vertical" size={2}>
          {TYPES.map((type) => (
            <Radio key={type} value={type} data-testid={`basis-${type}`}>
              <strong>{t(`robustness.basis_${type}`)}</strong>
              <span className="trp-secondary"> — {t(`robustness.basisHint_${type}`)}</span>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      <Space wrap size={16} style={{ marginTop: token.marginXS }}>
        {a.uncertainty === 'around' && (
          <SavedNumber
            value={Math.round(a.width * 100)}
            min={1}
            max={100}
            step={5}
            suffix="%"
            testId="basis-width"
            label={t('robustness.basisWidth')}
            onSave={(v) => save({ width: v / 100 })}
          />
        )}
        <SavedNumber
          value={a.samples}
          min={100}
          max={200_000}
          step={1000}
          testId="smaa-samples"
          label={t('robustness.samples')}
          onSave={(v) => save({ samples: v })}
        />
        <SavedNumber
          value={a.seed}
          min={0}
          max={MAX_SEED}
          step={1}
          testId="smaa-seed"
          label={t('robustness.seed')}
          onSave={(v) => save({ seed: v })}
        />
      </Space>
      {basis?.fallback && (
        <Typography.Paragraph style={{ marginTop: token.marginXS }} data-testid="basis-fallback">
          {basis.fallback[lang]}
        </Typography.Paragraph>
      )}
      {error && <ErrorAlert error={error} />}
    </Card>
  );
}
