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
 *
 * Cities and groupings (docs/regions.md). A city or a metropolitan area is compared with the
 * country by the rule above, or, as the planner chooses (`comparison`), with:
 *   - its province: the province's own row of that year (a grouping's when all its members lie in
 *     one province); a "best" link reads the best other city of the province, when every other
 *     city of it reports that year;
 *   - a peer group: the unweighted mean of the peers other than the region itself (and other than
 *     a grouping's own members), when every one of them reports that year; a "best" link reads the
 *     best of them.
 * A grouping's own figure, when it has no row of its own, is formed from its member cities by the
 * indicator's rule (`memberRules`): summed for totals, weighted by resident population of the same
 * year for per-capita figures, not formed for rates and shares; every member must count.
 */

import { groupValueInYear, type Aggregation } from './aggregate';

/** A provincial mean needs this many of the 31 provinces: three missing is tolerated, more is not a national picture. */
export const MIN_REPORTING_PROVINCES = 28;

export type ReferenceKind = 'national' | 'best';
/** How a reference was formed. */
export type ReferenceBasis =
  | 'national-row'
  | 'provinces-mean'
  | 'best-province'
  | 'province-row'
  | 'best-city'
  | 'peers-mean'
  | 'best-peer';
/** How the region's own figure was obtained. */
export type RegionValueBasis =
  'own' | 'members-mean' | 'members-sum' | 'members-weighted' | 'aggregate';
/** What the region is compared with: the country (the rule above), its province, a peer group. */
export type ComparisonKind = 'national' | 'province' | 'peer-group';
/** How a grouping's figure forms from its members' (engine/evidence/aggregate.ts; 'mean' for the Northeast). */
export type MemberRule = 'mean' | Aggregation;

/** The comparison a city or grouping is read against, with the rows it draws on. */
export type Comparison =
  | { kind: 'national' }
  /** `code`: the province; `cities`: its cities (for a "best" link). */
  | { kind: 'province'; code: string; cities: readonly string[] }
  /** `code`: the peer group; `members`: its cities. */
  | { kind: 'peer-group'; code: string; members: readonly string[] };

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
  /** What the region is compared with; absent: the country. */
  comparison?: Comparison;
  /** For a grouping of cities: per indicator, how its figure forms from `members` (default 'mean'). */
  memberRules?: Readonly<Record<string, MemberRule>>;
  /** The rule for the indicator at hand (set by `scopeForIndicator`). */
  memberRule?: MemberRule;
  /** Resident population rows: the weights of a population-weighted figure. */
  population?: readonly { region: string; year: number; value: number }[];
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
  /** What the region was compared with, and the province or peer group when not the country. */
  comparison: ComparisonKind;
  comparisonRegion: string | null;
  /** The rows the reference was formed from for a province, city or peer reference; [] otherwise. */
  referenceMembers: string[];
  /** A province or peer reference that failed: whose figure is missing in the region's newest year. */
  missingReferenceMembers: string[];
  /** For a grouping: how its figure forms from its members; null for any other region. */
  memberRule: MemberRule | null;
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
  /** The rows a province, city or peer reference was formed from; [] for a national one. */
  members: string[];
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
  const comparison = scope.comparison;
  if (comparison && comparison.kind !== 'national')
    return localReference(values, scope, comparison, kind, direction, reporting.length);
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
        members: [],
      };
  }
  if (reporting.length < MIN_REPORTING_PROVINCES || used.length === 0) return null;
  const common = { reporting: reporting.length, provinces: used.length, excluded, members: [] };
  if (kind === 'national')
    return {
      value: mean(used.map((p) => values.get(p)!)),
      basis: 'provinces-mean',
      region: null,
      ...common,
    };
  const best = bestOf(used, values, direction);
  return { value: values.get(best)!, basis: 'best-province', region: best, ...common };
}

/** The rows the region never meets in its reference: itself and a grouping's own members. */
function selfCodes(scope: ReferenceScope): Set<string> {
  return new Set([scope.target, ...(scope.members ?? [])]);
}

const bestOf = (
  codes: readonly string[],
  values: ReadonlyMap<string, number>,
  direction: 1 | -1,
): string =>
  codes.reduce((a, b) => {
    const va = values.get(a)!;
    const vb = values.get(b)!;
    return (direction === 1 ? vb > va : vb < va) ? b : a;
  });

