import type { DecisionModel } from '../model';
import { EngineInputError } from '../errors';
import { compileModel } from '../packages/compile';
import { compileConstraints } from '../packages/feasible';
import { enumeratePackages, maskMembers } from '../packages/enumerate';
import { ENUMERATION_LIMIT } from '../packages/rank';
import { tieTolerance } from '../packages/candidate';

export type CoreClass = 'core' | 'borderline' | 'exterior';

export interface RobustPortfolioResult {
  /** Non-dominated feasible packages (measure ids), best at the model's own weights first. */
  nondominated: string[][];
  /** Share of the non-dominated packages that contain each measure. */
  coreIndex: Record<string, number>;
  /** core: in every non-dominated package (1); exterior: in none (0); borderline otherwise. */
  coreClass: Record<string, CoreClass>;
  extremePoints: number[][];
}

/**
 * Robust Portfolio Modelling (Liesiö, Mild & Salo 2007) over the feasible packages. P dominates
 * Q when V(P|w) ≥ V(Q|w) at every extreme point w of the admissible weight set and > at one
 * (V is linear in w, so that is dominance over the whole set); differences within the tie
 * tolerance count as equal. Exact by enumeration, so n ≤ 20.
 */
export function robustPortfolio(
  model: DecisionModel,
  extremePoints: number[][],
): RobustPortfolioResult {
  const compiled = compileModel(model);
  const m = compiled.causeIds.length;
  const n = compiled.measureIds.length;
  if (n > ENUMERATION_LIMIT) {
    throw new EngineInputError(
      'measures',
      `robust portfolios need at most ${ENUMERATION_LIMIT} measures`,
    );
  }
  extremePoints.forEach((w, e) => {
    if (w.length !== m) throw new EngineInputError(`weightInfo[${e}]`, `needs ${m} weights`);
  });
  const spec = compileConstraints(compiled, model.constraints);
  const table = enumeratePackages(compiled, spec, true);
  const E = extremePoints.length;
  const N = table.count;
  const cov = table.coverage!;
  const syn = table.synergySums!;
  const vals = new Float64Array(N * E);
  const sums = new Float64Array(N);
  for (let p = 0; p < N; p++) {
    for (let e = 0; e < E; e++) {
      const w = extremePoints[e]!;
      let v = syn[p]!;
      for (let j = 0; j < m; j++) v += w[j]! * cov[p * m + j]!;
      vals[p * E + e] = v;
      sums[p] = sums[p]! + v;
    }
  }
  // If Q dominates P then Σ_e V(Q|e) > Σ_e V(P|e): visiting by that sum descending, a package
  // can only be dominated by one already visited, and (dominance being transitive) by one
  // already kept, so each package is compared with the non-dominated list only.
  const order = [...Array(N).keys()].sort((a, b) => sums[b]! - sums[a]! || a - b);
  const kept: number[] = [];
  for (const p of order) {
    const dominated = kept.some((q) => {
      let strictly = false;
      for (let e = 0; e < E; e++) {
        const vp = vals[p * E + e]!;
        const vq = vals[q * E + e]!;
        const tol = tieTolerance(vp);
        if (vq < vp - tol) return false;
        if (vq > vp + tol) strictly = true;
      }
      return strictly;
    });
    if (!dominated) kept.push(p);
  }
  kept.sort(
    (a, b) => table.values[b]! - table.values[a]! || table.costs[a]! - table.costs[b]! || a - b,
  );
  const counts = new Array<number>(n).fill(0);
  const nondominated = kept.map((p) => {
    const members = maskMembers(table.masks[p]!);
    for (const i of members) counts[i]! += 1;
    return members.map((i) => compiled.measureIds[i]!);
  });
  const coreIndex: Record<string, number> = {};
  const coreClass: Record<string, CoreClass> = {};
  compiled.measureIds.forEach((id, i) => {
    const share = counts[i]! / kept.length;
    coreIndex[id] = share;
    coreClass[id] = share === 1 ? 'core' : share === 0 ? 'exterior' : 'borderline';
  });
  return { nondominated, coreIndex, coreClass, extremePoints };
}
