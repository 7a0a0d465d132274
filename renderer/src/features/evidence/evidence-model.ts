/**
 * Pure shaping of one indicator's observations into what the table and charts draw. Kept out of
 * the components so the numbers a planner reads (ranking, reference, gaps) are unit-tested.
 */
import type { Locale, Region } from '../../../../contract/domain';
import type { ObservationCell, ObservationsResult } from '../../../../contract/evidence';
import {
  MIN_REPORTING_PROVINCES,
  indicatorSeries,
  referenceInYear,
  referenceScope,
} from '../../../../engine/evidence';
import { localName } from '../../i18n/localized';

export interface RankingRow {
  code: string;
  name: string;
  value: number;
  isNortheast: boolean;
  flagged: boolean;
}

export interface Reference {
  value: number;
  /** 'national': the database's national row; 'mean': the mean of the provinces outside the Northeast. */
  basis: 'national' | 'mean';
  /** Provinces in the mean (0 for the national row). */
  provinces: number;
}

export const regionName = (r: Region | undefined, code: string, lang: Locale): string =>
  r ? localName(r, lang) : code;

/** The default ranking year needs the coverage the reference rule needs for a provincial mean. */
export const MIN_PROVINCES_FOR_MEAN = MIN_REPORTING_PROVINCES;

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

/**
 * The reference of one year by the one reference rule (engine/evidence/reference.ts), for the
 * Northeast this screen is about: the national row, else the mean of the provinces outside the
 * Northeast when at least 28 of 31 report, else none.
 */
export function nationalReference(
  result: ObservationsResult,
  regions: readonly Region[],
  year: number,
): Reference | null {
  const values = indicatorSeries(result.cells).get(year);
  const northeast = regions.find((r) => r.kind === 'aggregate' && r.isNortheast)?.code ?? '';
  const ref = values ? referenceInYear(values, referenceScope(regions, northeast)) : null;
  if (!ref) return null;
  return {
    value: ref.value,
    basis: ref.basis === 'national-row' ? 'national' : 'mean',
    provinces: ref.provinces,
  };
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

/**
 * The distinct source lines of the values a chart draws, in `lang`, first seen first: a chart
 * of 2024 does not cite the file that brought in one province's 2025.
 */
export function sourcesOfCells(
  cells: readonly Pick<ObservationCell, 'sourceLineZh' | 'sourceLineEn'>[],
  lang: Locale,
): string[] {
  return [
    ...new Set(
      cells.map((c) => (lang === 'zh' ? c.sourceLineZh : c.sourceLineEn)).filter((s) => s !== ''),
    ),
  ];
}