/**
 * A province or peer-group reference in one year (see the module comment), or null when a row it
 * needs is missing: the province's own row; for "best", every other city of the province; for a
 * peer group, every peer other than the region.
 */
function localReference(
  values: ReadonlyMap<string, number>,
  scope: ReferenceScope,
  comparison: Exclude<Comparison, { kind: 'national' }>,
  kind: ReferenceKind,
  direction: 1 | -1,
  reporting: number,
): YearReference | null {
  const base = { reporting, provinces: 0, excluded: [] as string[] };
  if (comparison.kind === 'province' && kind === 'national') {
    const value = values.get(comparison.code);
    return value === undefined
      ? null
      : {
          ...base,
          value,
          basis: 'province-row',
          region: comparison.code,
          members: [comparison.code],
        };
  }
  const self = selfCodes(scope);
  const pool = (comparison.kind === 'province' ? comparison.cities : comparison.members).filter(
    (c) => !self.has(c),
  );
  if (pool.length === 0 || !pool.every((c) => values.has(c))) return null;
  if (kind === 'best') {
    const best = bestOf(pool, values, direction);
    return {
      ...base,
      value: values.get(best)!,
      basis: comparison.kind === 'province' ? 'best-city' : 'best-peer',
      region: best,
      members: [...pool],
    };
  }
  return {
    ...base,
    value: mean(pool.map((c) => values.get(c)!)),
    basis: 'peers-mean',
    region: comparison.code,
    members: [...pool],
  };
}

/** What a failing province or peer reference lacks in one year. */
function missingForReference(
  values: ReadonlyMap<string, number>,
  scope: ReferenceScope,
  kind: ReferenceKind,
): string[] {
  const comparison = scope.comparison;
  if (!comparison || comparison.kind === 'national') return [];
  if (comparison.kind === 'province' && kind === 'national')
    return values.has(comparison.code) ? [] : [comparison.code];
  const self = selfCodes(scope);
  const pool = comparison.kind === 'province' ? comparison.cities : comparison.members;
  return pool.filter((c) => !self.has(c) && !values.has(c));
}

const populationSeries = new WeakMap<object, Map<number, Map<string, number>>>();

function populationIn(scope: ReferenceScope, year: number): ReadonlyMap<string, number> {
  const rows = scope.population;
  if (!rows) return new Map();
  let series = populationSeries.get(rows);
  if (!series) populationSeries.set(rows, (series = indicatorSeries(rows)));
  return series.get(year) ?? new Map();
}

function ownFigure(
  values: ReadonlyMap<string, number>,
  scope: ReferenceScope,
  year: number,
): RegionFigure | null {
  const own = values.get(scope.target);
  if (own !== undefined) return { value: own, basis: 'own', codes: [scope.target] };
  const members = scope.members ?? [];
  if (members.length === 0) return null;
  const rule = scope.memberRule ?? 'mean';
  // Every member must count: a figure of two of three members would pass for the whole region.
  if (rule === 'mean')
    return members.every((m) => values.has(m))
      ? {
          value: mean(members.map((m) => values.get(m)!)),
          basis: 'members-mean',
          codes: [...members],
        }
      : null;
  const g = groupValueInYear(year, values, members, rule, populationIn(scope, year));
  return g.complete && g.value !== null
    ? {
        value: g.value,
        basis: rule === 'sum' ? 'members-sum' : 'members-weighted',
        codes: [...members],
      }
    : null;
}

function aggregateFigure(
  values: ReadonlyMap<string, number>,
  scope: ReferenceScope,
  _year: number,
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
    f: (v: ReadonlyMap<string, number>, s: ReferenceScope, year: number) => RegionFigure | null,
  ): { year: number; figure: RegionFigure }[] =>
    years.flatMap((year) => {
      const figure = f(series.get(year)!, scope, year);
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
    if (!members.some((m) => values.has(m))) continue;
    if (scope.memberRule !== 'population-weighted') return members.filter((m) => !values.has(m));
    // A member without its resident population cannot be weighted: it is as missing as one
    // without a figure, and saying nothing would leave the planner no way to complete the data.
    const g = groupValueInYear(
      year,
      values,
      members,
      'population-weighted',
      populationIn(scope, year),
    );
    const lacking = new Set([...g.missing, ...g.missingWeights]);
    return members.filter((m) => lacking.has(m));
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
    comparison: scope.comparison?.kind ?? 'national',
    comparisonRegion:
      scope.comparison && scope.comparison.kind !== 'national' ? scope.comparison.code : null,
    referenceMembers: [],
    missingReferenceMembers: [],
    memberRule: scope.memberRules || scope.memberRule ? (scope.memberRule ?? 'mean') : null,
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
      referenceMembers: ref.members,
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
    missingReferenceMembers: missingForReference(series.get(newest.year)!, scope, kind),
  };
}

