import { sortIndicesByKeyDesc } from '../stats/sort-indices';
import type { CompiledModel } from './compile';
import type { FeasibilitySpec } from './feasible';

/**
 * The branch-and-bound tree behind the exact top-k and frontier searches, for models too large
 * to enumerate (2^n packages).
 *
 * The tree is the same subset tree as walkFeasible (a node is a set S; its children add one
 * measure later in a fixed order), so every feasible package is a node and is offered once.
 * A subtree below S, where the measures R may still join, is cut when an upper bound on
 * V(S ∪ T) over all T ⊆ R shows that nothing in it can matter (the strategy decides: below the
 * k-th best value for top-k; dominated at every cost level for the frontier).
 *
 * Why the bound is admissible (never below the best value in the subtree), for T ⊆ R:
 *  1. Coverage. The positive part f(X) = Σ_j w_j (1 − Π_{i∈X, e_ij>0}(1 − e_ij)) is a weighted
 *     sum (w ≥ 0) of coverage functions, hence submodular: f(S ∪ T) − f(S) ≤ Σ_{i∈T} δ⁺_i with
 *     δ⁺_i = f(S ∪ {i}) − f(S) = Σ_j w_j r_j(S) e⁺_ij, r_j(S) the uncovered share. Adverse
 *     cells add Σ_j w_j e⁻_ij per measure, exactly. Additive model: the gain is exactly Σ_j w_j e_ij.
 *  2. Synergies. Pairs between i ∈ T and S add exactly Σ_{k∈S} s_ik; pairs inside T add
 *     Σ_{i<k∈T} s_ik ≤ ½ Σ_{i∈T} Σ_{k∈R, k≠i} max(0, s_ik) (each pair split between its ends).
 *  So V(S ∪ T) ≤ V(S) + Σ_{i∈T} g_i with g_i the sum of those per-measure terms. The largest
 *  Σ_{i∈T} g_i is at most (a) the sum of the positive g_i, (b) the sum of the q largest when at
 *  most q more measures fit, and (c) the fractional-knapsack (LP) optimum for the remaining
 *  budget. Two more bounds for the saturating model: (d) adding every usable remaining measure
 *  at once (coverage is monotone in T; extra terms counted only where positive), and (e) the
 *  tangent bound on saturation described at prepareTangent. The node bound is V(S) plus the
 *  minimum of these. Requires/excludes are dropped, which only loosens the bound.
 */

/** What the tree knows about the subtree below a node, for a strategy to decide on pruning. */
export interface NodeBound {
  /** C(S): every package below costs at least this. */
  cost: number;
  /** Upper bound on V(S ∪ T) over all T ⊆ R whose extra cost is at most `room`. */
  ubAt(room: number): number;
}

export interface TreeStrategy {
  /** A feasible package (members in index order, built on demand). */
  offer(value: number, cost: number, members: () => number[]): void;
  /** Whether the subtree below this node can be skipped. */
  prune(node: NodeBound): boolean;
}

export type TreeRun = (budget: number, strategy: TreeStrategy) => void;

