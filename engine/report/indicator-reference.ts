/**
 * What one row of the briefing's indicator table is compared with, by the one reference rule
 * (engine/evidence/reference.ts): the region's comparison when it has one; otherwise the honest
 * reference of the latest year a focus region reports, so the provinces of an aggregate are still
 * set against the country when the aggregate itself has no figure.
 */
import {
  compareWithReference,
  indicatorSeries,
  referenceInYear,
  scopeForIndicator,
  type ReferenceBasis,
} from '../evidence/reference';
import {
  describeReference,
  describeRegionValue,
  describeYearReference,
  noReferenceInYear,
  TOTAL_NOT_COMPARED,
  type RegionNamer,
} from '../evidence/reference-text';
import type { Bilingual, ReportIndicatorInput, ReportInput } from './types';

export interface RowReference {
  year: number;
  reference: number | null;
  basis: ReferenceBasis | null;
  /** Said under the table when the reference is not simply that year's national figure. */
  note: Bilingual | null;
  /** The region's own figure when it is a mean of its members (it has no row of its own). */
  regionMean: { value: number; note: Bilingual } | null;
  /** Regions whose rows formed a province, city or peer reference (their sources are cited). */
  referenceRows: string[];
}

/**
 * A total is not compared with a reference, so its row shows the regions side by side: in the
 * latest year that the most focus regions report (one observation per region and year), not in
 * a newer year that one province's import brought in and the others do not have yet.
 */
export function fullestYear(focusYears: readonly number[]): number {
  const count = new Map<number, number>();
  for (const y of focusYears) count.set(y, (count.get(y) ?? 0) + 1);
  let best = -Infinity;
  let most = 0;
  for (const [y, n] of count)
    if (n > most || (n === most && y > best)) {
      best = y;
      most = n;
    }
  return best;
}

function totalFromFullestYear(year: number, newer: number): Bilingual {
  return {
    zh: `${TOTAL_NOT_COMPARED.zh}；${newer} 年报告的地区较少，本行列出 ${year} 年`,
    en: `${TOTAL_NOT_COMPARED.en}; ${newer} has figures for fewer of these regions, so the row shows ${year}`,
  };
}

export function rowReference(
  ind: ReportIndicatorInput,
  rows: ReportInput['observations'],
  focusYears: readonly number[],
  input: Pick<ReportInput, 'referenceScope'>,
  name: RegionNamer,
): RowReference {
  const latest = Math.max(...focusYears);
  if (ind.measure === 'total') {
    const year = fullestYear(focusYears);
    return {
      year,
      reference: null,
      basis: null,
      note: year === latest ? TOTAL_NOT_COMPARED : totalFromFullestYear(year, latest),
      regionMean: null,
      referenceRows: [],
    };
  }
  const scope = scopeForIndicator(input.referenceScope, ind.code);
  const series = indicatorSeries(
    rows.map((o) => ({ region: o.regionCode, year: o.year, value: o.value })),
  );
  const c = compareWithReference(series, scope, 'national', ind.direction);
  if (c.status === 'compared' && c.year !== null && c.value !== null) {
    const valueNote = describeRegionValue(c, name);
    return {
      year: c.year,
      reference: c.referenceValue,
      basis: c.referenceBasis,
      note:
        c.referenceBasis === 'national-row' && c.newerRegionYear === null
          ? null
          : describeReference(c, 'national', name),
      // A members' figure (the Northeast's mean, a grouping's sum or weighted mean) is shown marked.
      regionMean:
        c.valueBasis !== null && c.valueBasis.startsWith('members-') && valueNote
          ? { value: c.value, note: valueNote }
          : null,
      referenceRows: c.referenceMembers,
    };
  }
  const ref = referenceInYear(series.get(latest) ?? new Map(), scope, 'national', ind.direction);
  if (!ref)
    return {
      year: latest,
      reference: null,
      basis: null,
      note:
        c.status === 'no-reference'
          ? describeReference(c, 'national', name)
          : noReferenceInYear(latest),
      regionMean: null,
      referenceRows: [],
    };
  return {
    year: latest,
    reference: ref.value,
    basis: ref.basis,
    note:
      ref.basis === 'national-row'
        ? null
        : describeYearReference(
            latest,
            ref,
            scope.provinces.length,
            name,
            scope.comparison && scope.comparison.kind !== 'national' ? scope.comparison.code : null,
          ),
    regionMean: null,
    referenceRows: ref.members,
  };
}
