import { InputNumber, Slider } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { markWeightInput } from '../../perf/interaction-marks';
import { space } from '../../app/spacing';

export const MAX_WEIGHT = 10;

/** The weight as the number box shows it: two decimals. */
export const shownWeight = (weight: number): number => Math.round(weight * 100) / 100;

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
        // The box shows the weight to two decimals and takes what is typed as it is. A forced
        // precision would round the text and, on leaving the box, write the rounded value back:
        // tabbing past a weight set by AHP (0.2679…) must not change it.
        value={shownWeight(weight)}
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
