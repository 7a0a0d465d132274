/**
 * The value of every metropolitan area, agglomeration and peer group for one indicator, formed
 * from the members' figures by the indicator's stated rule (engine/evidence/aggregate.ts), with
 * population of the same year as the weight of a per-capita figure.
 */
import { bilingual } from '../../contract/bilingual';
import type Database from 'better-sqlite3';
import {
  groupValueInYear,
  latestGroupValue,
  type Aggregation,
  type GroupValue,
  type Series,
} from '../../engine/evidence';
import { NotFoundError } from '../errors';
import { POPULATION_INDICATOR } from '../seed/indicators';
import { listGroups } from './groups.repo';

export interface GroupValues {
  indicator: string;
  aggregation: Aggregation;
  /** The year asked for; null: each grouping in its newest year with a member figure. */
  year: number | null;
  groups: (GroupValue & { code: string })[];
  /** Groupings none of whose members has a figure (in that year). */
  empty: string[];
}

/** One indicator's rows as year → region → value. */
export function indicatorSeriesOf(db: Database.Database, indicator: string): Series {
  const rows = db
    .prepare('SELECT region_code AS region, year, value FROM observations WHERE indicator_code = ?')
    .all(indicator) as { region: string; year: number; value: number }[];
  const series = new Map<number, Map<string, number>>();
  for (const r of rows) {
    let y = series.get(r.year);
    if (!y) series.set(r.year, (y = new Map()));
    y.set(r.region, r.value);
  }
  return series;
}

export function groupValues(
  db: Database.Database,
  indicator: string,
  year: number | null,
): GroupValues {
  const row = db.prepare('SELECT aggregation FROM indicators WHERE code = ?').get(indicator) as
    { aggregation: Aggregation } | undefined;
  if (!row) throw new NotFoundError(bilingual('指标', 'indicator'), indicator);
  const series = indicatorSeriesOf(db, indicator);
  const population = indicatorSeriesOf(db, POPULATION_INDICATOR);
  const groups: GroupValues['groups'] = [];
  const empty: string[] = [];
  for (const g of listGroups(db)) {
    const value =
      year === null
        ? latestGroupValue(series, g.members, row.aggregation, population)
        : groupValueInYear(
            year,
            series.get(year) ?? new Map(),
            g.members,
            row.aggregation,
            population.get(year),
          );
    if (value === null || value.missing.length === g.members.length) empty.push(g.code);
    else groups.push({ code: g.code, ...value });
  }
  return { indicator, aggregation: row.aggregation, year, groups, empty };
}
