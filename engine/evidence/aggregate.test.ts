import { describe, expect, it } from 'vitest';
import { completeGroupValues, groupValueInYear, latestGroupValue } from './aggregate';

const map = (entries: Record<string, number>) => new Map(Object.entries(entries));
const members = ['A', 'B', 'C'];

describe('a grouping’s value from its members', () => {
  it('sums a total over every member', () => {
    const g = groupValueInYear(2024, map({ A: 10, B: 20, C: 30, X: 99 }), members, 'sum');
    expect(g).toMatchObject({ value: 60, complete: true, reporting: members, missing: [] });
  });

  it('with one member missing: the value over the others, flagged incomplete, the member named', () => {
    const g = groupValueInYear(2024, map({ A: 10, C: 30 }), members, 'sum');
    expect(g).toEqual({
      year: 2024,
      aggregation: 'sum',
      value: 40,
      complete: false,
      members,
      reporting: ['A', 'C'],
      missing: ['B'],
      missingWeights: [],
    });
  });

  it('weights a per-capita figure by population of the same year', () => {
    const g = groupValueInYear(
      2024,
      map({ A: 30000, B: 60000, C: 45000 }),
      members,
      'population-weighted',
      map({ A: 100, B: 50, C: 50 }),
    );
    // (100·30000 + 50·60000 + 50·45000) / 200 = 41,250: not the unweighted 45,000.
    expect(g.value).toBeCloseTo(41250, 9);
    expect(g.complete).toBe(true);
  });

  it('leaves out a member without population and says so', () => {
    const g = groupValueInYear(
      2024,
      map({ A: 30000, B: 60000, C: 45000 }),
      members,
      'population-weighted',
      map({ A: 100, C: 100 }),
    );
    expect(g).toMatchObject({
      value: 37500,
      complete: false,
      reporting: ['A', 'C'],
      missing: [],
      missingWeights: ['B'],
    });
  });

  it('forms no value for rates and shares, and none from no member', () => {
    expect(groupValueInYear(2024, map({ A: 5, B: 6, C: 7 }), members, 'none')).toMatchObject({
      value: null,
      complete: false,
    });
    expect(groupValueInYear(2024, map({ X: 1 }), members, 'sum')).toMatchObject({
      value: null,
      complete: false,
      missing: members,
    });
  });

  it('the latest year any member reports, and the complete years', () => {
    const series = new Map([
      [2023, map({ A: 1, B: 2, C: 3 })],
      [2024, map({ A: 2, C: 4 })],
      [2025, map({ X: 9 })],
    ]);
    expect(latestGroupValue(series, members, 'sum')).toMatchObject({
      year: 2024,
      value: 6,
      missing: ['B'],
    });
    expect(completeGroupValues(series, members, 'sum').map((g) => [g.year, g.value])).toEqual([
      [2023, 6],
    ]);
    expect(latestGroupValue(new Map([[2025, map({ X: 9 })]]), members, 'sum')).toBeNull();
  });
});
