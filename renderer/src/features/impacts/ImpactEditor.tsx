import type { i18n as I18n } from 'i18next';
import { Button, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImpactCell, Locale } from '../../../../contract/domain';
import { provenanceText } from '../../app/provenance';
import { useApiAction } from '../../api/use-api-action';
import { impactLevels, levelOf } from '../../model/impact-scale';
import type { ImpactLevelKey } from '../../model/impact-scale';
import { checkImpactDraft, parseImpactText } from '../../model/impact-validate';
import type { ImpactDraft, ImpactField, ImpactProblem } from '../../model/impact-validate';
import { FormProblems } from './FormProblems';
import { space } from '../../app/spacing';

interface Props {
  cell: ImpactCell;
  lang: Locale;
  title: string;
  onSave(value: { low: number; likely: number; high: number }): Promise<void>;
  onClose(): void;
}

const FIELDS: ImpactField[] = ['low', 'likely', 'high'];

/**
 * Edits one impact cell: a labelled level (sets low = likely = high to the level's value) or the
 * three numbers. Validates on every keystroke; an invalid draft disables Save, so nothing is written.
 */
export function ImpactEditor({ cell, lang, title, onSave, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<ImpactDraft>({
    low: String(cell.low),
    likely: String(cell.likely),
    high: String(cell.high),
  });
  const { busy: saving, error: saveError, run } = useApiAction();
  const check = checkImpactDraft(draft);
  // The level follows "likely" even while another field is invalid, so the select never blanks.
  const likely = parseImpactText(draft.likely);
  const level: ImpactLevelKey | undefined =
    likely !== undefined && likely >= -1 && likely <= 1 ? levelOf(likely) : undefined;

  const setLevel = (key: ImpactLevelKey) => {
    const v = String(impactLevels.find((l) => l.key === key)?.value ?? 0);
    setDraft({ low: v, likely: v, high: v });
  };

  const save = async () => {
    if (!check.ok) return;
    await run(async () => {
      await onSave(check.value);
      onClose();
    });
  };

  return (
    <form
      style={{ width: 300 }}
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <Typography.Text strong>{title}</Typography.Text>
      <div className="trp-secondary" data-testid="impact-editor-provenance">
        {t('impacts.provenance')}: {provenanceText(t, lang, cell.provenance)}
      </div>
      <div style={{ margin: `${space.xs}px 0` }}>
        <label htmlFor="trp-impact-level" className="trp-secondary">
          {t('impacts.level')}
        </label>
        <Select<ImpactLevelKey>
          id="trp-impact-level"
          autoFocus
          style={{ width: '100%' }}
          aria-label={t('impacts.level')}
          data-testid="impact-level-select"
          value={level}
          onChange={setLevel}
          options={impactLevels.map((l) => ({
            value: l.key,
            label: `${t(`scale.${l.key}`)} (${l.value > 0 ? '+' : ''}${l.value})`,
          }))}
        />
      </div>
      <Space size={8}>
        {FIELDS.map((f) => (
          <label key={f} style={{ display: 'block' }}>
            <span className="trp-secondary">{t(`impacts.${f}`)}</span>
            <Input
              value={draft[f]}
              inputMode="decimal"
              aria-label={t(`impacts.${f}`)}
              aria-invalid={!check.ok && 'field' in check.problem && check.problem.field === f}
              data-testid={`impact-${f}-input`}
              onChange={(e) => setDraft((d) => ({ ...d, [f]: e.target.value }))}
              style={{ width: 88 }}
            />
          </label>
        ))}
      </Space>
      <FormProblems
        problem={check.ok ? null : problemText(check.problem, i18n)}
        testId="impact-validation"
        saveError={saveError}
      />
      <Space style={{ marginTop: space.xs, justifyContent: 'flex-end', width: '100%' }}>
        <Button onClick={onClose}>{t('impacts.cancel')}</Button>
        <Button
          type="primary"
          htmlType="submit"
          disabled={!check.ok}
          loading={saving}
          data-testid="impact-save"
        >
          {t('impacts.save')}
        </Button>
      </Space>
    </form>
  );
}

/** The validation message names the field in both languages, whatever the UI language is. */
function problemText(problem: ImpactProblem, i18n: I18n): string {
  const zh = i18n.getFixedT('zh');
  if (problem.kind === 'order') return zh('impacts.order');
  return zh(`impacts.${problem.kind}`, {
    zh: zh(`impacts.${problem.field}`),
    en: i18n.getFixedT('en')(`impacts.${problem.field}`),
  });
}
