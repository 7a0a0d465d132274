/**
 * Warnings for values that are probably typos (the paper itself prints Hunan's 2024 GDP as
 * 5320.99 instead of ~53,231). Three checks, all warnings because a real shock is possible:
 *  - against peers: robust z-score of log values across regions of the same kind (provinces
 *    with provinces, cities with cities) for one indicator × year,
 *    z = 0.6745 (x − median) / MAD (Iglewicz & Hoaglin), flagged when |z| > 3.5;
 *  - a city against its own province in the same year: a total (an indicator that sums across
 *    regions) above the province's, or a per-capita figure outside 0.5–2 times the province's;
 *  - against the previous year: |v / v_prev − 1| > 50 %, v_prev from this file or the database.
 *    Skipped for indicators measured in % (growth rates swing by more than half routinely).
 * National, aggregate and grouping rows are left out of the peer set: a national total is not a peer.
 * A third warning catches a mistyped year (1924 for 2024): a year more than 10 years outside the
 * years the indicator already has, reported once per indicator and year.
 */
import type { ImportIssue } from './grid';
import { MESSAGES } from './messages';
import { obsKey, type Reference } from './reference';
import type { StagedObservation } from './validate';

export const PEER_Z_THRESHOLD = 3.5;
/** Years further than this before an indicator's first or after its last stored year are flagged. */
export const YEARS_OUTSIDE_SERIES = 10;
export const PREVIOUS_YEAR_THRESHOLD = 0.5;
/** A city's per-capita figure outside [1/2, 2] × its province's is worth a second look. */
export const CITY_TO_PROVINCE_RATIO = 2;
/** The kinds whose members are each other's peers. */
const PEER_KINDS = new Set(['province', 'city']);
/** With fewer peers the median and MAD say nothing useful. */
const MIN_PEERS = 8;

export function robustZ(values: readonly number[]): number[] {
  const med = median(values);
  const mad = median(values.map((v) => Math.abs(v - med)));
  if (mad === 0) return values.map(() => 0);
  return values.map((v) => (0.6745 * (v - med)) / mad);
}

export function checkPlausibility(
  observations: readonly StagedObservation[],
  ref: Reference,
  isPercent: (indicator: string) => boolean,
): ImportIssue[] {
  const inFile = new Map<string, number>();
  for (const o of observations) inFile.set(obsKey(o.indicator, o.region, o.year), o.value);
  const known = (indicator: string, region: string, year: number): number | undefined =>
    inFile.get(obsKey(indicator, region, year)) ?? ref.existing(indicator, region, year);
  return [
    ...againstPeers(observations, ref),
    ...againstProvince(observations, ref, known),
    ...againstPreviousYear(observations, isPercent, known),
  ];
}

function againstPeers(observations: readonly StagedObservation[], ref: Reference): ImportIssue[] {
  const warnings: ImportIssue[] = [];
  const kindOf = (code: string): string | undefined => ref.regions.get(code)?.kind;
  const groups = new Map<string, StagedObservation[]>();
  for (const o of observations) {
    const kind = kindOf(o.region);
    if (kind === undefined || !PEER_KINDS.has(kind)) continue;
    const k = `${o.indicator}\u0000${o.year}\u0000${kind}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(o);
  }
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const kind = kindOf(first.region);
    const peers = new Map<string, number>();
    for (const [region, v] of ref.existingByIndicatorYear(first.indicator, first.year))
      if (kindOf(region) === kind) peers.set(region, v);
    for (const o of group) peers.set(o.region, o.value);
    const regions = [...peers.keys()].filter((r) => (peers.get(r) ?? 0) > 0);
    if (regions.length < MIN_PEERS) continue;
    const z = robustZ(regions.map((r) => Math.log(peers.get(r) ?? 1)));
    const zByRegion = new Map(regions.map((r, i) => [r, z[i] ?? 0]));
    for (const o of group) {
      const zi = zByRegion.get(o.region);
      if (zi !== undefined && Math.abs(zi) > PEER_Z_THRESHOLD) {
        warnings.push({
          line: o.line,
          column: o.column,
          value: o.raw,
          rule: 'implausible-vs-peers',
          message: MESSAGES.implausiblePeers(zi),
        });
      }
    }
  }
  return warnings;
}

function againstProvince(
  observations: readonly StagedObservation[],
  ref: Reference,
  known: (indicator: string, region: string, year: number) => number | undefined,
): ImportIssue[] {
  const warnings: ImportIssue[] = [];
  for (const o of observations) {
    const provinceCode = ref.regions.get(o.region)?.province;
    const province = provinceCode ? ref.regions.get(provinceCode) : undefined;
    const aggregation = ref.indicators.get(o.indicator)?.aggregation;
    if (!province || aggregation === undefined || aggregation === 'none') continue;
    const p = known(o.indicator, province.code, o.year);
    if (p === undefined || p <= 0) continue;
    let message: string | null = null;
    if (aggregation === 'sum' && o.value > p * (1 + 1e-9))
      message = MESSAGES.cityAboveProvince(o.value, p, province.nameZh, province.nameEn);
    const ratio = o.value / p;
    if (
      aggregation === 'population-weighted' &&
      (ratio > CITY_TO_PROVINCE_RATIO || ratio < 1 / CITY_TO_PROVINCE_RATIO)
    )
      message = MESSAGES.cityFarFromProvince(ratio, p, province.nameZh, province.nameEn);
    if (message)
      warnings.push({
        line: o.line,
        column: o.column,
        value: o.raw,
        rule: 'implausible-vs-province',
        message,
      });
  }
  return warnings;
}

function againstPreviousYear(
  observations: readonly StagedObservation[],
  isPercent: (indicator: string) => boolean,
  known: (indicator: string, region: string, year: number) => number | undefined,
): ImportIssue[] {
  const warnings: ImportIssue[] = [];
  for (const o of observations) {
    if (isPercent(o.indicator)) continue;
    const prev = known(o.indicator, o.region, o.year - 1);
    if (prev === undefined || prev === 0) continue;
    const change = o.value / prev - 1;
    if (Math.abs(change) > PREVIOUS_YEAR_THRESHOLD) {
      warnings.push({
        line: o.line,
        column: o.column,
        value: o.raw,
        rule: 'implausible-vs-previous-year',
        message: MESSAGES.implausiblePrevious(change, o.year - 1, prev),
      });
    }
  }
  return warnings;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return 0;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export function checkYearsAgainstSeries(
  observations: readonly StagedObservation[],
  ref: Reference,
): ImportIssue[] {
  const warnings: ImportIssue[] = [];
  const seen = new Set<string>();
  for (const o of observations) {
    const range = ref.yearRange(o.indicator);
    if (
      !range ||
      (o.year >= range.first - YEARS_OUTSIDE_SERIES && o.year <= range.last + YEARS_OUTSIDE_SERIES)
    )
      continue;
    const k = `${o.indicator}\u0000${o.year}`;
    if (seen.has(k)) continue;
    seen.add(k);
    warnings.push({
      line: o.line,
      column: o.column,
      value: String(o.year),
      rule: 'year-outside-series',
      message: MESSAGES.yearOutsideSeries(o.year, range.first, range.last),
    });
  }
  return warnings;
}
