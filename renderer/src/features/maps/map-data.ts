/**
 * Pure shaping of an indicator's observations into a tile map: which regions the scale shows,
 * which years have figures for them, the values of one year. Kept out of the components so the
 * numbers in the tiles are unit-tested.
 */
import type { Locale, Region } from '../../../../contract/domain';
import type { ObservationsResult } from '../../../../contract/evidence';
import { type MapScale, type TileRegion, tileLabel } from '../../../../engine/maps';
import { localName } from '../../i18n/localized';

/** The regions a scale draws: the 31 provinces, or the 36 cities (grouped by province). */
export function mapRegions(
  regions: readonly Region[],
  scale: MapScale,
  lang: Locale,
): TileRegion[] {
  const provinces = regions.filter((r) => r.kind === 'province');
  const provinceNames = new Set(provinces.flatMap((p) => [p.nameZh, p.nameEn]));
  const shown = scale === 'provinces' ? provinces : regions.filter((r) => r.kind === 'city');
  return shown.map((r) => ({
    code: r.code,
    label: tileLabel(r, lang, provinceNames),
    name: localName(r, lang),
    group: r.kind === 'city' ? r.province : null,
  }));
}

/** Years with a figure for at least one shown region, newest first, with how many have one. */
export function mapYears(
  result: ObservationsResult,
  codes: ReadonlySet<string>,
): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const c of result.cells)
    if (codes.has(c.region)) counts.set(c.year, (counts.get(c.year) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year);
}

/** The year a map opens on: the one with the most figures, the newer on a tie. */
export function defaultMapYear(years: readonly { year: number; count: number }[]): number | null {
  let best: { year: number; count: number } | null = null;
  for (const y of years) if (!best || y.count > best.count) best = y;
  return best?.year ?? null;
}

export function valuesInYear(
  result: ObservationsResult,
  year: number | null,
  codes: ReadonlySet<string>,
): Map<string, number> {
  return new Map(
    result.cells
      .filter((c) => c.year === year && codes.has(c.region))
      .map((c) => [c.region, c.value]),
  );
}

/** Fraction digits for an indicator's values: none when every value is whole. */
export function valueDigits(result: ObservationsResult): number {
  return result.cells.every((c) => Number.isInteger(c.value)) ? 0 : 1;
}
