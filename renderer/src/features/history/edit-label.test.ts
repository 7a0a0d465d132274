// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type { EditSummary } from '../../../../electron/contract/workflow';
import { i18next, initI18n } from '../../i18n';
import {
  editChange,
  editLabel,
  editWhat,
  formatWhen,
  isTypingTarget,
  undoKeyOf,
} from './edit-label';

const edit: EditSummary = {
  id: 7,
  at: '2026-11-28T13:00:00.000Z',
  user: 'wang',
  scenarioId: 1,
  scenarioName: 'Baseline',
  entity: 'cause_weight',
  key: 'C3',
};

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

beforeAll(async () => {
  await initI18n('en');
});

describe('undo shortcuts', () => {
  it('maps Ctrl+Z to undo and Ctrl+Shift+Z / Ctrl+Y to redo', () => {
    expect(undoKeyOf(key('z', { ctrlKey: true }))).toBe('undo');
    expect(undoKeyOf(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoKeyOf(key('y', { ctrlKey: true }))).toBe('redo');
    expect(undoKeyOf(key('z', { metaKey: true }))).toBe('undo');
    expect(undoKeyOf(key('z'))).toBeNull();
    expect(undoKeyOf(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('leaves text fields to the browser’s own undo', () => {
    expect(isTypingTarget(document.createElement('input'))).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('edit labels', () => {
  it('names the edit in the active language', async () => {
    await i18next.changeLanguage('en');
    expect(editLabel(i18next.t, edit)).toBe('Cause weight C3 · Baseline');
    expect(editLabel(i18next.t, { ...edit, entity: 'scenario_deleted', key: '4' })).toBe(
      'Deleted scenario · Baseline',
    );
    expect(editLabel(i18next.t, { ...edit, entity: 'ahp_matrix' })).toContain('ahp_matrix');
    await i18next.changeLanguage('zh');
    expect(editLabel(i18next.t, edit)).toBe('情景「Baseline」：原因权重 C3');
  });

  it('names a grouped weight edit after the method that made it, in one line', async () => {
    const grouped = { ...edit, entity: 'cause_weights', key: 'ahp' };
    await i18next.changeLanguage('en');
    expect(editLabel(i18next.t, grouped)).toBe('Applied AHP weights · Baseline');
    expect(editWhat(i18next.t, { ...grouped, key: 'stakeholders' })).toBe(
      'Applied the stakeholder weighted average',
    );
    expect(editWhat(i18next.t, { ...grouped, key: 'severity' })).toBe(
      'Folded regional severity into the weights',
    );
    expect(editWhat(i18next.t, { ...grouped, key: 'later' })).toContain('(later)');
    await i18next.changeLanguage('zh');
    expect(editLabel(i18next.t, grouped)).toBe('情景「Baseline」：应用 AHP 权重');
    expect(editWhat(i18next.t, { ...grouped, key: 'roc' })).toBe('应用排序 (ROC) 权重');
    expect(editWhat(i18next.t, { ...edit, entity: 'scenario_deleted' })).toBe('删除情景');
  });

  it('names a cause–indicator link by the cause and its indicator', async () => {
    const link = { entity: 'cause_indicator_link', key: 'C8|sample20_stay_share' };
    await i18next.changeLanguage('en');
    expect(editWhat(i18next.t, link)).toBe('Indicator behind a cause C8 ← sample20_stay_share');
    await i18next.changeLanguage('zh');
    expect(editWhat(i18next.t, link)).toBe('成因的依据指标 C8 ← sample20_stay_share');
  });

  it('formats times in the locale', () => {
    expect(formatWhen('zh', edit.at)).toMatch(/2026年11月28日/);
    expect(formatWhen('en', edit.at)).toMatch(/28 Nov 2026/);
    expect(formatWhen('en', 'not a date')).toBe('not a date');
  });
});

describe('audit change text', () => {
  const weights = (w: Record<string, number>) => JSON.stringify({ weights: w });

  it('shows a grouped weight edit as the causes that moved, not as JSON', () => {
    const e = {
      entity: 'cause_weights',
      before: weights({ C1: 1, C2: 1, C3: 2 }),
      after: weights({ C1: 1.523456, C2: 1, C3: 0.8 }),
    };
    expect(editChange('en', e)).toBe('C1 1 → 1.523 · C3 2 → 0.8');
    expect(editChange('zh', e)).toBe('C1 1 → 1.523 · C3 2 → 0.8');
  });

  it('falls back to the stored text for other edits and for shortened values', () => {
    expect(editChange('en', { entity: 'cause_weight', before: '1', after: '2.5' })).toBe('1 → 2.5');
    const cut = { entity: 'cause_weights', before: '{"weights":{"C1":1,…', after: weights({}) };
    expect(editChange('en', cut)).toBe(`${cut.before} → ${cut.after}`);
  });
});
