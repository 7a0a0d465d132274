/**
 * A grouping's value (a metropolitan area, an agglomeration, a peer group) formed from its
 * members' values of one year, by the indicator's stated rule (docs/regions.md):
 *   sum                  V = Σ_m x_m                      (totals: GDP in 亿元, population, counts)
 *   population-weighted  V = Σ_m p_m x_m / Σ_m p_m        (per-capita figures; p = resident population
 *                                                          of the same year)
 *   none                 not formed                       (rates, shares, ratios: combining them
 *                                                          needs figures the dataset does not hold)
 * The value is always over the members that report (and, when weighted, have a population);
 * `complete` says whether that is every member, and `missing` / `missingWeights` name the others,
 * so an incomplete figure is shown flagged and never passes for the whole grouping.
 */

export type Aggregation = 'sum' | 'population-weighted' | 'none';

export interface GroupValue {
  year: number;
  aggregation: Aggregation;
  /** Over `reporting`; null when the rule forms no value or no member counts. */
  value: number | null;
  /** Every member reports (with its weight): the value stands for the whole grouping. */
  complete: boolean;
  members: string[];
  /** Members whose figure is in the value. */
  reporting: string[];
  /** Members without a figure that year. */
  missing: string[];
  /** Population-weighted only: members with a figure but no population that year (left out). */
  missingWeights: string[];
}

/** One year's figures of the members: region code → value. */
export type YearValues = ReadonlyMap<string, number>;

export function groupValueInYear(
  year: number,
  values: YearValues,
  members: readonly string[],
  aggregation: Aggregation,
  population: YearValues = new Map(),
): GroupValue {
  const withFigure = members.filter((m) => values.has(m));
  const missing = members.filter((m) => !values.has(m));
  const base = { year, aggregation, members: [...members], missing };
  if (aggregation === 'none')
    return { ...base, value: null, complete: false, reporting: withFigure, missingWeights: [] };
  if (aggregation === 'sum') {
    const value =
      withFigure.length === 0 ? null : withFigure.reduce((a, m) => a + values.get(m)!, 0);
    return {
      ...base,
      value,
      complete: missing.length === 0 && members.length > 0,
      reporting: withFigure,
      missingWeights: [],
    };
  }
  const weighted = withFigure.filter((m) => (population.get(m) ?? 0) > 0);
  const missingWeights = withFigure.filter((m) => !((population.get(m) ?? 0) > 0));
  const weight = weighted.reduce((a, m) => a + population.get(m)!, 0);
  const value =
    weighted.length === 0
      ? null
      : weighted.reduce((a, m) => a + population.get(m)! * values.get(m)!, 0) / weight;
  return {
    ...base,
    value,
    complete: missing.length === 0 && missingWeights.length === 0 && members.length > 0,
    reporting: weighted,
    missingWeights,
  };
}

/** year → region → value, as engine/evidence/reference.ts groups one indicator's rows. */
export type Series = ReadonlyMap<number, ReadonlyMap<string, number>>;

/**
 * The grouping's value in its newest year in which any member reports, or null when none ever
 * does. That year is shown even when incomplete (flagged): it tells the planner what is missing.
 */
export function latestGroupValue(
  series: Series,
  members: readonly string[],
  aggregation: Aggregation,
  population: Series = new Map(),
): GroupValue | null {
  const years = [...series.keys()].sort((a, b) => b - a);
  for (const year of years) {
    const values = series.get(year)!;
    if (members.some((m) => values.has(m)))
      return groupValueInYear(year, values, members, aggregation, population.get(year));
  }
  return null;
}

/** The years in which the grouping's value is complete, newest first, with that value. */
export function completeGroupValues(
  series: Series,
  members: readonly string[],
  aggregation: Aggregation,
  population: Series = new Map(),
): GroupValue[] {
  return [...series.keys()]
    .sort((a, b) => b - a)
    .map((year) =>
      groupValueInYear(year, series.get(year)!, members, aggregation, population.get(year)),
    )
    .filter((g) => g.complete);
}
