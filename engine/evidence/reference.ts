/**
 * The one rule that says what a region is compared with. Every screen that sets a regional figure
 * beside a national one (the severity engine, the overview's "behind the country" index, the
 * briefing's national column, the CLI) asks this module, so they cannot disagree.
 *
 * Reference in a year (docs/references.md):
 *   1. the national figure (the national region's own row) for that year, when there is one;
 *   2. else the unweighted mean over provinces, only when at least MIN_REPORTING_PROVINCES of the
 *      provinces report that year, and never over the region's own rows (the province itself, or
 *      an aggregate's member provinces): a region is not compared with itself;
 *   3. else that year has no honest reference.
 * The "best province" reference follows the same coverage and exclusion rules.
 *
 * Like with like: region and reference come from the same year. When the region's newest year
 * has no honest reference, the comparison moves to the latest year where both exist and says so
 * (`newerRegionYear`), instead of comparing a new regional figure with an old national one.
 */

/** A provincial mean needs this many of the 31 provinces: three missing is tolerated, more is not a national picture. */
export const MIN_REPORTING_PROVINCES = 28;

export type ReferenceKind = 'national' | 'best';
/** How a reference was formed. */
export type ReferenceBasis = 'national-row' | 'provinces-mean' | 'best-province';
/** How the region's own figure was obtained. */
export type RegionValueBasis = 'own' | 'members-mean' | 'aggregate';

export interface ReferenceScope {
  /** The region compared: a province, an aggregate, or the national region. */
  target: string;
  /** The national region's code (CN). */
  national: string;
  /** Every province code (the 31 provincial units). */
  provinces: readonly string[];
  /** For an aggregate target: its member provinces (its figure is their mean when it has none). */
  members?: readonly string[];
  /** For a member province: the aggregate whose figure stands in when the province has none. */
  aggregate?: string | null;
}

/** One indicator's values: year → region code → value. */
export type IndicatorSeries = ReadonlyMap<number, ReadonlyMap<string, number>>;

export type ComparisonStatus =
  /** Region and reference of the same year: `year`, `value` and `referenceValue` are set. */
  | 'compared'
  /** The region has a figure, but no year in which it has one has an honest reference. */
  | 'no-reference'
  /** The indicator has figures, none of them for this region. */
  | 'no-region-value'
  /** The indicator holds no figures at all. */
  | 'no-data';

/**
 * The outcome, flat so it crosses IPC and prints as JSON unchanged. Every field that explains
 * the reference is filled whenever it is known, also when the comparison failed.
 */
export interface ReferenceComparison {
  status: ComparisonStatus;
  /** The year of both figures ('compared'), else the year of the region's newest figure. */
  year: number | null;
  value: number | null;
  valueBasis: RegionValueBasis | null;
  /** The rows behind the region's figure (itself, its members, or the aggregate). */
  valueRegions: string[];
  referenceValue: number | null;
  referenceBasis: ReferenceBasis | null;
  /** For 'best-province': which province. */
  referenceRegion: string | null;
  /** Provinces reporting the reference year, of `totalProvinces`. */
  reportingProvinces: number | null;
  totalProvinces: number;
  /** Provinces in the mean (or searched for the best); 0 for a national figure. */
  referenceProvinces: number | null;
  /** The region's own provinces that report the reference year and were left out of it. */
  excludedRegions: string[];
  /** The region's newest year when it is newer than `year` (that year has no honest reference). */
  newerRegionYear: number | null;
  /** 'no-region-value': the regions that do have figures. */
  availableIn: string[];
  /** An aggregate without a figure: the members missing in the newest year some member reports. */
  missingMembers: string[];
  /** The newest year with an honest reference, whatever the region has. */
  latestReferenceYear: number | null;
}

