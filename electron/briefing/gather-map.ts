/**
 * The briefing's tile map input: the indicator the scenario chose (or the one a CLI run names),
 * over the provinces for a provincial-level scenario and over the Northeast's cities for a city
 * or a grouping, in the year with the most figures at that scale (the newer on a tie: the same
 * year the Evidence screen's map opens on).
 */
import type Database from 'better-sqlite3';
import type { ReportMapInput } from '../../engine/report';
import { tileLabel } from '../../engine/maps';
import { NotFoundError } from '../../db/errors';
import { getGroup } from '../../db/repositories/groups.repo';
import { listIndicatorSummaries } from '../../db/repositories/indicators.repo';
import { getRegionSettings } from '../../db/repositories/region-settings.repo';
import { listRegions } from '../../db/repositories/regions.repo';
import type { Scenario } from '../../contract/domain';
import { bilingual } from '../../contract/bilingual';

/** undefined: the scenario's own choice; null: no map; a code: that indicator. */
export type MapChoice = string | null | undefined;

export function gatherMapInput(
  db: Database.Database,
  scenario: Scenario,
  choice: MapChoice,
): ReportMapInput | null {
  const code = choice === undefined ? getRegionSettings(db, scenario.id).mapIndicator : choice;
  if (code === null) return null;
  const ind = listIndicatorSummaries(db).find((i) => i.code === code);
  if (!ind) throw new NotFoundError(bilingual('指标', 'indicator'), code);
  const regions = listRegions(db);
  const target = regions.find((r) => r.code === scenario.regionCode);
  const scale = target?.kind === 'city' || target?.kind === 'group' ? 'cities' : 'provinces';
  const shown = regions.filter((r) => r.kind === (scale === 'cities' ? 'city' : 'province'));
  const provinceNames = new Set(
    regions.filter((r) => r.kind === 'province').flatMap((p) => [p.nameZh, p.nameEn]),
  );
  const codes = new Set(shown.map((r) => r.code));
  const rows = (
    db
      .prepare(
        'SELECT region_code AS region, year, value FROM observations WHERE indicator_code = ?',
      )
      .all(code) as { region: string; year: number; value: number }[]
  ).filter((r) => codes.has(r.region));
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  const year = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  if (year === undefined) return null;
  const highlighted =
    target?.kind === 'group'
      ? getGroup(db, target.code).members
      : target?.kind === 'city' || target?.kind === 'province'
        ? [target.code]
        : regions.filter((r) => r.kind === 'province' && r.isNortheast).map((r) => r.code);
  const name = (r: { nameZh: string; nameEn: string }) => ({ zh: r.nameZh, en: r.nameEn });
  return {
    scale,
    indicator: {
      code: ind.code,
      name: { zh: ind.nameZh, en: ind.nameEn },
      unit: { zh: ind.unit, en: ind.unitEn },
      direction: ind.direction,
    },
    year,
    regions: shown.map((r) => ({
      code: r.code,
      label: { zh: tileLabel(r, 'zh', provinceNames), en: tileLabel(r, 'en', provinceNames) },
      name: name(r),
      group: r.kind === 'city' ? r.province : null,
    })),
    values: rows.filter((r) => r.year === year).map((r) => ({ region: r.region, value: r.value })),
    highlighted,
    highlightName:
      target && target.kind !== 'national'
        ? name(target)
        : { zh: '东北三省', en: 'the three northeastern provinces' },
    groupNames: regions
      .filter((r) => r.kind === 'province' && r.isNortheast)
      .map((r) => ({
        code: r.code,
        name: name(r),
      })),
  };
}
