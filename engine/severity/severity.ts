/**
 * Regional severity of each cause of talent drain: how far the selected region trails a
 * reference on the indicators linked to that cause. Pure: the host reads links and observations
 * from the database and hands them in, so the same formula runs in tests, the CLI and the UI.
 *
 * Per linked indicator (value x of the region, reference r, both for the same year):
 *   higher is better (direction +1): gap = max(0, (r − x) / |r|)
 *   higher is worse  (direction −1): gap = max(0, (x − r) / |r|)
 * each gap capped at 1. A cause's severity is the mean gap over its linked indicators that have
 * data (null when none has). Relative gaps make indicators in yuan, percent and 亿元 comparable.
 *
 * Folding into weights: adjusted_j = w_j × (1 + s_j), renormalised so the adjusted weights keep
 * the original total. A cause with severity 0 keeps its share relative to the others' baseline;
 * a fully trailing cause (s = 1) counts double.
 */

export type SeverityReference = 'national' | 'best';

export interface SeverityLink {
  causeId: string;
  indicator: string;
  /** +1: a higher value makes the cause less severe; −1: more severe. */
  direction: 1 | -1;
  reference: SeverityReference;
}

export interface SeverityObservation {
  indicator: string;
  region: string;
  year: number;
  value: number;
}

export interface SeverityRegions {
  /** The region whose severity is computed (a province code or the aggregate). */
  target: string;
  /** The national reference region's code (e.g. 'CN'). */
  national: string;
  /** Province codes: candidates for the "best province" reference and the national fallback. */
  provinces: readonly string[];
  /** When the target is an aggregate without its own value: the member provinces averaged. */
  members?: readonly string[];
}

/** How a value or reference was obtained, so the screen can say it plainly. */
export type ValueBasis =
  'own' | 'members-mean' | 'national-row' | 'provinces-mean' | 'best-province';

export interface IndicatorGap {
  indicator: string;
  direction: 1 | -1;
  reference: SeverityReference;
  year: number | null;
  value: number | null;
  valueBasis: ValueBasis | null;
  referenceValue: number | null;
  referenceBasis: ValueBasis | null;
  /** For 'best': which province holds the best value. */
  referenceRegion: string | null;
  /** In [0, 1]; null when the region or the reference has no usable value. */
  gap: number | null;
}

export interface CauseSeverity {
  causeId: string;
  /** Mean of the non-null gaps; null when no linked indicator has data. */
  severity: number | null;
  indicators: IndicatorGap[];
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The gap of value x against reference r for one direction, in [0, 1]; null when r is 0. */
export function relativeGap(x: number, r: number, direction: 1 | -1): number | null {
  if (!Number.isFinite(x) || !Number.isFinite(r) || r === 0) return null;
  const raw = direction === 1 ? (r - x) / Math.abs(r) : (x - r) / Math.abs(r);
  return Math.min(1, Math.max(0, raw));
}

type YearValues = Map<number, Map<string, number>>;

function index(observations: readonly SeverityObservation[]): Map<string, YearValues> {
  const byIndicator = new Map<string, YearValues>();
  for (const o of observations) {
    let years = byIndicator.get(o.indicator);
    if (!years) byIndicator.set(o.indicator, (years = new Map()));
    let regions = years.get(o.year);
    if (!regions) years.set(o.year, (regions = new Map()));
    regions.set(o.region, o.value);
  }
  return byIndicator;
}

function regionValue(
  values: Map<string, number>,
  regions: SeverityRegions,
): { value: number; basis: ValueBasis } | null {
  const own = values.get(regions.target);
  if (own !== undefined) return { value: own, basis: 'own' };
  const members = (regions.members ?? []).map((m) => values.get(m)).filter((v) => v !== undefined);
  // Every member must be present: a mean of two of three provinces would misstate the aggregate.
  if (members.length > 0 && members.length === (regions.members ?? []).length)
    return { value: mean(members), basis: 'members-mean' };
  return null;
}

function referenceValue(
  values: Map<string, number>,
  link: SeverityLink,
  regions: SeverityRegions,
): { value: number; basis: ValueBasis; region: string | null } | null {
  const provinceValues = regions.provinces
    .map((p) => [p, values.get(p)] as const)
    .filter((e): e is readonly [string, number] => e[1] !== undefined);
  if (link.reference === 'best') {
    if (provinceValues.length === 0) return null;
    const best = provinceValues.reduce((a, b) =>
      link.direction === 1 ? (b[1] > a[1] ? b : a) : b[1] < a[1] ? b : a,
    );
    return { value: best[1], basis: 'best-province', region: best[0] };
  }
  const national = values.get(regions.national);
  if (national !== undefined) return { value: national, basis: 'national-row', region: null };
  // The paper gives no national GDP growth; the unweighted provincial mean stands in, and says so.
  if (provinceValues.length === 0) return null;
  return { value: mean(provinceValues.map((e) => e[1])), basis: 'provinces-mean', region: null };
}

/** The gap on one link, using the latest year in which both the region and the reference have a value. */
export function indicatorGap(
  link: SeverityLink,
  byYear: YearValues | undefined,
  regions: SeverityRegions,
): IndicatorGap {
  const empty: IndicatorGap = {
    indicator: link.indicator,
    direction: link.direction,
    reference: link.reference,
    year: null,
    value: null,
    valueBasis: null,
    referenceValue: null,
    referenceBasis: null,
    referenceRegion: null,
    gap: null,
  };
  if (!byYear) return empty;
  const years = [...byYear.keys()].sort((a, b) => b - a);
  for (const year of years) {
    const values = byYear.get(year)!;
    const x = regionValue(values, regions);
    const r = referenceValue(values, link, regions);
    if (!x || !r) continue;
    const gap = relativeGap(x.value, r.value, link.direction);
    if (gap === null) continue;
    return {
      ...empty,
      year,
      value: x.value,
      valueBasis: x.basis,
      referenceValue: r.value,
      referenceBasis: r.basis,
      referenceRegion: r.region,
      gap,
    };
  }
  return empty;
}

/** Severity per cause, in the order the causes are given. */
export function computeSeverity(
  causeIds: readonly string[],
  links: readonly SeverityLink[],
  observations: readonly SeverityObservation[],
  regions: SeverityRegions,
): CauseSeverity[] {
  const byIndicator = index(observations);
  return causeIds.map((causeId) => {
    const gaps = links
      .filter((l) => l.causeId === causeId)
      .map((l) => indicatorGap(l, byIndicator.get(l.indicator), regions));
    const known = gaps.map((g) => g.gap).filter((g): g is number => g !== null);
    return { causeId, severity: known.length > 0 ? mean(known) : null, indicators: gaps };
  });
}

/**
 * adjusted_j = w_j × (1 + s_j), rescaled to the original total Σ w_j (a cause without severity
 * counts as s = 0). Returns the weights unchanged when they sum to 0.
 */
export function foldSeverityIntoWeights(
  weights: Readonly<Record<string, number>>,
  severity: Readonly<Record<string, number | null>>,
): Record<string, number> {
  const ids = Object.keys(weights);
  const total = ids.reduce((a, id) => a + (weights[id] ?? 0), 0);
  const raw = Object.fromEntries(
    ids.map((id) => [id, (weights[id] ?? 0) * (1 + Math.min(1, Math.max(0, severity[id] ?? 0)))]),
  );
  const rawTotal = ids.reduce((a, id) => a + (raw[id] ?? 0), 0);
  if (total <= 0 || rawTotal <= 0) return { ...weights };
  return Object.fromEntries(ids.map((id) => [id, ((raw[id] ?? 0) * total) / rawTotal]));
}