export function createBranchBound(compiled: CompiledModel, spec: FeasibilitySpec): TreeRun {
  const m = compiled.causeIds.length;
  const n = compiled.measureIds.length;
  const { impact, weights, synergy, additive, costs } = compiled;

  // Standalone gain of each measure (with half its positive synergies) orders the tree:
  // forced measures first (a skipped forced measure ends the branch at once), then the
  // strongest, so good incumbents appear early and the threshold rises fast.
  const standalone = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (let j = 0; j < m; j++) v += weights[j]! * impact[i * m + j]!;
    for (let k = 0; k < n; k++) v += 0.5 * Math.max(0, synergy[i * n + k]!);
    standalone[i] = v;
  }
  const byValue = [...Array(n).keys()]
    .filter((i) => spec.forbidden[i] === 0)
    .sort((a, b) => spec.forced[b]! - spec.forced[a]! || standalone[b]! - standalone[a]! || a - b);
  // Prerequisites go just before the first measure that needs them: then a measure whose
  // prerequisite was left out is refused at once (needsMet) instead of opening a subtree that
  // can only become feasible once that prerequisite is added further down.
  const order: number[] = [];
  const placed = new Uint8Array(n);
  const place = (i: number): void => {
    if (placed[i] === 1 || spec.forbidden[i] === 1) return;
    placed[i] = 1; // before recursing: requires-cycles end here
    for (const x of spec.needs[i]!) place(x);
    order.push(i);
  };
  for (const i of byValue) place(i);
  const size = order.length;
  // Sparse synergy neighbours: most pairs have none, and the bound visits every pair per node.
  const synNbr: [number, number][][] = Array.from({ length: n }, (_, i) => {
    const row: [number, number][] = [];
    for (let k = 0; k < n; k++)
      if (k !== i && synergy[i * n + k] !== 0) row.push([k, synergy[i * n + k]!]);
    return row;
  });
  // −ln(1 − e) for the saturating bound (e) (e = 1 would be +∞: clamped just below 1).
  const logImpact = new Float64Array(n * m);
  for (let c = 0; c < n * m; c++) {
    const e = impact[c]!;
    if (e > 0) logImpact[c] = -Math.log1p(-Math.min(e, 1 - 1e-12));
  }
  const position = new Int32Array(n).fill(-1);
  order.forEach((i, p) => (position[i] = p));

  return (budgetCap: number, strategy: TreeStrategy): void => {
    const budget = Math.min(spec.budget, budgetCap);
    const inS = new Uint8Array(n);
    const needCount = new Int32Array(n); // > 0: some member of S (or the forced set) needs it
    const blockCount = new Int32Array(n); // > 0: conflicts with some member of S
    for (let i = 0; i < n; i++) if (spec.forced[i] === 1) needCount[i]! += 1;
    let missing = 0; // needed but not in S
    for (let i = 0; i < n; i++) if (needCount[i]! > 0) missing++;
    const remaining = new Float64Array((size + 1) * m).fill(1);
    const adverse = new Float64Array((size + 1) * m);
    const members: number[] = [];
    // Per depth, so a node's prepared gains survive its children's visits (child pre-checks).
    const gainsAt = Array.from({ length: size + 1 }, () => new Float64Array(n));
    const gainIdxAt: number[][] = Array.from({ length: size + 1 }, () => []);
    let gains = gainsAt[0]!;
    let gainIdx = gainIdxAt[0]!;
    const uncovered = new Float64Array(m);
    const usable: number[] = [];
    const usableAt = Array.from({ length: size + 1 }, () => new Uint8Array(n));
    const shift = new Float64Array(n);
    const lin = new Float64Array(n);
    const load = new Float64Array(m);
    const slope = new Float64Array(m);
    const tangentGains = new Float64Array(n);
    const tangentIdx: number[] = [];
    // Prefix sums of cost and gain along each sorted item list, so the LP knapsack at any room is
    // a binary search (the frontier asks one node for a bound at every step of its staircase).
    const cumCostAt = Array.from({ length: size + 1 }, () => new Float64Array(n + 1));
    const cumGainAt = Array.from({ length: size + 1 }, () => new Float64Array(n + 1));
    const tangentCumCost = new Float64Array(n + 1);
    const tangentCumGain = new Float64Array(n + 1);
    let tangentConst = 0;
    let tangentReady = false;

    const nodeValue = (d: number, synSum: number): number => {
      let v = synSum;
      const base = d * m;
      for (let j = 0; j < m; j++) {
        v += weights[j]! * ((additive ? 0 : 1 - remaining[base + j]!) + adverse[base + j]!);
      }
      return v;
    };

    // Fills gainIdx (sorted by gain per unit cost) and returns min(a, b, d) of the header note.
    const prepareBound = (next: number, d: number, cost: number): number => {
      const base = d * m;
      gains = gainsAt[d]!;
      gainIdx = gainIdxAt[d]!;
      gainIdx.length = 0;
      usable.length = 0;
      const usableHere = usableAt[d]!;
      usableHere.fill(0);
      tangentIdx.length = 0;
      tangentReady = false;
      let sumAll = 0;
      // (d) all usable remaining measures at once: Σ_j w_j r_j (1 − Π_R(1 − e⁺)) + positive synergies.
      uncovered.set(remaining.subarray(base, base + m));
      let synAll = 0;
      for (let p = next; p < size; p++) {
        const i = order[p]!;
        if (blockCount[i]! > 0 || cost + costs[i]! > budget || !canStillJoin(i, next)) continue;
        let cover = 0;
        let extra = 0; // adverse cells + synergies with S: the same whatever else joins
        for (let j = 0; j < m; j++) {
          const e = impact[i * m + j]!;
          if (additive || e < 0) extra += weights[j]! * e;
          else {
            cover += weights[j]! * remaining[base + j]! * e;
            uncovered[j] = uncovered[j]! * (1 - e);
          }
        }
        let synPositive = 0;
        for (const [x, sv] of synNbr[i]!) {
          if (inS[x] === 1) extra += sv;
          else if (sv > 0 && position[x]! >= next) synPositive += 0.5 * sv;
        }
        synAll += Math.max(0, extra) + synPositive;
        lin[i] = extra + synPositive;
        usable.push(i);
        usableHere[i] = 1;
        gains[i] = cover + extra + synPositive;
      }
      shiftToPrerequisites(usableHere);
      for (const i of usable) {
        if (gains[i]! > 0) {
          gainIdx.push(i);
          sumAll += gains[i]!;
        }
      }
      let best = sumAll;
      if (!additive) {
        let all = synAll;
        for (let j = 0; j < m; j++) all += weights[j]! * (remaining[base + j]! - uncovered[j]!);
        best = Math.min(best, all);
      }
      const slots = spec.maxMeasures - d;
      if (gainIdx.length > slots) {
        const sorted = gainIdx.map((i) => gains[i]!).sort((a, b) => b - a);
        let s = 0;
        for (let q = 0; q < slots; q++) s += sorted[q]!;
        best = Math.min(best, s);
      }
      // Zero-cost items first (ratio ∞), then by gain per unit cost.
      sortByRatio(gainIdx, gains);
      fillPrefix(gainIdx, gains, cumCostAt[d]!, cumGainAt[d]!);
      if (!additive && budget !== Infinity) prepareTangent(base, budget - cost);
      return best;
    };

    // "i needs x" means y_i ≤ y_x on every feasible package, so adding λ (y_x − y_i) ≥ 0 to the
    // objective keeps any bound valid (a Lagrangian relaxation of that constraint). Moving part
    // of a needy measure's gain onto its unmet prerequisites, in proportion to their costs, stops
    // the knapsack from buying a measure without paying for what it needs.
    const shiftToPrerequisites = (usableHere: Uint8Array): void => {
      for (const i of usable) shift[i] = 0;
      for (const i of usable) {
        const g = gains[i]!;
        if (!(g > 0)) continue;
        let needCost = 0;
        for (const x of spec.needs[i]!)
          if (inS[x] === 0 && usableHere[x] === 1) needCost += costs[x]!;
        const total = costs[i]! + needCost;
        if (!(needCost > 0) || !(total > 0)) continue;
        for (const x of spec.needs[i]!) {
          if (inS[x] === 0 && usableHere[x] === 1) {
            const lambda = (g * costs[x]!) / total;
            shift[i] = shift[i]! - lambda;
            shift[x] = shift[x]! + lambda;
          }
        }
      }
      for (const i of usable) gains[i] = gains[i]! + shift[i]!;
    };

    // (e) Saturation. With a_ij = −ln(1 − e⁺_ij) and z_j = Σ_{i∈T} a_ij, the coverage gain is
    // Σ_j w_j r_j (1 − exp(−z_j)); 1 − exp(−z) is concave, so it lies below its tangent at any
    // z0: ≤ 1 − e^{−z0}(1 + z0) + e^{−z0} z. That makes the gain linear in T again, and the
    // knapsack over it is a valid bound for every z0. Taking z0 = the loads of bound (c)'s
    // knapsack solution discounts causes that (c) already counts as covered several times.
    const prepareTangent = (base: number, room: number): void => {
      load.fill(0);
      for (const i of gainIdx) {
        const c = costs[i]!;
        const x = c <= room ? 1 : room / c;
        for (let j = 0; j < m; j++) load[j] = load[j]! + x * logImpact[i * m + j]!;
        room -= c;
        if (room <= 0) break;
      }
      tangentConst = 0;
      for (let j = 0; j < m; j++) {
        const wr = weights[j]! * remaining[base + j]!;
        const ez = Math.exp(-load[j]!);
        slope[j] = wr * ez;
        tangentConst += wr * (1 - ez * (1 + load[j]!));
      }
      for (const i of usable) {
        let g = lin[i]!;
        for (let j = 0; j < m; j++) g += slope[j]! * logImpact[i * m + j]!;
        if (g > 0) {
          tangentGains[i] = g;
          tangentIdx.push(i);
        }
      }
      sortByRatio(tangentIdx, tangentGains);
      fillPrefix(tangentIdx, tangentGains, tangentCumCost, tangentCumGain);
      tangentReady = true;
    };

    // Items by gain per unit cost, descending (zero cost: ∞), stable. An insertion sort on
    // precomputed keys: the lists are short, and Array.prototype.sort with a comparator closure
    // allocated and dominated the time per node.
    const ratio = new Float64Array(n);
    const sortByRatio = (idx: number[], g: Float64Array): void => {
      for (const i of idx) ratio[i] = costs[i]! === 0 ? Infinity : g[i]! / costs[i]!;
      sortIndicesByKeyDesc(idx, ratio);
    };

    const fillPrefix = (
      idx: number[],
      g: Float64Array,
      cumCost: Float64Array,
      cumGain: Float64Array,
    ): void => {
      for (let q = 0; q < idx.length; q++) {
        cumCost[q + 1] = cumCost[q]! + costs[idx[q]!]!;
        cumGain[q + 1] = cumGain[q]! + g[idx[q]!]!;
      }
    };

    // (c) over all prepared items: the items whose cumulative cost fits are taken whole, the next
    // one in part — the same sum as `knapsack(room, idx, g, −1)`, found by binary search.
    const knapsackAll = (
      room: number,
      idx: number[],
      g: Float64Array,
      cumCost: Float64Array,
      cumGain: Float64Array,
    ): number => {
      const count = idx.length;
      if (cumCost[count]! <= room) return cumGain[count]!;
      let lo = 0; // cumCost[lo] ≤ room < cumCost[hi]
      let hi = count;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (cumCost[mid]! <= room) lo = mid;
        else hi = mid;
      }
      const i = idx[lo]!;
      return cumGain[lo]! + (g[i]! * (room - cumCost[lo]!)) / costs[i]!;
    };

    // (c) the fractional-knapsack (LP) optimum for a budget room, over the prepared items
    // placed after position `after` (−1: all of them).
    const knapsack = (room: number, idx: number[], gains: Float64Array, after: number): number => {
      let s = 0;
      for (const i of idx) {
        if (position[i]! <= after) continue;
        const c = costs[i]!;
        if (c <= room) {
          s += gains[i]!;
          room -= c;
        } else {
          s += (gains[i]! * room) / c;
          break;
        }
      }
      return s;
    };

    const visit = (next: number, synSum: number, cost: number): void => {
      const d = members.length;
      const value = nodeValue(d, synSum);
      if (d > 0 && missing === 0) {
        strategy.offer(value, cost, () => members.slice().sort((a, b) => a - b));
      }
      if (d === spec.maxMeasures || next >= size) return;
      let cap = NaN; // prepared lazily: many nodes are decided without a bound
      const node: NodeBound = {
        cost,
        ubAt: (room) => {
          if (Number.isNaN(cap)) cap = prepareBound(next, d, cost);
          if (room === Infinity) return value + cap;
          let ub = Math.min(
            cap,
            knapsackAll(room, gainIdxAt[d]!, gainsAt[d]!, cumCostAt[d]!, cumGainAt[d]!),
          );
          if (tangentReady) {
            ub = Math.min(
              ub,
              tangentConst +
                knapsackAll(room, tangentIdx, tangentGains, tangentCumCost, tangentCumGain),
            );
          }
          return value + ub;
        },
      };
      if (strategy.prune(node)) return;
      // With this node's gains prepared, a child's subtree S ∪ {i} ∪ T' (T' after position p)
      // gains at most g_i + the knapsack over T' (submodularity again), so a child that cannot
      // matter is skipped before paying for its own bound.
      const prepared = !Number.isNaN(cap);
      const myGains = gainsAt[d]!;
      const myIdx = gainIdxAt[d]!;
      let childI = -1;
      let childP = -1;
      const child: NodeBound = {
        cost: 0,
        ubAt: (room) =>
          value + Math.min(cap, myGains[childI]! + knapsack(room, myIdx, myGains, childP)),
      };
      for (let p = next; p < size; p++) {
        const i = order[p]!;
        if (blockCount[i] === 0 && cost + costs[i]! <= budget && needsMet(i, p)) {
          if (prepared && usableAt[d]![i] === 0) {
            // Some prerequisite of i can no longer join: nothing below this child is feasible.
            if (needCount[i]! > 0 && inS[i] === 0) return;
            continue;
          }
          if (prepared) {
            childI = i;
            childP = p;
            child.cost = cost + costs[i]!;
            if (strategy.prune(child)) {
              if (needCount[i]! > 0 && inS[i] === 0) return;
              continue;
            }
          }
          include(i, d);
          let s = synSum;
          for (const x of members) if (x !== i) s += synergy[i * n + x]!;
          visit(p + 1, s, cost + costs[i]!);
          exclude(i);
        }
        // Moving past position p leaves order[p] out of every later sibling subtree.
        if (needCount[i]! > 0 && inS[i] === 0) return;
      }
    };

    // i can join below this node only if each prerequisite is in S or can still be added (placed
    // at or after `next`, not forbidden, not in conflict with S). Dropping the others from R keeps
    // the bound admissible: no package in the subtree contains them.
    const canStillJoin = (i: number, next: number): boolean =>
      spec.needs[i]!.every((x) => inS[x] === 1 || (position[x]! >= next && blockCount[x] === 0));

    // i's prerequisites placed before it must already be in S (they can no longer be added).
    const needsMet = (i: number, p: number): boolean =>
      spec.needs[i]!.every((x) => inS[x] === 1 || position[x]! > p);

    const include = (i: number, d: number): void => {
      const from = d * m;
      const to = from + m;
      for (let j = 0; j < m; j++) {
        const e = impact[i * m + j]!;
        const pos = !additive && e > 0;
        remaining[to + j] = pos ? remaining[from + j]! * (1 - e) : remaining[from + j]!;
        adverse[to + j] = pos ? adverse[from + j]! : adverse[from + j]! + e;
      }
      if (needCount[i]! > 0) missing--;
      inS[i] = 1;
      members.push(i);
      for (const x of spec.needs[i]!) {
        if (needCount[x]! === 0 && inS[x] === 0) missing++;
        needCount[x]! += 1;
      }
      for (const x of spec.conflicts[i]!) blockCount[x]! += 1;
    };

    const exclude = (i: number): void => {
      members.pop();
      inS[i] = 0;
      if (needCount[i]! > 0) missing++;
      for (const x of spec.needs[i]!) {
        needCount[x]! -= 1;
        if (needCount[x]! === 0 && inS[x] === 0) missing--;
      }
      for (const x of spec.conflicts[i]!) blockCount[x]! -= 1;
    };

    visit(0, 0, 0);
  };
}
