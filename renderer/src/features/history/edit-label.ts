import type { TFunction } from 'i18next';
import type { AuditEntry, EditSummary } from '../../../../electron/contract/workflow';
import { formatUpTo } from '../../format/number';

const GROUPED_WEIGHT_SOURCES = new Set(['ahp', 'roc', 'swing', 'stakeholders', 'severity']);

/** "Cause weight C3" / "Applied AHP weights": what an edit changed, without the scenario. */
export function editWhat(t: TFunction, e: Pick<EditSummary, 'entity' | 'key'>): string {
  if (e.entity === 'cause_weights') {
    // One line for a whole weight method applied, named after the method.
    return GROUPED_WEIGHT_SOURCES.has(e.key)
      ? t(`elicitation.appliedEdit.${e.key}`)
      : t('elicitation.appliedEdit.other', { source: e.key });
  }
  // Edits of kinds added by other features fall back to their stored name rather than a blank.
  const entity = t(`workflow.entity.${e.entity}`, { defaultValue: e.entity });
  if (e.entity === 'scenario' || e.entity === 'scenario_deleted') return entity;
  // A cause–indicator link is keyed "C8|indicator": show it as the cause and its indicator.
  return `${entity} ${e.entity === 'cause_indicator_link' ? e.key.replace('|', ' ← ') : e.key}`;
}

function groupedWeights(text: string): Record<string, number> | null {
  try {
    const w = (JSON.parse(text) as { weights?: unknown }).weights;
    if (!w || typeof w !== 'object') return null;
    const entries = Object.entries(w as Record<string, unknown>);
    return entries.every(([, v]) => typeof v === 'number')
      ? Object.fromEntries(entries as [string, number][])
      : null;
  } catch {
    return null;
  }
}

/**
 * The change itself as a planner reads it. A grouped weight edit is stored as two weight sets;
 * it is shown as the causes whose weight moved ("C1 1 → 1.52 · C3 1 → 0.8"), not as JSON.
 */
export function editChange(
  lang: 'zh' | 'en',
  e: Pick<AuditEntry, 'entity' | 'before' | 'after'>,
): string {
  if (e.entity === 'cause_weights') {
    const before = groupedWeights(e.before);
    const after = groupedWeights(e.after);
    if (before && after) {
      const fmt = (v: number) => formatUpTo(lang, v, 3);
      return Object.keys(after)
        .filter((id) => before[id] !== after[id])
        .map(
          (id) =>
            `${id} ${before[id] === undefined ? '—' : fmt(before[id])} → ${fmt(after[id] ?? 0)}`,
        )
        .join(' · ');
    }
  }
  return `${e.before} → ${e.after}`;
}

/** "Cause weight C3 · Baseline": what an edit changed, in the active language. */
export function editLabel(t: TFunction, e: EditSummary): string {
  return t('workflow.undo.what', {
    entity: editWhat(t, e),
    key: '',
    scenario: e.scenarioName ?? '—',
  })
    .replace(/\s+(·|$)/, (_m, x: string) => (x ? ' ·' : ''))
    .trim();
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
