/**
 * One-way weight thresholds from a complete package ranking: for each cause, the normalised
 * weight range over which today's best package stays best when that weight moves and the other
 * weights are rescaled proportionally. With w_j = t every package's value is linear in t:
 *   V_Q(t) = t·c_Q + (1 − t)/(1 − w_j) · r_Q + S_Q,
 * where c_Q is Q's coverage of cause j, r_Q = Σ_{k≠j} w_k·c_kQ and S_Q its synergy term, so each
 * threshold is where a rival's line crosses the best package's line.
 */
import type { ReportPackageInput, ReportSensitivityInput } from './types';

interface Line {
  measures: string[];
  a: number;
  b: number;
}

export function weightThresholds(
  causeIds: readonly string[],
  /** Normalised weights by cause id (sum 1). */
  weights: Readonly<Record<string, number>>,
  /** Every feasible package (or at least every rival that matters), best first. */
  packages: readonly ReportPackageInput[],
): ReportSensitivityInput[] {
  const best = packages[0];
  if (!best) return [];
  const synergy = (p: ReportPackageInput) =>
    p.value - causeIds.reduce((s, id) => s + (weights[id] ?? 0) * (p.coverage[id] ?? 0), 0);
  return causeIds.map((j) => {
    const w = weights[j] ?? 0;
    if (w >= 1 - 1e-12) return { causeId: j, lower: null, upper: null };
    const line = (p: ReportPackageInput): Line => {
      const c = p.coverage[j] ?? 0;
      let r = 0;
      for (const k of causeIds) if (k !== j) r += (weights[k] ?? 0) * (p.coverage[k] ?? 0);
      return { measures: p.measures, a: r / (1 - w) + synergy(p), b: c - r / (1 - w) };
    };
    const P = line(best);
    let upper: { t: number; measures: string[] } | null = null;
    let lower: { t: number; measures: string[] } | null = null;
    for (const q of packages.slice(1)) {
      const Q = line(q);
      const A = Q.a - P.a;
      const B = Q.b - P.b;
      if (Math.abs(B) < 1e-15) continue;
      const t = -A / B;
      if (B > 0 && t > w + 1e-12 && t <= 1 && (upper === null || t < upper.t))
        upper = { t, measures: q.measures };
      if (B < 0 && t < w - 1e-12 && t >= 0 && (lower === null || t > lower.t))
        lower = { t, measures: q.measures };
    }
    return {
      causeId: j,
      lower: lower?.t ?? null,
      upper: upper?.t ?? null,
      belowBest: lower?.measures ?? null,
      aboveBest: upper?.measures ?? null,
    };
  });
}
