/**
 * Checks of the Constraints panel, as the planner types and picks: the budget (a number from 0 to
 * the stated ceiling, empty = no limit) and rules that contradict each other, which would leave
 * no package at all. Mirrors the host's and the engine's rules, so nothing contradictory is sent.
 */
import { MAX_BUDGET, type Constraints } from '../../../contract/domain';
import { parseAmountText } from './number-text';

export type BudgetCheck =
  | { ok: true; value: number | null }
  | { ok: false; problem: 'notNumber' | 'negative' | 'tooLarge' };

export function checkBudgetText(text: string): BudgetCheck {
  if (text.trim() === '') return { ok: true, value: null };
  const n = parseAmountText(text);
  if (n === undefined) return { ok: false, problem: 'notNumber' };
  if (n < 0) return { ok: false, problem: 'negative' };
  if (n > MAX_BUDGET) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: n };
}

export type RuleProblem =
  | { kind: 'requiredExcluded'; measure: string }
  /** `by` is required and needs `measure` (directly or through other requirements), which is excluded. */
  | { kind: 'neededExcluded'; measure: string; by: string }
  /** Two measures that must both be in every package exclude each other. */
  | { kind: 'neededConflict'; a: string; b: string }
  | { kind: 'samePair'; measure: string }
  | { kind: 'duplicatePair'; a: string; b: string };

/** What the required measures force into every package: themselves and all they require. */
function forcedBy(c: Constraints): Map<string, string> {
  const forced = new Map<string, string>();
  const queue = c.required.map((id) => [id, id] as const);
  while (queue.length > 0) {
    const [id, by] = queue.shift()!;
    if (forced.has(id)) continue;
    forced.set(id, by);
    for (const [a, b] of c.requires) if (a === id) queue.push([b, by]);
  }
  return forced;
}

/** The first contradiction in the rules, or null when at least the rules themselves agree. */
export function checkRules(c: Constraints): RuleProblem | null {
  for (const id of c.required)
    if (c.excluded.includes(id)) return { kind: 'requiredExcluded', measure: id };
  const seen = new Set<string>();
  for (const [kind, pairs] of [
    ['requires', c.requires],
    ['excludes', c.excludes],
  ] as const) {
    for (const [a, b] of pairs) {
      if (a === b) return { kind: 'samePair', measure: a };
      const key = kind === 'excludes' ? `${kind}:${[a, b].sort().join('|')}` : `${kind}:${a}|${b}`;
      if (seen.has(key)) return { kind: 'duplicatePair', a, b };
      seen.add(key);
    }
  }
  const forced = forcedBy(c);
  for (const [id, by] of forced)
    if (c.excluded.includes(id)) return { kind: 'neededExcluded', measure: id, by };
  for (const [a, b] of c.excludes)
    if (forced.has(a) && forced.has(b)) return { kind: 'neededConflict', a, b };
  return null;
}
