/**
 * Typed change values (contract/change.ts) built from stored inputs. Shared by the audit log and
 * the scenario comparison, so a budget or a weight reads the same in both.
 */
import type { Bilingual, ChangeValue } from '../../contract/change';
import type { Constraints } from '../../contract/domain';
import { both, type NameBook } from './change-names';

/** Long free text is cut here: the audit shows what changed, not a whole document. */
const TEXT_MAX = 600;
const YEARS: Bilingual = both('年', 'years');

/** Weights in storage order → shares of their total; null when the total is not positive. */
export function sharesOf(weights: Record<string, number>): Record<string, number> | null {
  const total = Object.values(weights).reduce((s, w) => s + w, 0);
  if (!(total > 0)) return null;
  return Object.fromEntries(Object.entries(weights).map(([id, w]) => [id, w / total]));
}

export const share = (s: number): ChangeValue => ({
  kind: 'share',
  share: Math.min(1, Math.max(0, s)),
});

export const amount = (value: number, unit: Bilingual | null, digits = 2): ChangeValue => ({
  kind: 'number',
  value,
  unit,
  digits,
});

export const years = (value: number): ChangeValue => amount(value, YEARS, 1);

export const range = (
  r: { low: number; likely: number; high: number },
  unit: Bilingual | null,
  signed: boolean,
): ChangeValue => ({ kind: 'range', low: r.low, likely: r.likely, high: r.high, unit, signed });

export const measureList = (ids: readonly string[], names: NameBook): ChangeValue => ({
  kind: 'measures',
  items: ids.map((id) => names.measure(id)),
});

export const measurePairs = (
  pairs: readonly (readonly [string, string])[],
  names: NameBook,
): ChangeValue => ({
  kind: 'pairs',
  items: pairs.map(([a, b]) => [names.measure(a), names.measure(b)] as [Bilingual, Bilingual]),
});

export const text = (s: string): ChangeValue => ({
  kind: 'text',
  text: s.length > TEXT_MAX ? `${s.slice(0, TEXT_MAX - 1)}…` : s,
});

export const flag = (on: boolean): ChangeValue => ({ kind: 'flag', on });
/** Choice codes are ids in the contract; anything else stored there is shown as text. */
const CODE = /^[A-Za-z0-9_.-]{1,64}$/;
export const choice = (code: string): ChangeValue =>
  CODE.test(code) ? { kind: 'choice', choice: code } : text(code);

/** A time stamp; a stored value too long to be one is shown as text. */
export const date = (at: string): ChangeValue =>
  at.length <= 64 ? { kind: 'date', at } : text(at);
export const region = (code: string, names: NameBook): ChangeValue => ({
  kind: 'region',
  name: names.region(code),
});
export const regionList = (codes: readonly string[], names: NameBook): ChangeValue => ({
  kind: 'regions',
  items: codes.map((c) => names.region(c)),
});
export const indicator = (code: string, names: NameBook): ChangeValue => ({
  kind: 'indicator',
  name: names.indicator(code),
});

/** The constraint fields, each as a value; `budget` and `maxMeasures` are null when unlimited. */
export function constraintValues(
  c: Constraints,
  names: NameBook,
  unit: Bilingual | null,
): Record<keyof Constraints, ChangeValue | null> {
  return {
    budget: c.budget === null ? null : amount(c.budget, unit),
    maxMeasures: c.maxMeasures === null ? null : amount(c.maxMeasures, null, 0),
    required: measureList(c.required, names),
    excluded: measureList(c.excluded, names),
    requires: measurePairs(c.requires, names),
    excludes: measurePairs(c.excludes, names),
  };
}

/** Same value as far as the planner can tell (numbers compared to 6 decimals). */
export function sameValue(a: ChangeValue | null, b: ChangeValue | null): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: ChangeValue | null): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    typeof x === 'number' ? Math.round(x * 1e6) / 1e6 : x,
  );
}
