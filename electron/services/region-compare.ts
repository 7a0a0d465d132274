/**
 * One region against every reference that applies to it, for one indicator: the country, its
 * province (a city, or a grouping within one province) and each peer group, each formed by the
 * one reference rule and said in words. A total (亿元, persons …) is set against none of them.
 */
import type Database from 'better-sqlite3';
import {
  compareWithReference,
  referenceScope,
  scopeForIndicator,
  type ComparisonChoice,
  describeReference,
  describeRegionValue,
  TOTAL_NOT_COMPARED,
} from '../../engine/evidence';
import { NotFoundError } from '../../db/errors';
import { indicatorSeriesOf } from '../../db/repositories/group-values.repo';
import { listIndicatorSummaries } from '../../db/repositories/indicators.repo';
import { scopeOptions } from '../../db/repositories/reference-scope.repo';
import { listRegions } from '../../db/repositories/regions.repo';
import type { RegionComparisons } from '../../contract/regions';
import { bilingual } from '../../contract/bilingual';

export function compareRegion(
  db: Database.Database,
  regionCode: string,
  indicator: string,
): RegionComparisons {
  const regions = listRegions(db);
  const target = regions.find((r) => r.code === regionCode);
  if (!target) throw new NotFoundError(bilingual('地区', 'region'), regionCode);
  const ind = listIndicatorSummaries(db).find((i) => i.code === indicator);
  if (!ind) throw new NotFoundError(bilingual('指标', 'indicator'), indicator);
  const names = new Map(regions.map((r) => [r.code, { zh: r.nameZh, en: r.nameEn }]));
  const name = (code: string) => names.get(code) ?? { zh: code, en: code };
  const series = indicatorSeriesOf(db, indicator);
  const choices: ComparisonChoice[] = [
    { kind: 'national' },
    { kind: 'province' },
    ...regions
      .filter((r) => r.kind === 'peer-group')
      .map((r) => ({ kind: 'peer-group' as const, code: r.code })),
  ];
  // Groupings, member rules and population are read once; only the choice differs.
  const options = scopeOptions(db, { kind: 'national' });
  const comparisons: RegionComparisons['comparisons'] = [];
  for (const choice of choices) {
    const scope = referenceScope(regions, target.code, { ...options, comparison: choice });
    // A choice that does not apply to this region (a province for a province) is left out.
    if (choice.kind !== 'national' && !scope.comparison) continue;
    const c = compareWithReference(
      series,
      scopeForIndicator(scope, indicator),
      'national',
      ind.direction,
    );
    const total = ind.measure === 'total';
    comparisons.push({
      kind: choice.kind,
      region:
        scope.comparison && scope.comparison.kind !== 'national' ? scope.comparison.code : null,
      status: c.status,
      year: c.year,
      value: c.value,
      referenceValue: total ? null : c.referenceValue,
      // Signed so that negative is worse than the reference, whatever the indicator's direction.
      gap:
        !total && c.status === 'compared' && c.value !== null && c.referenceValue
          ? (ind.direction * (c.value - c.referenceValue)) / Math.abs(c.referenceValue)
          : null,
      explanation: total ? TOTAL_NOT_COMPARED : describeReference(c, 'national', name),
      valueNote: describeRegionValue(c, name),
    });
  }
  return { region: target.code, indicator, comparisons };
}
