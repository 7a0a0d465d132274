/**
 * Regional severity of each cause of talent drain: how far the selected region trails a
 * reference on the indicators linked to that cause. Pure: the host reads links and observations
 * from the database and hands them in, so the same formula runs in tests, the CLI and the UI.
 *
 * Per linked indicator the region and its reference come from engine/evidence/reference.ts (the
 * one reference rule: national figure, else a mean of ≥ 28 provinces without the region's own
 * rows, same year for both). With value x and reference r:
 *   higher is better (direction +1): gap = max(0, (r − x) / |r|)
 *   higher is worse  (direction −1): gap = max(0, (x − r) / |r|)
 * each gap capped at 1. A cause's severity is the mean gap over its linked indicators that have
 * one (null when none has). Relative gaps make indicators in yuan and percent comparable; links
 * are to levels, per-capita figures, growth rates or shares, never to totals of provinces of
 * different size (docs/references.md).
 *
 * Folding into weights: adjusted_j = w_j × (1 + s_j), renormalised so the adjusted weights keep
 * the original total. A cause with severity 0 keeps its share relative to the others' baseline;
 * a fully trailing cause (s = 1) counts double.
 */
import {
  compareWithReference,
  scopeForIndicator,
  indicatorSeries,
  type IndicatorSeries,
  type ReferenceComparison,
  type ReferenceKind,
  type ReferenceScope,
} from '../evidence/reference';

export type SeverityReference = ReferenceKind;

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

/** Who is compared with whom: the reference rule's scope (target, national code, provinces …). */
export type SeverityRegions = ReferenceScope;

export interface IndicatorGap extends ReferenceComparison {
  indicator: string;
  direction: 1 | -1;
  reference: SeverityReference;
  /** In [0, 1]; null unless the comparison succeeded and the reference is not 0. */
  gap: number | null;
}

export interface CauseSeverity {
  causeId: string;
  /** Mean of the non-null gaps; null when no linked indicator has one. */
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

/** The gap on one link, region and reference compared like with like. */
export function indicatorGap(
  link: SeverityLink,
  series: IndicatorSeries | undefined,
  regions: SeverityRegions,
): IndicatorGap {
  const c = compareWithReference(
    series ?? new Map(),
    scopeForIndicator(regions, link.indicator),
    link.reference,
    link.direction,
  );
  const gap =
    c.status === 'compared' && c.value !== null && c.referenceValue !== null
      ? relativeGap(c.value, c.referenceValue, link.direction)
      : null;
  return {
    indicator: link.indicator,
    direction: link.direction,
    reference: link.reference,
    ...c,
    gap,
  };
}

/** Severity per cause, in the order the causes are given. */
export function computeSeverity(
  causeIds: readonly string[],
  links: readonly SeverityLink[],
  observations: readonly SeverityObservation[],
  regions: SeverityRegions,
): CauseSeverity[] {
  const rows = new Map<string, SeverityObservation[]>();
  for (const o of observations) {
    const list = rows.get(o.indicator);
    if (list) list.push(o);
    else rows.set(o.indicator, [o]);
  }
  const series = new Map([...rows].map(([code, list]) => [code, indicatorSeries(list)]));
  return causeIds.map((causeId) => {
    const gaps = links
      .filter((l) => l.causeId === causeId)
      .map((l) => indicatorGap(l, series.get(l.indicator), regions));
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