/** What the scope needs to know of a region (the contract's Region satisfies it). */
export interface ScopeRegion {
  code: string;
  kind: 'province' | 'national' | 'aggregate' | 'city' | 'group' | 'peer-group';
  isNortheast: boolean;
  /** A city's province. */
  province?: string | null;
}

/** What a scenario chose to compare its region with (docs/regions.md). */
export type ComparisonChoice =
  { kind: 'national' } | { kind: 'province' } | { kind: 'peer-group'; code: string };

export interface ScopeOptions {
  comparison?: ComparisonChoice;
  /** Member cities of the metropolitan areas, agglomerations and peer groups, by code. */
  groups?: Readonly<Record<string, readonly string[]>>;
  /** Per indicator, how a grouping's figure forms from its members. */
  memberRules?: Readonly<Record<string, MemberRule>>;
  /** Resident population rows (the weights of per-capita figures of a grouping). */
  population?: readonly { region: string; year: number; value: number }[];
}

/** The one province a city, or every member of a grouping, lies in; null otherwise. */
function provinceOf(
  regions: readonly ScopeRegion[],
  region: ScopeRegion | undefined,
  members: readonly string[],
): string | null {
  if (region?.kind === 'city') return region.province ?? null;
  const provinces = new Set(
    members.map((m) => regions.find((r) => r.code === m)?.province ?? null),
  );
  const [only] = provinces;
  return provinces.size === 1 && only ? only : null;
}

/**
 * The scope for a target region in the dataset's geography: the national region, the provinces,
 * the one aggregate (the Northeast) whose members are the provinces flagged as northeastern, and
 * for a city or a grouping what it is compared with. A choice that does not apply to the region
 * (a province for a province, a peer group one cannot find) leaves the country as the reference.
 */
export function referenceScope(
  regions: readonly ScopeRegion[],
  target: string,
  options: ScopeOptions = {},
): ReferenceScope {
  const region = regions.find((r) => r.code === target);
  const northeast = regions
    .filter((r) => r.kind === 'province' && r.isNortheast)
    .map((r) => r.code);
  const aggregate = regions.find((r) => r.kind === 'aggregate' && r.isNortheast)?.code ?? null;
  const groupMembers = region?.kind === 'group' ? (options.groups?.[target] ?? []) : [];
  const local = region?.kind === 'city' || region?.kind === 'group';
  let comparison: Comparison | undefined;
  const choice = options.comparison;
  if (local && choice?.kind === 'province') {
    const code = provinceOf(regions, region, groupMembers);
    if (code)
      comparison = {
        kind: 'province',
        code,
        cities: regions.filter((r) => r.kind === 'city' && r.province === code).map((r) => r.code),
      };
  } else if (local && choice?.kind === 'peer-group') {
    const members = options.groups?.[choice.code];
    if (members && members.length > 0)
      comparison = { kind: 'peer-group', code: choice.code, members: [...members] };
  }
  return {
    target,
    national: regions.find((r) => r.kind === 'national')?.code ?? '',
    provinces: regions.filter((r) => r.kind === 'province').map((r) => r.code),
    ...(region?.kind === 'aggregate' && region.isNortheast ? { members: northeast } : {}),
    ...(region?.kind === 'province' && region.isNortheast && aggregate ? { aggregate } : {}),
    ...(region?.kind === 'group'
      ? { members: [...groupMembers], memberRules: options.memberRules ?? {} }
      : {}),
    ...(comparison ? { comparison } : {}),
    ...(options.population ? { population: options.population } : {}),
  };
}

/** The scope with the member rule of one indicator (a grouping without one forms no figure). */
export function scopeForIndicator(scope: ReferenceScope, indicator: string): ReferenceScope {
  if (!scope.memberRules) return scope;
  return { ...scope, memberRule: scope.memberRules[indicator] ?? 'none' };
}
