import type { DecisionModel } from '../model';
import { EngineInputError } from '../errors';
import { type CompiledModel, compileModel, coverageInto, packageValue } from './compile';
import { compileConstraints, type FeasibilitySpec } from './feasible';
import { type Candidate, type TopSearch, nearlyEqual } from './candidate';
import { enumeratePackages, tableSearch } from './enumerate';
import { branchBoundFrontier, branchBoundSearch } from './branch-bound';
import { computeFrontier, type FrontierResult } from './frontier';
import { countFeasible } from './count';

/** Up to this many measures every feasible package is enumerated; above, branch and bound. */
export const ENUMERATION_LIMIT = 20;
export const DEFAULT_TOP = 10;
export const MAX_TOP = 1000;

export interface RankedPackage {
  rank: number;
  measures: string[];
  value: number;
  cost: number;
  coverage: Record<string, number>;
}

export interface PackagesResult {
  feasibleCount: number;
  packages: RankedPackage[];
  frontier: { measures: string[]; value: number; cost: number }[];
  budgetCurve: { budget: number; measures: string[]; value: number }[];
  marginal: Record<string, number>;
  normalizedWeights: Record<string, number>;
}

/** The search the model's size calls for: a table scan (n ≤ 20) or branch and bound. */
export function packageSearch(
  compiled: CompiledModel,
  spec: FeasibilitySpec,
): { search: TopSearch; frontier: () => FrontierResult; feasibleCount: number } {
  if (compiled.measureIds.length <= ENUMERATION_LIMIT) {
    const table = enumeratePackages(compiled, spec);
    const search = tableSearch(compiled, table);
    return { search, frontier: () => computeFrontier(search), feasibleCount: table.count };
  }
  return {
    search: branchBoundSearch(compiled, spec),
    frontier: () => branchBoundFrontier(compiled, spec),
    feasibleCount: countFeasible(spec),
  };
}

function readTop(top: unknown): number {
  if (top === undefined || top === null) return DEFAULT_TOP;
  if (typeof top !== 'number' || !Number.isInteger(top) || top < 1 || top > MAX_TOP) {
    throw new EngineInputError('top', `must be an integer from 1 to ${MAX_TOP}`);
  }
  return top;
}

/**
 * Marginal contribution of each measure relative to the best package B (a pure value
 * difference; constraints are not re-checked, so it shows what a measure is worth even where
 * the budget would not allow the change): for i ∈ B, V(B) − V(B \ {i}) (V(∅) = 0); for i ∉ B,
 * V(B ∪ {i}) − V(B).
 */
export function marginalContributions(
  compiled: CompiledModel,
  best: readonly number[],
): Record<string, number> {
  const vBest = packageValue(compiled, best);
  const inBest = new Set(best);
  const out: Record<string, number> = {};
  compiled.measureIds.forEach((id, i) => {
    out[id] = inBest.has(i)
      ? vBest -
        packageValue(
          compiled,
          best.filter((x) => x !== i),
        )
      : packageValue(
          compiled,
          [...best, i].sort((a, b) => a - b),
        ) - vBest;
  });
  return out;
}

/** Standard competition ranks: packages equal in value and cost share the better rank. */
function withRanks(compiled: CompiledModel, items: Candidate[]): RankedPackage[] {
  const scratch = new Float64Array(compiled.causeIds.length);
  const out: RankedPackage[] = [];
  items.forEach((c, k) => {
    const prev = items[k - 1];
    const tied =
      prev !== undefined && nearlyEqual(prev.value, c.value) && nearlyEqual(prev.cost, c.cost);
    coverageInto(compiled, c.members, scratch);
    out.push({
      rank: tied ? out[k - 1]!.rank : k + 1,
      measures: c.members.map((i) => compiled.measureIds[i]!),
      value: c.value,
      cost: c.cost,
      coverage: Object.fromEntries(compiled.causeIds.map((id, j) => [id, scratch[j]!])),
    });
  });
  return out;
}

/**
 * Rank the feasible packages of a decision model exactly. Order: V descending; values within
 * 1e-12·max(1, |V|) tie and go by lower cost, then fewer measures, then ids lexicographically.
 */
export function rankPackages(model: DecisionModel): PackagesResult {
  const compiled = compileModel(model);
  const spec = compileConstraints(compiled, model.constraints);
  const top = readTop(model.top);
  const searches = packageSearch(compiled, spec);
  const best = searches.search(top, Infinity);
  const { frontier, budgetCurve } = searches.frontier();
  const ids = (c: Candidate) => c.members.map((i) => compiled.measureIds[i]!);
  return {
    feasibleCount: searches.feasibleCount,
    packages: withRanks(compiled, best),
    frontier: frontier.map((c) => ({ measures: ids(c), value: c.value, cost: c.cost })),
    budgetCurve: budgetCurve.map((c) => ({ budget: c.cost, measures: ids(c), value: c.value })),
    marginal: marginalContributions(compiled, best[0]!.members),
    normalizedWeights: Object.fromEntries(
      compiled.causeIds.map((id, j) => [id, compiled.weights[j]!]),
    ),
  };
}