/** The honest reference of one year, as `referenceInYear` forms it. */
export interface YearReference {
  value: number;
  basis: ReferenceBasis;
  /** For 'best-province': which province. */
  region: string | null;
  /** Provinces reporting the year. */
  reporting: number;
  /** Provinces in the mean (or searched for the best); 0 for a national figure. */
  provinces: number;
  /** The region's own provinces that report the year and were left out. */
  excluded: string[];
}

interface RegionFigure {
  value: number;
  basis: RegionValueBasis;
  codes: string[];
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Groups observation rows of ONE indicator by year. */
export function indicatorSeries(
  rows: Iterable<{ region: string; year: number; value: number }>,
): Map<number, Map<string, number>> {
  const series = new Map<number, Map<string, number>>();
  for (const r of rows) {
    let year = series.get(r.year);
    if (!year) series.set(r.year, (year = new Map()));
    year.set(r.region, r.value);
  }
  return series;
}

/** The region's own provincial rows, which never enter its reference. */
export function ownProvinces(scope: ReferenceScope): string[] {
  if (scope.members && scope.members.length > 0) return [...scope.members];
  return scope.provinces.includes(scope.target) ? [scope.target] : [];
}

/** The honest reference of one year, or null when that year has none. */
export function referenceInYear(
  values: ReadonlyMap<string, number>,
  scope: ReferenceScope,
  kind: ReferenceKind = 'national',
  direction: 1 | -1 = 1,
): YearReference | null {
  const reporting = scope.provinces.filter((p) => values.has(p));
  const own = new Set(ownProvinces(scope));
  const excluded = reporting.filter((p) => own.has(p));
  const used = reporting.filter((p) => !own.has(p));
  if (kind === 'national') {
    const national = values.get(scope.national);
    if (national !== undefined)
      return {
        value: national,
        basis: 'national-row',
        region: null,
        reporting: reporting.length,
        provinces: 0,
        excluded: [],
      };
  }
  if (reporting.length < MIN_REPORTING_PROVINCES || used.length === 0) return null;
  const common = { reporting: reporting.length, provinces: used.length, excluded };
  if (kind === 'national')
    return {
      value: mean(used.map((p) => values.get(p)!)),
      basis: 'provinces-mean',
      region: null,
      ...common,
    };
  const best = used.reduce((a, b) => {
    const va = values.get(a)!;
    const vb = values.get(b)!;
    return (direction === 1 ? vb > va : vb < va) ? b : a;
  });
  return { value: values.get(best)!, basis: 'best-province', region: best, ...common };
}

function ownFigure(
  values: ReadonlyMap<string, number>,
  scope: ReferenceScope,
): RegionFigure | null {
  const own = values.get(scope.target);
  if (own !== undefined) return { value: own, basis: 'own', codes: [scope.target] };
  const members = scope.members ?? [];
  // Every member must report: a mean of two of three provinces would pass for the whole region.
  if (members.length > 0 && members.every((m) => values.has(m)))
    return {
      value: mean(members.map((m) => values.get(m)!)),
      basis: 'members-mean',
      codes: [...members],
    };
  return null;
}

function aggregateFigure(
  values: ReadonlyMap<string, number>,
  scope: ReferenceScope,
): RegionFigure | null {
  const code = scope.aggregate;
  const value = code ? values.get(code) : undefined;
  return code && value !== undefined ? { value, basis: 'aggregate', codes: [code] } : null;
}

/** Years of the region's figures, newest first: its own rows first, the aggregate's only when it has none. */
function regionYears(
  series: IndicatorSeries,
  years: readonly number[],
  scope: ReferenceScope,
): { year: number; figure: RegionFigure }[] {
  const pick = (
    f: (v: ReadonlyMap<string, number>, s: ReferenceScope) => RegionFigure | null,
  ): { year: number; figure: RegionFigure }[] =>
    years.flatMap((year) => {
      const figure = f(series.get(year)!, scope);
      return figure ? [{ year, figure }] : [];
    });
  const own = pick(ownFigure);
  return own.length > 0 ? own : pick(aggregateFigure);
}

function missingMembers(
  series: IndicatorSeries,
  years: readonly number[],
  scope: ReferenceScope,
): string[] {
  const members = scope.members ?? [];
  for (const year of years) {
    const values = series.get(year)!;
    if (members.some((m) => values.has(m))) return members.filter((m) => !values.has(m));
  }
  return [];
}

/**
 * The region against its reference on one indicator, like with like (see the module comment).
 * `kind` 'best' compares with the best province instead of the national level; `direction`
 * (+1 higher is better) decides which province is best.
 */
export function compareWithReference(
  series: IndicatorSeries,
  scope: ReferenceScope,
  kind: ReferenceKind = 'national',
  direction: 1 | -1 = 1,
): ReferenceComparison {
  const years = [...series.keys()].sort((a, b) => b - a);
  const referenceOf = (year: number) => referenceInYear(series.get(year)!, scope, kind, direction);
  const latestReferenceYear = years.find((y) => referenceOf(y) !== null) ?? null;
  const base: ReferenceComparison = {
    status: years.length === 0 ? 'no-data' : 'no-region-value',
    year: null,
    value: null,
    valueBasis: null,
    valueRegions: [],
    referenceValue: null,
    referenceBasis: null,
    referenceRegion: null,
    reportingProvinces: null,
    totalProvinces: scope.provinces.length,
    referenceProvinces: null,
    excludedRegions: [],
    newerRegionYear: null,
    availableIn: [],
    missingMembers: [],
    latestReferenceYear,
  };
  const regional = regionYears(series, years, scope);
  const newest = regional[0];
  if (!newest) {
    const available = new Set<string>();
    for (const values of series.values()) for (const code of values.keys()) available.add(code);
    return {
      ...base,
      availableIn: [...available].sort(),
      missingMembers: missingMembers(series, years, scope),
    };
  }
  for (const { year, figure } of regional) {
    const ref = referenceOf(year);
    if (!ref) continue;
    return {
      ...base,
      status: 'compared',
      year,
      value: figure.value,
      valueBasis: figure.basis,
      valueRegions: figure.codes,
      referenceValue: ref.value,
      referenceBasis: ref.basis,
      referenceRegion: ref.region,
      reportingProvinces: ref.reporting,
      referenceProvinces: ref.provinces,
      excludedRegions: ref.excluded,
      newerRegionYear: year === newest.year ? null : newest.year,
    };
  }
  return {
    ...base,
    status: 'no-reference',
    year: newest.year,
    value: newest.figure.value,
    valueBasis: newest.figure.basis,
    valueRegions: newest.figure.codes,
    reportingProvinces: scope.provinces.filter((p) => series.get(newest.year)!.has(p)).length,
  };
}

/** What the scope needs to know of a region (the contract's Region satisfies it). */
export interface ScopeRegion {
  code: string;
  kind: 'province' | 'national' | 'aggregate' | 'city' | 'group' | 'peer-group';
  isNortheast: boolean;
}

/**
 * The scope for a target region in the dataset's geography: the national region, the provinces,
 * and the one aggregate (the Northeast) whose members are the provinces flagged as northeastern.
 */
export function referenceScope(regions: readonly ScopeRegion[], target: string): ReferenceScope {
  const region = regions.find((r) => r.code === target);
  const northeast = regions
    .filter((r) => r.kind === 'province' && r.isNortheast)
    .map((r) => r.code);
  const aggregate = regions.find((r) => r.kind === 'aggregate' && r.isNortheast)?.code ?? null;
  return {
    target,
    national: regions.find((r) => r.kind === 'national')?.code ?? '',
    provinces: regions.filter((r) => r.kind === 'province').map((r) => r.code),
    ...(region?.kind === 'aggregate' && region.isNortheast ? { members: northeast } : {}),
    ...(region?.kind === 'province' && region.isNortheast && aggregate ? { aggregate } : {}),
  };
}
