import { describe, expect, it } from 'vitest';
import type { Constraints } from '../../../contract/domain';
import { checkBudgetText, checkRules } from './constraints-validate';
import { parseAmountText } from './number-text';

const none: Constraints = {
  budget: null,
  maxMeasures: null,
  required: [],
  excluded: [],
  requires: [],
  excludes: [],
};

describe('checkBudgetText', () => {
  it('reads empty as no limit and numbers as typed or pasted', () => {
    expect(checkBudgetText('')).toEqual({ ok: true, value: null });
    expect(checkBudgetText('  ')).toEqual({ ok: true, value: null });
    expect(checkBudgetText('200')).toEqual({ ok: true, value: 200 });
    expect(checkBudgetText('0')).toEqual({ ok: true, value: 0 });
    expect(checkBudgetText('１，２００.5')).toEqual({ ok: true, value: 1200.5 });
    expect(checkBudgetText('100000')).toEqual({ ok: true, value: 100_000 });
  });

  it('names what is wrong: not a number, negative, above the stated ceiling', () => {
    expect(checkBudgetText('abc')).toEqual({ ok: false, problem: 'notNumber' });
    expect(checkBudgetText('1,5')).toEqual({ ok: false, problem: 'notNumber' });
    expect(checkBudgetText('2e3')).toEqual({ ok: false, problem: 'notNumber' });
    expect(checkBudgetText('−5')).toEqual({ ok: false, problem: 'negative' });
    expect(checkBudgetText('100000.01')).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('only groups of three digits are thousands separators', () => {
    expect(parseAmountText('12,345,678')).toBe(12_345_678);
    expect(parseAmountText('12,34')).toBeUndefined();
    expect(parseAmountText(',100')).toBeUndefined();
  });
});

describe('checkRules', () => {
  it('accepts consistent rules', () => {
    expect(checkRules(none)).toBeNull();
    expect(
      checkRules({
        ...none,
        required: ['M1'],
        excluded: ['M3'],
        requires: [['M1', 'M2']],
        excludes: [['M2', 'M4']],
      }),
    ).toBeNull();
  });

  it('finds a measure both required and excluded', () => {
    expect(checkRules({ ...none, required: ['M2'], excluded: ['M2'] })).toEqual({
      kind: 'requiredExcluded',
      measure: 'M2',
    });
  });

  it('follows requirements: a required measure that needs an excluded one, directly or not', () => {
    const c = {
      ...none,
      required: ['M1'],
      excluded: ['M3'],
      requires: [
        ['M1', 'M2'],
        ['M2', 'M3'],
      ] as [string, string][],
    };
    expect(checkRules(c)).toEqual({ kind: 'neededExcluded', measure: 'M3', by: 'M1' });
  });

  it('finds two measures every package must hold that exclude each other', () => {
    const c = {
      ...none,
      required: ['M2', 'M5'],
      requires: [['M5', 'M4']] as [string, string][],
      excludes: [['M4', 'M2']] as [string, string][],
    };
    expect(checkRules(c)).toEqual({ kind: 'neededConflict', a: 'M4', b: 'M2' });
  });

  it('refuses a rule on one measure and a rule given twice (excludes in either order)', () => {
    expect(checkRules({ ...none, requires: [['M1', 'M1']] })).toEqual({
      kind: 'samePair',
      measure: 'M1',
    });
    expect(
      checkRules({
        ...none,
        excludes: [
          ['M1', 'M2'],
          ['M2', 'M1'],
        ],
      }),
    ).toEqual({ kind: 'duplicatePair', a: 'M2', b: 'M1' });
    // "A requires B" and "B requires A" are two different rules.
    expect(
      checkRules({
        ...none,
        requires: [
          ['M1', 'M2'],
          ['M2', 'M1'],
        ],
      }),
    ).toBeNull();
  });
});
