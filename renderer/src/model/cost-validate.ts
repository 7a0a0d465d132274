/**
 * Validation of a measure's cost form as the planner types. Mirrors the contract's rule for
 * scenario:setMeasureCost: 0 < low ≤ likely ≤ high ≤ MAX_MEASURE_COST (亿元), years within
 * 0 … MAX_YEARS_TO_EFFECT, the lead agency named in both languages.
 */
import { MAX_MEASURE_COST, MAX_YEARS_TO_EFFECT } from '../../../contract/domain';
import { parseAmountText, parseNumberText } from './number-text';

export const COST_FIELDS = ['low', 'likely', 'high'] as const;
export type CostField = (typeof COST_FIELDS)[number] | 'years' | 'leadAgencyZh' | 'leadAgencyEn';

export type CostDraft = Record<CostField, string>;

export type CostProblem =
  | { kind: 'notNumber'; field: CostField }
  | { kind: 'notPositive'; field: CostField }
  | { kind: 'tooLarge'; field: CostField }
  | { kind: 'order' }
  | { kind: 'years' }
  | { kind: 'leadAgency'; field: CostField };

export interface CostValue {
  costLow: number;
  costLikely: number;
  costHigh: number;
  yearsToEffect: number;
  leadAgencyZh: string;
  leadAgencyEn: string;
}

export type CostCheck = { ok: true; value: CostValue } | { ok: false; problem: CostProblem };

export function checkCostDraft(d: CostDraft): CostCheck {
  const v: Record<(typeof COST_FIELDS)[number], number> = { low: 0, likely: 0, high: 0 };
  for (const field of COST_FIELDS) {
    const n = parseAmountText(d[field]);
    if (n === undefined) return { ok: false, problem: { kind: 'notNumber', field } };
    if (n <= 0) return { ok: false, problem: { kind: 'notPositive', field } };
    if (n > MAX_MEASURE_COST) return { ok: false, problem: { kind: 'tooLarge', field } };
    v[field] = n;
  }
  if (!(v.low <= v.likely && v.likely <= v.high)) return { ok: false, problem: { kind: 'order' } };
  const years = parseNumberText(d.years);
  if (years === undefined) return { ok: false, problem: { kind: 'notNumber', field: 'years' } };
  if (years < 0 || years > MAX_YEARS_TO_EFFECT) return { ok: false, problem: { kind: 'years' } };
  for (const field of ['leadAgencyZh', 'leadAgencyEn'] as const)
    if (d[field].trim() === '') return { ok: false, problem: { kind: 'leadAgency', field } };
  return {
    ok: true,
    value: {
      costLow: v.low,
      costLikely: v.likely,
      costHigh: v.high,
      yearsToEffect: years,
      leadAgencyZh: d.leadAgencyZh.trim(),
      leadAgencyEn: d.leadAgencyEn.trim(),
    },
  };
}
