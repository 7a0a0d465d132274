import type { CompiledModel } from './compile';
import type { FeasibilitySpec } from './feasible';
import {
  type Candidate,
  TopK,
  type TopSearch,
  compareCandidates,
  nearlyEqual,
  tieTolerance,
} from './candidate';
import { type OfferedPackage, type Staircase, createBranchBound } from './branch-bound-tree';
import { FRONTIER_TIES, type FrontierResult } from './frontier';

/** Exact top-k (with a cost cap) by branch and bound: cut below the k-th best value so far. */
export function branchBoundSearch(compiled: CompiledModel, spec: FeasibilitySpec): TopSearch {
  const run = createBranchBound(compiled, spec);
  return (k, costCap) => {
    const top = new TopK(compiled, k);
    const budget = Math.min(spec.budget, costCap);
    const stairs: Staircase = { count: 0, costs: [-Infinity], targets: [0.5], minCost: -Infinity };
    run(budget, {
      offer: (pkg) => {
        top.offer(pkg.value, pkg.cost, pkg.members);
        const t = top.threshold();
        if (t !== -Infinity) {
          stairs.targets[0] = t - tieTolerance(t);
          stairs.count = 1;
        }
      },
      stairs,
    });
    return top.items;
  };
}

/** One frontier point: packages tied in value and cost, best first by the ranking order. */
interface Step {
  value: number;
  cost: number;
  ties: Candidate[];
}

/**
 * The whole cost–value frontier in one branch-and-bound pass. The incumbent frontier is a
 * staircase F(c) = best value found at cost ≤ c. A subtree whose packages cost at least C(S)
 * is cut when its bound stays below the staircase at every cost level it can reach: on each
 * step [c_k, c_k+1) the bound is non-decreasing in cost, so checking it at the step's right
 * end suffices. Below the cheapest point F is −∞, so nothing cheaper is ever cut.
 */
export function branchBoundFrontier(
  compiled: CompiledModel,
  spec: FeasibilitySpec,
): FrontierResult {
  const run = createBranchBound(compiled, spec);
  const steps: Step[] = []; // by cost ascending, values strictly increasing
  const geq = (a: number, b: number) => a > b || nearlyEqual(a, b);

  // The staircase the tree checks: step k starts at steps[k].cost and needs steps[k].value
  // (less the tie tolerance: a tie in value and cost is still listed); nothing cheaper than the
  // cheapest point is ever cut (below it F is −∞).
  const stairs: Staircase = { count: 0, costs: [], targets: [], minCost: Infinity };
  const syncStairs = (): void => {
    steps.forEach((s, k) => {
      stairs.costs[k] = s.cost;
      stairs.targets[k] = s.value - tieTolerance(s.value);
    });
    stairs.count = steps.length;
    stairs.minCost = steps[0]!.cost - tieTolerance(steps[0]!.cost);
  };

  const offer = (pkg: OfferedPackage): void => {
    const { value, cost } = pkg;
    // Dominated by a point at most as costly and at least as valuable (not equal in both)?
    for (const s of steps) {
      if (!geq(cost, s.cost)) break;
      if (geq(s.value, value)) {
        if (nearlyEqual(s.value, value) && nearlyEqual(s.cost, cost)) {
          const c = { members: pkg.members(), value, cost };
          s.ties.push(c);
          s.ties.sort((x, y) => compareCandidates(compiled, x, y));
          if (s.ties.length > FRONTIER_TIES) s.ties.pop();
          s.value = s.ties[0]!.value;
          s.cost = s.ties[0]!.cost;
          syncStairs();
        }
        return;
      }
    }
    const step: Step = { value, cost, ties: [{ members: pkg.members(), value, cost }] };
    // Drop the points the new one dominates, then insert it in cost order.
    for (let k = steps.length - 1; k >= 0; k--) {
      const s = steps[k]!;
      if (geq(s.cost, cost) && geq(value, s.value)) steps.splice(k, 1);
    }
    let pos = 0;
    while (pos < steps.length && steps[pos]!.cost < cost) pos++;
    steps.splice(pos, 0, step);
    syncStairs();
  };

  run(spec.budget, { offer, stairs });
  return {
    frontier: steps.flatMap((s) => s.ties),
    budgetCurve: steps.map((s) => s.ties[0]!),
  };
}
