import { Alert, Input, Select, Space, theme, Typography } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_BUDGET,
  type Constraints,
  type Locale,
  type Scenario,
} from '../../../../contract/domain';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatNumber, formatUpTo, localUnit } from '../../format/number';
import { checkBudgetText, checkRules, type RuleProblem } from '../../model/constraints-validate';
import { BudgetProvenance } from './BudgetProvenance';
import { RulesEditor } from './RulesEditor';
import { localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

interface Props {
  scenario: Scenario;
  lang: Locale;
  onChange(constraints: Constraints): Promise<void>;
  onConfirmBudget(): Promise<void>;
}

/** The budget as the planner reads it back in the field: the locale's number, no grouping. */
function budgetText(lang: Locale, budget: number | null): string {
  return budget === null ? '' : formatUpTo(lang, budget, 6).replace(/[,\s]/g, '');
}

/**
 * The package constraints of the open scenario: budget (with where it came from), maximum number
 * of measures, required and excluded measures, and "A requires B" / "A excludes B" rules. Each
 * change is one `scenario:setConstraints` call (one undoable, audited edit); a value that is not
 * valid, or rules that contradict each other, are explained in words and not sent.
 */
export function ConstraintsPanel({ scenario, lang, onChange, onConfirmBudget }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const c = scenario.constraints;
  const unit = localUnit(scenario.measures[0]?.costUnit ?? '', lang);
  const ids = useId();
  const [draft, setDraft] = useState(() => budgetText(lang, c.budget));
  const [problem, setProblem] = useState<RuleProblem | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const sending = useRef<string | null>(null);

  // The stored budget changes from elsewhere too (undo, another window): show it.
  useEffect(() => setDraft(budgetText(lang, c.budget)), [c.budget, lang]);

  const budget = checkBudgetText(draft);
  const max = formatNumber(lang, MAX_BUDGET, 0);
  const name = (id: string) => {
    const m = scenario.measures.find((x) => x.id === id);
    return m ? `${m.id} ${localName(m, lang)}` : id;
  };
  const options = (disabled: readonly string[]) =>
    scenario.measures.map((m) => ({
      value: m.id,
      label: name(m.id),
      disabled: disabled.includes(m.id),
    }));

  /** Sends the constraints unless they contradict themselves; true once stored. */
  const save = async (next: Constraints): Promise<boolean> => {
    const rule = checkRules(next);
    setProblem(rule);
    // Enter and the blur that follows both commit: the same constraints are sent once.
    const json = JSON.stringify(next);
    if (rule || json === sending.current || json === JSON.stringify(c)) return false;
    sending.current = json;
    setBusy(true);
    try {
      await onChange(next);
      setError(null);
      return true;
    } catch (e) {
      setError(toApiError(e));
      return false;
    } finally {
      sending.current = null;
      setBusy(false);
    }
  };

  const commitBudget = () => {
    if (!budget.ok || budget.value === c.budget) return;
    void save({ ...c, budget: budget.value });
  };

  const confirmBudget = async () => {
    setBusy(true);
    try {
      await onConfirmBudget();
      setError(null);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const problemText = (p: RuleProblem): string => {
    switch (p.kind) {
      case 'requiredExcluded':
      case 'samePair':
        return t(`constraints.problem_${p.kind}`, { a: name(p.measure) });
      case 'neededExcluded':
        return t('constraints.problem_neededExcluded', { a: name(p.measure), by: name(p.by) });
      case 'neededConflict':
      case 'duplicatePair':
        return t(`constraints.problem_${p.kind}`, { a: name(p.a), b: name(p.b) });
    }
  };

  const field: React.CSSProperties = { display: 'flex', flexDirection: 'column', gap: space.xxs };
  return (
    <section
      aria-labelledby={`${ids}-title`}
      data-testid="constraints-panel"
      className="trp-constraints"
    >
      <Typography.Title level={3} id={`${ids}-title`} style={{ fontSize: 15, margin: 0 }}>
        {t('constraints.title')}
      </Typography.Title>
      <Typography.Paragraph
        type="secondary"
        style={{ fontSize: 12, margin: `${space.xxs}px 0 ${space.xs}px` }}
      >
        {t('constraints.intro')}
      </Typography.Paragraph>
      <div className="trp-constraints-grid">
        <div style={field}>
          <label htmlFor={`${ids}-budget`}>{t('constraints.budget')}</label>
          <Space.Compact>
            <Input
              id={`${ids}-budget`}
              value={draft}
              inputMode="decimal"
              placeholder={t('constraints.budgetPlaceholder')}
              aria-label={t('constraints.budgetLabel', { unit })}
              aria-invalid={!budget.ok}
              aria-describedby={`${ids}-budget-help ${ids}-budget-provenance`}
              data-testid="budget-input"
              style={{ width: 140 }}
              onChange={(e) => setDraft(e.target.value)}
              onPressEnter={commitBudget}
              onBlur={commitBudget}
            />
            <Space.Addon>{unit}</Space.Addon>
          </Space.Compact>
          <div id={`${ids}-budget-help`} className="trp-secondary">
            {budget.ok ? t('constraints.budgetHelp', { max, unit }) : ''}
          </div>
          {!budget.ok && (
            <Alert
              type="error"
              role="alert"
              data-testid="budget-validation"
              title={t(`constraints.budget_${budget.problem}`, { max, unit })}
            />
          )}
          <BudgetProvenance
            id={`${ids}-budget-provenance`}
            scenario={scenario}
            lang={lang}
            busy={busy}
            onConfirm={confirmBudget}
          />
        </div>
        <div style={field}>
          <label htmlFor={`${ids}-max`}>{t('constraints.maxMeasures')}</label>
          <Select<number | 'none'>
            id={`${ids}-max`}
            data-testid="max-measures"
            style={{ width: 140 }}
            disabled={busy}
            value={c.maxMeasures ?? 'none'}
            onChange={(v) => void save({ ...c, maxMeasures: v === 'none' ? null : v })}
            options={[
              { value: 'none', label: t('constraints.noLimit') },
              ...scenario.measures.map((_, k) => ({ value: k + 1, label: String(k + 1) })),
            ]}
          />
        </div>
        {(['required', 'excluded'] as const).map((list) => {
          // A measure cannot be both: each list offers the other's measures disabled.
          const other = list === 'required' ? c.excluded : c.required;
          return (
            <div key={list} style={{ ...field, minWidth: 0 }}>
              <label htmlFor={`${ids}-${list}`}>{t(`constraints.${list}`)}</label>
              <Select<string[]>
                id={`${ids}-${list}`}
                mode="multiple"
                data-testid={`${list}-measures`}
                placeholder={t('constraints.nonePicked')}
                disabled={busy}
                value={c[list]}
                onChange={(v) => void save({ ...c, [list]: v })}
                options={options(other)}
                optionFilterProp="label"
              />
            </div>
          );
        })}
      </div>
      <RulesEditor
        constraints={c}
        measureName={name}
        options={options([])}
        busy={busy}
        onChange={save}
      />
      {problem && (
        <Alert
          type="error"
          role="alert"
          showIcon
          data-testid="constraints-problem"
          style={{ marginTop: token.marginXS }}
          title={t('constraints.notSaved')}
          description={problemText(problem)}
        />
      )}
      {error && (
        <div style={{ marginTop: token.marginXS }}>
          <ErrorAlert error={error} />
        </div>
      )}
    </section>
  );
}
