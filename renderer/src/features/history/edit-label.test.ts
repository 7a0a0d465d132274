// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type { EditSummary } from '../../../../contract/history';
import { i18next, initI18n } from '../../i18n';
import { editLabel, editWhat, formatWhen, isTypingTarget, undoKeyOf } from './edit-label';

const edit: EditSummary = {
  id: 7,
  at: '2026-11-28T13:00:00.000Z',
  user: 'wang',
  scenarioId: 1,
  scenarioName: 'Baseline',
  entity: 'cause_weight',
  key: 'C3',
  subject: { zh: 'C3 经济持续低迷', en: 'C3 Persistent economic downturn' },
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
    expect(editLabel(i18next.t, 'en', edit)).toBe(
      'Cause weight C3 Persistent economic downturn · Baseline',
    );
    expect(
      editLabel(i18next.t, 'en', { ...edit, entity: 'scenario_deleted', key: '4', subject: null }),
    ).toBe('Deleted scenario · Baseline');
    // A kind without a label yet reads as words, never as its code or the bare key.
    expect(
      editLabel(i18next.t, 'en', { ...edit, entity: 'ahp_matrix', key: '17', subject: null }),
    ).toBe('Ahp matrix · Baseline');
    await i18next.changeLanguage('zh');
    expect(editLabel(i18next.t, 'zh', edit)).toBe('情景「Baseline」：原因权重 C3 经济持续低迷');
  });

  it('names a grouped weight edit after the method that made it, in one line', async () => {
    const grouped = { ...edit, entity: 'cause_weights', key: 'ahp', subject: null };
    await i18next.changeLanguage('en');
    expect(editLabel(i18next.t, 'en', grouped)).toBe('Applied AHP weights · Baseline');
    expect(editWhat(i18next.t, 'en', { ...grouped, key: 'stakeholders' })).toBe(
      'Applied the stakeholder weighted average',
    );
    expect(editWhat(i18next.t, 'en', { ...grouped, key: 'severity' })).toBe(
      'Folded regional severity into the weights',
    );
    expect(editWhat(i18next.t, 'en', { ...grouped, key: 'later' })).toContain('(Later)');
    await i18next.changeLanguage('zh');
    expect(editLabel(i18next.t, 'zh', grouped)).toBe('情景「Baseline」：应用 AHP 权重');
    expect(editWhat(i18next.t, 'zh', { ...grouped, key: 'roc' })).toBe('应用排序 (ROC) 权重');
    expect(editWhat(i18next.t, 'zh', { ...edit, entity: 'scenario_deleted', subject: null })).toBe(
      '删除情景',
    );
  });

  it('names a cause–indicator link by the cause and its indicator, by name', async () => {
    const link = {
      entity: 'cause_indicator_link',
      key: 'C8|sample20_stay_share',
      subject: {
        zh: 'C8 企业创新不足 ← 留在本地的比例',
        en: 'C8 Weak innovation ← Share who stay',
      },
    };
    await i18next.changeLanguage('en');
    expect(editWhat(i18next.t, 'en', link)).toBe(
      'Indicator behind a cause C8 Weak innovation ← Share who stay',
    );
    await i18next.changeLanguage('zh');
    expect(editWhat(i18next.t, 'zh', link)).toBe('成因的依据指标 C8 企业创新不足 ← 留在本地的比例');
  });

  it('formats times in the locale', () => {
    expect(formatWhen('zh', edit.at)).toMatch(/2026年11月28日/);
    expect(formatWhen('en', edit.at)).toMatch(/28 Nov 2026/);
    expect(formatWhen('en', 'not a date')).toBe('not a date');
  });
});
