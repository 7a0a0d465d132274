/**
 * Validation of the impact editor's three text fields, as the planner types. Mirrors the
 * contract's rule for scenario:setImpact (each in [−1, 1], low ≤ likely ≤ high) so a bad value
 * is refused before anything is written.
 */
import { parseNumberText } from './number-text';

export type ImpactField = 'low' | 'likely' | 'high';

export type ImpactProblem =
  | { kind: 'notNumber'; field: ImpactField }
  | { kind: 'outOfRange'; field: ImpactField }
  | { kind: 'order' };

export type ImpactDraft = Record<ImpactField, string>;

export type ImpactCheck =
  | { ok: true; value: { low: number; likely: number; high: number } }
  | { ok: false; problem: ImpactProblem };

/** Accepts the minus sign planners paste from documents (U+2212) and full-width digits. */
export const parseImpactText = parseNumberText;

export function checkImpactDraft(draft: ImpactDraft): ImpactCheck {
  const value = { low: 0, likely: 0, high: 0 };
  for (const field of ['low', 'likely', 'high'] as const) {
    const n = parseImpactText(draft[field]);
    if (n === undefined) return { ok: false, problem: { kind: 'notNumber', field } };
    if (n < -1 || n > 1) return { ok: false, problem: { kind: 'outOfRange', field } };
    value[field] = n;
  }
  if (!(value.low <= value.likely && value.likely <= value.high)) {
    return { ok: false, problem: { kind: 'order' } };
  }
  return { ok: true, value };
}
