/**
 * Pure shaping of one indicator's observations into what the table and charts draw. Kept out of
 * the components so the numbers a planner reads (ranking, reference, gaps) are unit-tested.
 */
import type { Locale, Region } from '../../../../electron/contract/domain';
import type { ObservationCell, ObservationsResult } from '../../../../electron/contract/evidence';

export interface RankingRow {
  code: string;
  name: string;
  value: number;
  isNortheast: boolean;
  flagged: boolean;
}

export interface Reference {
  value: number;
  /** 'national': the database's national row; 'mean': the unweighted mean of the provinces. */
  basis: 'national' | 'mean';
}

export const regionName = (r: Region | undefined, code: string, lang: Locale): string =>
  r ? (lang === 'zh' ? r.nameZh : r.nameEn) : code;

/**
 * A provincial mean stands in for a missing national figure only when at least this many
 * provinces report: the mean of the three northeastern provinces is no national reference.
 */
export const MIN_PROVINCES_FOR_MEAN = 10;

/** Years with province values, newest first, each with how many provinces report it. */
export function provinceYears(
  result: ObservationsResult,
  regions: readonly Region[],
): { year: number; provinces: number }[] {
  const provinces = new Set(regions.filter((r) => r.kind === 'province').map((r) => r.code));
  const counts = new Map<number, number>();
  for (const c of result.cells)
    if (provinces.has(c.region)) counts.set(c.year, (counts.get(c.year) ?? 0) + 1);
  return [...counts].map(([year, n]) => ({ year, provinces: n })).sort((a, b) => b.year - a.year);
}

/** The default year to rank: the newest with broad coverage, else simply the newest. */
export function defaultRankingYear(
  result: ObservationsResult,
  regions: readonly Region[],
): number | null {
  const years = provinceYears(result, regions);
  return (years.find((y) => y.provinces >= MIN_PROVINCES_FOR_MEAN) ?? years[0])?.year ?? null;
}

/** Province values of one year, highest first. */
export function rankingRows(
  result: ObservationsResult,
  regions: readonly Region[],
  year: number,
  lang: Locale,
): RankingRow[] {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  return result.cells
    .filter((c) => c.year === year && byCode.get(c.region)?.kind === 'province')
    .map((c) => ({
      code: c.region,
      name: regionName(byCode.get(c.region), c.region, lang),
      value: c.value,
      isNortheast: byCode.get(c.region)?.isNortheast ?? false,
      flagged: c.flags.length > 0,
    }))
    .sort((a, b) => b.value - a.value);
}

/** The national row when present, else the mean of the provinces of that year (and it says so). */
export function nationalReference(
  result: ObservationsResult,
  regions: readonly Region[],
  year: number,
): Reference | null {
  const national = regions.find((r) => r.kind === 'national');
  const row = result.cells.find((c) => c.region === national?.code && c.year === year);
  if (row) return { value: row.value, basis: 'national' };
  const provinces = rankingRows(result, regions, year, 'en');
  if (provinces.length < MIN_PROVINCES_FOR_MEAN) return null;
  return { value: provinces.reduce((a, p) => a + p.value, 0) / provinces.length, basis: 'mean' };
}

/** Relative gap (x − ref)/|ref| in percent for the NE provinces and their mean; empty when undefined. */
export function northeastGaps(
  result: ObservationsResult,
  regions: readonly Region[],
  year: number,
  lang: Locale,
  meanLabel: string,
): { name: string; gapPct: number }[] {
  const ref = nationalReference(result, regions, year);
  if (!ref || ref.value === 0) return [];
  const ne = rankingRows(result, regions, year, lang).filter((r) => r.isNortheast);
  const rows = ne.map((r) => ({
    name: r.name,
    gapPct: ((r.value - ref.value) / Math.abs(ref.value)) * 100,
  }));
  if (ne.length === 3) {
    const mean = ne.reduce((a, r) => a + r.value, 0) / 3;
    rows.push({ name: meanLabel, gapPct: ((mean - ref.value) / Math.abs(ref.value)) * 100 });
  }
  return rows;
}

export interface TableRow {
  key: string;
  region: string;
  name: string;
  sort: number;
  isNortheast: boolean;
  byYear: Record<number, ObservationCell | undefined>;
}

/** Regions × years, in the database's region order. */
export function tableRows(
  result: ObservationsResult,
  regions: readonly Region[],
  lang: Locale,
): TableRow[] {
  const order = new Map(regions.map((r, i) => [r.code, i]));
  const byRegion = new Map<string, TableRow>();
  for (const c of result.cells) {
    let row = byRegion.get(c.region);
    if (!row) {
      const r = regions.find((x) => x.code === c.region);
      row = {
        key: c.region,
        region: c.region,
        name: regionName(r, c.region, lang),
        sort: order.get(c.region) ?? 999,
        isNortheast: r?.isNortheast ?? false,
        byYear: {},
      };
      byRegion.set(c.region, row);
    }
    row.byYear[c.year] = c;
  }
  return [...byRegion.values()].sort((a, b) => a.sort - b.sort);
}
