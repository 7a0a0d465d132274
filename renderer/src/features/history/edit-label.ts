import type { TFunction } from 'i18next';
import type { Locale } from '../../../../contract/domain';
import type { EditSummary } from '../../../../contract/history';
import { codeWords } from './code-words';

const GROUPED_WEIGHT_SOURCES = new Set([
  'ahp',
  'ahpHierarchy',
  'ahpGroup',
  'roc',
  'swing',
  'stakeholders',
  'severity',
]);

/**
 * "Cause weight C3 Persistent economic downturn" / "Applied AHP weights": what an edit changed,
 * without the scenario. The subject is named by the host in both languages, never as a bare id.
 */
export function editWhat(
  t: TFunction,
  lang: Locale,
  e: Pick<EditSummary, 'entity' | 'key' | 'subject'>,
): string {
  if (e.entity === 'cause_weights') {
    // One line for a whole weight method applied, named after the method.
    return GROUPED_WEIGHT_SOURCES.has(e.key)
      ? t(`elicitation.appliedEdit.${e.key}`)
      : t('elicitation.appliedEdit.other', { source: codeWords(e.key) });
  }
  // Edits of kinds added by other features fall back to their code in words rather than a blank.
  const entity = t(`history.entity.${e.entity}`, { defaultValue: codeWords(e.entity) });
  return e.subject ? `${entity} ${e.subject[lang]}` : entity;
}

/** "Cause weight C3 … · Baseline": what an edit changed and where, in the active language. */
export function editLabel(t: TFunction, lang: Locale, e: EditSummary): string {
  return t('history.undo.what', {
    entity: editWhat(t, lang, e),
    scenario: e.scenarioName ?? '—',
  });
}

/** An ISO time in the active locale (年月日 in Chinese, the English order otherwise). */
export function formatWhen(lang: 'zh' | 'en', iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(d);
}

/** True when a key press belongs to a text field, where the browser's own undo applies. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

export type UndoKey = 'undo' | 'redo' | null;

/** Ctrl/⌘+Z → undo; Ctrl/⌘+Shift+Z and Ctrl+Y → redo. */
export function undoKeyOf(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): UndoKey {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !e.shiftKey) return 'redo';
  return null;
}
