import { InputNumber, Slider } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { markWeightInput } from '../../perf/interaction-marks';
import { space } from '../../app/spacing';

export const MAX_WEIGHT = 10;

interface Props {
  causeId: string;
  /** The cause's name in the active language, for the controls' accessible names. */
  name: string;
  weight: number;
  onWeightChange(causeId: string, weight: number): void;
}

/**
 * One cause's slider and number box. Memoised on its own weight: a slider step re-renders the
 * row it moved, not the seven others (the latency target is p95 < 50 ms per step).
 */
export const WeightControl = memo(function WeightControl({
  causeId,
  name,
  weight,
  onWeightChange,
}: Props) {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: space.sm }}>
      <Slider
        style={{ flex: 1 }}
        min={0}
        max={MAX_WEIGHT}
        step={0.1}
        value={Math.min(weight, MAX_WEIGHT)}
        onChange={(v: number) => {
          markWeightInput();
          onWeightChange(causeId, v);
        }}
        ariaLabelForHandle={t('weights.sliderLabel', { name })}
        // No value tooltip: the number box beside shows the value, and re-aligning a tooltip
        // popup on every step costs a forced layout.
        tooltip={{ open: false }}
      />
      <InputNumber<number>
        min={0}
        max={MAX_WEIGHT}
        step={0.1}
        precision={1}
        value={weight}
        style={{ width: 72 }}
        onChange={(v) => {
          if (v !== null && Number.isFinite(v)) onWeightChange(causeId, v);
        }}
        aria-label={t('weights.inputLabel', { name })}
        data-testid={`weight-input-${causeId}`}
      />
    </div>
  );
});
