/**
 * What the reference rule needs to know beyond the regions list, read from the database: the
 * members of every grouping, how each indicator's grouping figure is formed, resident population
 * (the weights), and what a scenario chose to compare its region with.
 */
import type Database from 'better-sqlite3';
import {
  referenceScope,
  type ComparisonChoice,
  type MemberRule,
  type ReferenceScope,
  type ScopeOptions,
} from '../../engine/evidence';
import { POPULATION_INDICATOR } from '../seed/indicators';
import { listGroups } from './groups.repo';
import { getRegionSettings, type RegionSettings } from './region-settings.repo';
import { listRegions } from './regions.repo';

/** A scenario's stored choice in the engine's terms. */
export function comparisonChoice(
  settings: Pick<RegionSettings, 'reference' | 'peerGroup'>,
): ComparisonChoice {
  if (settings.reference === 'peer-group' && settings.peerGroup)
    return { kind: 'peer-group', code: settings.peerGroup };
  return settings.reference === 'province' ? { kind: 'province' } : { kind: 'national' };
}

export function scopeOptions(db: Database.Database, comparison: ComparisonChoice): ScopeOptions {
  const memberRules = Object.fromEntries(
    (
      db.prepare('SELECT code, aggregation FROM indicators').all() as {
        code: string;
        aggregation: MemberRule;
      }[]
    ).map((r) => [r.code, r.aggregation]),
  );
  return {
    comparison,
    groups: Object.fromEntries(listGroups(db).map((g) => [g.code, g.members])),
    memberRules,
    population: db
      .prepare(
        'SELECT region_code AS region, year, value FROM observations WHERE indicator_code = ?',
      )
      .all(POPULATION_INDICATOR) as { region: string; year: number; value: number }[],
  };
}

/** The reference scope of a region, compared as `comparison` says (default the country). */
export function regionReferenceScope(
  db: Database.Database,
  regionCode: string,
  comparison: ComparisonChoice = { kind: 'national' },
): ReferenceScope {
  return referenceScope(listRegions(db), regionCode, scopeOptions(db, comparison));
}

/** The reference scope of a scenario's region, compared as the scenario chose. */
export function scenarioReferenceScope(
  db: Database.Database,
  scenarioId: number,
  regionCode: string,
): ReferenceScope {
  return regionReferenceScope(db, regionCode, comparisonChoice(getRegionSettings(db, scenarioId)));
}
