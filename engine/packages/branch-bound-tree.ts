import type { CompiledModel } from './compile';
import type { FeasibilitySpec } from './feasible';
import {
  type SortedItems,
  createSortedItems,
  itemsAfter,
  knapsackSolution,
  sortByRatio,
} from './knapsack-lp';

/**
 * The branch-and-bound tree behind the exact top-k and frontier searches, for models too large
 * to enumerate (2^n packages).
 *
 * The tree is the same subset tree as walkFeasible (a node is a set S; its children add one
 * measure later in a fixed order), so every feasible package is a node and is offered once.
 * A subtree below S, where the measures R may still join, is cut when an upper bound on
 * V(S ∪ T) over all T ⊆ R shows that nothing in it can matter (the strategy says what would
 * matter: reaching the k-th best value for top-k; a point of the frontier's staircase).
 *
 * Why the bound is admissible (never below the best value in the subtree), for T ⊆ R:
 *  1. Coverage. The positive part f(X) = Σ_j w_j (1 − Π_{i∈X, e_ij>0}(1 − e_ij)) is a weighted
 *     sum (w ≥ 0) of coverage functions, hence submodular: f(S ∪ T) − f(S) ≤ Σ_{i∈T} δ⁺_i with
 *     δ⁺_i = f(S ∪ {i}) − f(S) = Σ_j w_j r_j(S) e⁺_ij, r_j(S) the uncovered share. Adverse
 *     cells add Σ_j w_j e⁻_ij per measure, exactly. Additive model: the gain is exactly Σ_j w_j e_ij.
 *  2. Synergies. Pairs between i ∈ T and S add exactly Σ_{k∈S} s_ik; pairs inside T add
 *     Σ_{i<k∈T} s_ik ≤ ½ Σ_{i∈T} Σ_{k∈R, k≠i} max(0, s_ik) (each pair split between its ends;
 *     only partners that can still join count).
 *  So V(S ∪ T) ≤ V(S) + Σ_{i∈T} g_i with g_i the sum of those per-measure terms. The largest
 *  Σ_{i∈T} g_i is at most (a) the sum of the positive g_i, (b) the sum of the q largest when at
 *  most q more measures fit, and (c) the fractional-knapsack (LP) optimum for the remaining
 *  budget. Two more bounds for the saturating model: (d) adding every usable remaining measure
 *  at once (coverage is monotone in T; extra terms counted only where positive), and (e) the
 *  tangent bound on saturation described at tangentAt, refined by Frank–Wolfe steps. The node
 *  bound is V(S) plus the minimum of these. Excludes are dropped and requires relaxed (a
 *  Lagrangian shift, see shiftToPrerequisites), which only loosens the bound.
 *
 * Order of the measures: forced ones first (a skipped forced measure ends the branch at once),
 * then those with a positive synergy (so that deeper in the tree both ends of a pair are decided
 * and the synergy bound in 2. is exact), then the strongest alone, so good incumbents appear
 * early and the threshold rises fast.
 */

/**
 * What would matter to a strategy, as a staircase over cost: step k covers the costs from
 * costs[k] up to costs[k + 1] (the last step up to the budget), and a package on it matters only
 * if its value reaches targets[k]. A subtree whose packages all cost at least C is cut when its
 * bound stays below the target of every step it can reach; the bound is non-decreasing in cost,
 * so each step is checked at its right end.
 */
export interface Staircase {
  /** Steps in use; 0 while nothing can be cut. */
  count: number;
  /** Ascending. */
  costs: number[];
  /** Non-decreasing (so a bound that settles one step settles every later one too). */
  targets: number[];
  /** Subtrees whose packages may cost less than this are never cut. */
  minCost: number;
}

/** The package at the current node; `members` is built on demand (index order). */
export interface OfferedPackage {
  value: number;
  cost: number;
  members(): number[];
}

export interface TreeStrategy {
  /** Every feasible package, once. */
  offer(pkg: OfferedPackage): void;
  /** Read at every cut decision; the strategy keeps it up to date as packages are offered. */
  stairs: Staircase;
}

export type TreeRun = (budget: number, strategy: TreeStrategy) => void;

/** Frank–Wolfe rounds of the tangent bound (e) per node, spent only while a check stays open. */
const TANGENT_ROUNDS = 4;
/** Bisection steps of the Frank–Wolfe line search (γ to 1/64: plenty for a starting point). */
const LINE_STEPS = 6;

/** Per-depth bound data, so a node's prepared bound survives its children's visits. */
interface Level {
  /** Shifted gains g_i of the usable measures (indexed by measure). */
  gains: Float64Array;
  items: SortedItems;
  usable: Uint8Array;
  /** The last tangent (e): gains of every usable measure, the positive ones sorted. */
  tangentGains: Float64Array;
  tangentItems: SortedItems;
}

function createLevel(n: number): Level {
  return {
    gains: new Float64Array(n),
    items: createSortedItems(n),
    usable: new Uint8Array(n),
    tangentGains: new Float64Array(n),
    tangentItems: createSortedItems(n),
  };
}

/** Row-sparse lists of a measure's cells (or partners, prerequisites, conflicts). */
interface Sparse {
  start: Int32Array;
  col: Int32Array;
  val: Float64Array;
}

function lists(rows: number[][]): Sparse {
  const start = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => (start[i + 1] = start[i]! + row.length));
  const col = Int32Array.from(rows.flat());
  return { start, col, val: new Float64Array(col.length) };
}

function sparseRows(n: number, width: number, cell: (i: number, j: number) => number): Sparse {
  const start = new Int32Array(n + 1);
  const col: number[] = [];
  const val: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < width; j++) {
      const v = cell(i, j);
      if (v !== 0) {
        col.push(j);
        val.push(v);
      }
    }
    start[i + 1] = col.length;
  }
  return { start, col: Int32Array.from(col), val: Float64Array.from(val) };
}

export function createBranchBound(compiled: CompiledModel, spec: FeasibilitySpec): TreeRun {
  const m = compiled.causeIds.length;
  const n = compiled.measureIds.length;
  const { impact, weights, synergy, additive, costs } = compiled;

  const standalone = new Float64Array(n);
  const pairsUp = new Uint8Array(n); // a positive synergy with a measure that can be chosen
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (let j = 0; j < m; j++) v += weights[j]! * impact[i * m + j]!;
    for (let k = 0; k < n; k++) {
      const s = synergy[i * n + k]!;
      v += 0.5 * Math.max(0, s);
      if (s > 0 && spec.forbidden[k] === 0) pairsUp[i] = 1;
    }
    standalone[i] = v;
  }
  const byValue = [...Array(n).keys()]
    .filter((i) => spec.forbidden[i] === 0)
    .sort(
      (a, b) =>
        spec.forced[b]! - spec.forced[a]! ||
        pairsUp[b]! - pairsUp[a]! ||
        standalone[b]! - standalone[a]! ||
        a - b,
    );
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
  const position = new Int32Array(n).fill(-1);
  order.forEach((i, p) => (position[i] = p));

  // Mitigating cells (saturating model) with −ln(1 − e) for the tangent bound (e = 1 would be
  // +∞: clamped just below 1); the rest of a measure's cells add a fixed amount Σ_j w_j e_ij.
  const positive = sparseRows(n, m, (i, j) => {
    const e = impact[i * m + j]!;
    return !additive && e > 0 ? e : 0;
  });
  const logImpact = Float64Array.from(positive.val, (e) => -Math.log1p(-Math.min(e, 1 - 1e-12)));
  const fixedExtra = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let extra = 0;
    for (let j = 0; j < m; j++) {
      const e = impact[i * m + j]!;
      if (additive || e < 0) extra += weights[j]! * e;
    }
    fixedExtra[i] = extra;
  }
  const partners = sparseRows(n, n, (i, k) => (i === k ? 0 : synergy[i * n + k]!));
  const needs = lists(spec.needs);
  const conflicts = lists(spec.conflicts);

  return (budgetCap: number, strategy: TreeStrategy): void => {
    const budget = Math.min(spec.budget, budgetCap);
    const stairs = strategy.stairs;
    const inS = new Uint8Array(n);
    const needCount = new Int32Array(n); // > 0: some member of S (or the forced set) needs it
    const blockCount = new Int32Array(n); // > 0: conflicts with some member of S
    for (let i = 0; i < n; i++) if (spec.forced[i] === 1) needCount[i]! += 1;
    let missing = 0; // needed but not in S
    for (let i = 0; i < n; i++) if (needCount[i]! > 0) missing++;
    const remaining = new Float64Array((size + 1) * m).fill(1);
    const adverse = new Float64Array((size + 1) * m);
    // Per depth: V(S), C(S), the synergies inside S, and the bound data (typed arrays, so that
    // no number is boxed on its way between the functions below).
    const valueAt = new Float64Array(size + 1);
    const costAt = new Float64Array(size + 1);
    const synAt = new Float64Array(size + 1);
    const capAt = new Float64Array(size + 1); // min of bounds (a), (b), (d)
    const tangentConstAt = new Float64Array(size + 1);
    const tangentReady = new Uint8Array(size + 1);
    const levels = Array.from({ length: size + 1 }, () => createLevel(n));
    const members = new Int32Array(n);
    let depth = 0;
    const current: OfferedPackage = {
      value: 0.5, // a double from the start, so the field never changes representation
      cost: 0.5,
      members: () => Array.from(members.subarray(0, depth)).sort((a, b) => a - b),
    };
    const usable = new Int32Array(n);
    let usableCount = 0;
    const uncovered = new Float64Array(m);
    const shift = new Float64Array(n);
    const lin = new Float64Array(n);
    const load = new Float64Array(m);
    const slope = new Float64Array(m);
    const ratio = new Float64Array(n);
    const point = new Float64Array(n); // the Frank–Wolfe iterate (shares of usable measures)
    const target = new Float64Array(n);
    const topGains = new Float64Array(n);
    const childItems = createSortedItems(n);
    const childTangent = createSortedItems(n);
    let open = new Int32Array(64); // the steps no bound has settled yet, ascending
    let openCount = 0;
    const scratch = new Float64Array(2); // [cost of the subtree being checked, base of a bound]

    const nodeValue = (d: number): number => {
      let v = synAt[d]!;
      const base = d * m;
      for (let j = 0; j < m; j++) {
        v += weights[j]! * ((additive ? 0 : 1 - remaining[base + j]!) + adverse[base + j]!);
      }
      return v;
    };

    // The usable measures, their gains sorted by ratio, and min(a, b, d) of the header note.
    const prepare = (next: number, d: number): void => {
      const level = levels[d]!;
      const base = d * m;
      const cost = costAt[d]!;
      const gains = level.gains;
      const usableHere = level.usable;
      usableHere.fill(0);
      usableCount = 0;
      for (let p = next; p < size; p++) {
        const i = order[p]!;
        if (blockCount[i]! > 0 || cost + costs[i]! > budget || !canStillJoin(i, next)) continue;
        usable[usableCount++] = i;
        usableHere[i] = 1;
      }
      for (let j = 0; j < m; j++) uncovered[j] = remaining[base + j]!;
      let synAll = 0;
      for (let q = 0; q < usableCount; q++) {
        const i = usable[q]!;
        let cover = 0;
        for (let z = positive.start[i]!; z < positive.start[i + 1]!; z++) {
          const j = positive.col[z]!;
          const e = positive.val[z]!;
          cover += weights[j]! * remaining[base + j]! * e;
          uncovered[j] = uncovered[j]! * (1 - e);
        }
        let extra = fixedExtra[i]!; // adverse cells + synergies with S: the same whatever else joins
        let synPositive = 0;
        for (let z = partners.start[i]!; z < partners.start[i + 1]!; z++) {
          const x = partners.col[z]!;
          const sv = partners.val[z]!;
          if (inS[x] === 1) extra += sv;
          else if (sv > 0 && usableHere[x] === 1) synPositive += 0.5 * sv;
        }
        synAll += Math.max(0, extra) + synPositive;
        lin[i] = extra + synPositive;
        gains[i] = cover + extra + synPositive;
      }
      shiftToPrerequisites(gains, usableHere);
      const items = level.items;
      let count = 0;
      let sumAll = 0;
      for (let q = 0; q < usableCount; q++) {
        const i = usable[q]!;
        if (gains[i]! > 0) {
          items.idx[count++] = i;
          sumAll += gains[i]!;
        }
      }
      items.count = count;
      let best = sumAll;
      if (!additive) {
        let all = synAll;
        for (let j = 0; j < m; j++) all += weights[j]! * (remaining[base + j]! - uncovered[j]!);
        best = Math.min(best, all);
      }
      const slots = spec.maxMeasures - d;
      if (count > slots) {
        for (let q = 0; q < count; q++) topGains[q] = gains[items.idx[q]!]!;
        const sorted = topGains.subarray(0, count).sort();
        let s = 0;
        for (let q = 0; q < slots; q++) s += sorted[count - 1 - q]!;
        best = Math.min(best, s);
      }
      capAt[d] = best;
      sortByRatio(items, gains, costs, ratio);
      tangentReady[d] = 0;
    };

    // "i needs x" means y_i ≤ y_x on every feasible package, so adding λ (y_x − y_i) ≥ 0 to the
    // objective keeps any bound valid (a Lagrangian relaxation of that constraint). Moving part
    // of a needy measure's gain onto its unmet prerequisites, in proportion to their costs, stops
    // the knapsack from buying a measure without paying for what it needs.
    const shiftToPrerequisites = (gains: Float64Array, usableHere: Uint8Array): void => {
      for (let q = 0; q < usableCount; q++) shift[usable[q]!] = 0;
      for (let q = 0; q < usableCount; q++) {
        const i = usable[q]!;
        const g = gains[i]!;
        if (!(g > 0) || needs.start[i] === needs.start[i + 1]) continue;
        let needCost = 0;
        for (let z = needs.start[i]!; z < needs.start[i + 1]!; z++) {
          const x = needs.col[z]!;
          if (inS[x] === 0 && usableHere[x] === 1) needCost += costs[x]!;
        }
        const total = costs[i]! + needCost;
        if (!(needCost > 0) || !(total > 0)) continue;
        for (let z = needs.start[i]!; z < needs.start[i + 1]!; z++) {
          const x = needs.col[z]!;
          if (inS[x] === 0 && usableHere[x] === 1) {
            const lambda = (g * costs[x]!) / total;
            shift[i] = shift[i]! - lambda;
            shift[x] = shift[x]! + lambda;
          }
        }
      }
      for (let q = 0; q < usableCount; q++) {
        const i = usable[q]!;
        gains[i] = gains[i]! + shift[i]!;
      }
    };

    // (e) Saturation. With a_ij = −ln(1 − e⁺_ij) and z_j = Σ_{i∈T} a_ij, the coverage gain is
    // Σ_j w_j r_j (1 − exp(−z_j)); 1 − exp(−z) is concave, so it lies below its tangent at any
    // z0: ≤ 1 − e^{−z0}(1 + z0) + e^{−z0} z. That makes the gain linear in T again, and the
    // knapsack over it is a valid bound for every z0. z0 = the loads of a fractional package x
    // (point); each Frank–Wolfe step moves x toward the tangent knapsack's own solution, which
    // lowers the bound toward the optimum of the concave relaxation.
    const tangentAt = (d: number): void => {
      const level = levels[d]!;
      const base = d * m;
      load.fill(0);
      for (let q = 0; q < usableCount; q++) {
        const i = usable[q]!;
        const x = point[i]!;
        if (x === 0) continue;
        for (let z = positive.start[i]!; z < positive.start[i + 1]!; z++) {
          const j = positive.col[z]!;
          load[j] = load[j]! + x * logImpact[z]!;
        }
      }
      let constant = 0;
      for (let j = 0; j < m; j++) {
        const wr = weights[j]! * remaining[base + j]!;
        const ez = Math.exp(-load[j]!);
        slope[j] = wr * ez;
        constant += wr * (1 - ez * (1 + load[j]!));
      }
      const g = level.tangentGains;
      for (let q = 0; q < usableCount; q++) {
        const i = usable[q]!;
        let v = lin[i]!;
        for (let z = positive.start[i]!; z < positive.start[i + 1]!; z++)
          v += slope[positive.col[z]!]! * logImpact[z]!;
        g[i] = v;
      }
      shiftToPrerequisites(g, level.usable);
      const items = level.tangentItems;
      let count = 0;
      for (let q = 0; q < usableCount; q++) if (g[usable[q]!]! > 0) items.idx[count++] = usable[q]!;
      items.count = count;
      sortByRatio(items, g, costs, ratio);
      tangentConstAt[d] = constant;
      tangentReady[d] = 1;
    };

    // Room of step k for a subtree whose packages cost at least `cost`: up to the step's right end.
    const roomOf = (k: number, cost: number): number =>
      Math.min(k + 1 < stairs.count ? stairs.costs[k + 1]! : Infinity, budget) - cost;

    // The steps a subtree costing at least scratch[0], worth at most `top`, could still matter
    // on, into open[0, openCount): from the one containing its cost up to the last target ≤ top.
    const openSteps = (top: number): boolean => {
      const cost = scratch[0]!;
      const count = stairs.count;
      if (count === 0 || cost < stairs.minCost) return false;
      let lo = 0; // first step whose right end lies above `cost`
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (stairs.costs[mid + 1]! <= cost) lo = mid + 1;
        else hi = mid;
      }
      let end = count;
      while (end > lo && top < stairs.targets[end - 1]!) end--;
      if (open.length < end - lo) open = new Int32Array(2 * (end - lo));
      openCount = 0;
      for (let k = lo; k < end; k++) open[openCount++] = k;
      return true;
    };

    // Keeps the open steps whose target scratch[1] + the LP knapsack at the step's room still
    // reaches. Rooms grow with the step, so one pass along the sorted items serves them all.
    const keepOpen = (items: SortedItems, gains: Float64Array): void => {
      const cost = scratch[0]!;
      const base = scratch[1]!;
      const { idx, count, cumCost, cumGain } = items;
      let lo = 0;
      let still = 0;
      for (let q = 0; q < openCount; q++) {
        const k = open[q]!;
        const room = roomOf(k, cost);
        while (lo < count && cumCost[lo + 1]! <= room) lo++;
        let bound = cumGain[lo]!;
        if (lo < count) {
          const i = idx[lo]!;
          bound += (gains[i]! * (room - cumCost[lo]!)) / costs[i]!;
        }
        if (!(base + bound < stairs.targets[k]!)) open[still++] = k;
      }
      openCount = still;
    };

    // Whether the subtree below the node at depth d is cut: the cheap bounds first, then tangent
    // rounds only while some step stays open.
    const cutNode = (d: number): boolean => {
      scratch[0] = costAt[d]!;
      const value = valueAt[d]!;
      if (!openSteps(value + capAt[d]!)) return false;
      const level = levels[d]!;
      scratch[1] = value;
      keepOpen(level.items, level.gains);
      if (openCount === 0) return true;
      if (additive || budget === Infinity) return false;
      point.fill(0);
      knapsackSolution(level.items, costs, roomOf(open[0]!, scratch[0]), point);
      for (let round = 0; round < TANGENT_ROUNDS; round++) {
        tangentAt(d);
        scratch[1] = value + tangentConstAt[d]!;
        keepOpen(level.tangentItems, level.tangentGains);
        if (openCount === 0) return true;
        if (round + 1 === TANGENT_ROUNDS) break;

        target.fill(0);
        knapsackSolution(level.tangentItems, costs, roomOf(open[0]!, scratch[0]), target);
        const step = lineStep(d);
        if (step <= 0) break;
        for (let q = 0; q < usableCount; q++) {
          const i = usable[q]!;
          point[i] = point[i]! + step * (target[i]! - point[i]!);
        }
      }
      return false;
    };

    // The Frank–Wolfe step: γ ∈ [0, 1] from point toward target that maximises the relaxed value
    // φ(γ) = Σ_j w_j r_j (1 − exp(−z_j − γ Δz_j)) + γ Σ_i lin_i Δx_i. φ is concave, so bisection
    // on the sign of φ' finds it (any γ keeps the bound valid; a better point only tightens it).
    const dz = new Float64Array(m);
    const lineStep = (d: number): number => {
      const base = d * m;
      dz.fill(0);
      let dlin = 0;
      for (let q = 0; q < usableCount; q++) {
        const i = usable[q]!;
        const dx = target[i]! - point[i]!;
        if (dx === 0) continue;
        dlin += lin[i]! * dx;
        for (let z = positive.start[i]!; z < positive.start[i + 1]!; z++) {
          const j = positive.col[z]!;
          dz[j] = dz[j]! + dx * logImpact[z]!;
        }
      }
      const slopeAt = (g: number): number => {
        let v = dlin;
        for (let j = 0; j < m; j++) {
          v += weights[j]! * remaining[base + j]! * dz[j]! * Math.exp(-load[j]! - g * dz[j]!);
        }
        return v;
      };
      if (slopeAt(1) >= 0) return 1;
      if (slopeAt(0) <= 0) return 0;
      let lo = 0;
      let hi = 1;
      for (let it = 0; it < LINE_STEPS; it++) {
        const mid = 0.5 * (lo + hi);
        if (slopeAt(mid) > 0) lo = mid;
        else hi = mid;
      }
      return 0.5 * (lo + hi);
    };

    // With the node's bound prepared, the subtree of child S ∪ {i} (then only measures after
    // position p) gains at most g_i + the knapsack over those later measures (submodularity
    // again), with the plain gains and with the tangent's, so a child that cannot matter is
    // skipped before paying for its own bound.
    const cutChild = (d: number, i: number, p: number): boolean => {
      scratch[0] = costAt[d]! + costs[i]!;
      const value = valueAt[d]!;
      if (!openSteps(value + capAt[d]!)) return false;
      const level = levels[d]!;
      const g = level.gains[i]!;
      scratch[1] = value + g;
      // The knapsack over all the node's items can only be larger than over the later ones.
      keepOpen(level.items, level.gains);
      if (openCount === 0) return true;
      itemsAfter(level.items, level.gains, costs, position, p, childItems);
      keepOpen(childItems, level.gains);
      if (openCount === 0) return true;
      if (tangentReady[d] === 0) return false;
      const tg = level.tangentGains;
      itemsAfter(level.tangentItems, tg, costs, position, p, childTangent);
      scratch[1] = value + tangentConstAt[d]! + tg[i]!;
      keepOpen(childTangent, tg);
      return openCount === 0;
    };

    const visit = (next: number): void => {
      const d = depth;
      valueAt[d] = nodeValue(d);
      if (d > 0 && missing === 0) {
        current.value = valueAt[d]!;
        current.cost = costAt[d]!;
        strategy.offer(current);
      }
      if (d === spec.maxMeasures || next >= size) return;
      // Prepared only once the strategy can cut something.
      const prepared = stairs.count > 0 && costAt[d]! >= stairs.minCost;
      if (prepared) {
        prepare(next, d);
        if (cutNode(d)) return;
      }
      const usableHere = levels[d]!.usable;
      const cost = costAt[d]!;
      for (let p = next; p < size; p++) {
        const i = order[p]!;
        if (blockCount[i] === 0 && cost + costs[i]! <= budget && needsMet(i, p)) {
          if (prepared && usableHere[i] === 0) {
            // Some prerequisite of i can no longer join: nothing below this child is feasible.
            if (needCount[i]! > 0 && inS[i] === 0) return;
            continue;
          }
          if (prepared && cutChild(d, i, p)) {
            if (needCount[i]! > 0 && inS[i] === 0) return;
            continue;
          }
          include(i, d);
          visit(p + 1);
          exclude(i);
        }
        // Moving past position p leaves order[p] out of every later sibling subtree.
        if (needCount[i]! > 0 && inS[i] === 0) return;
      }
    };

    // i can join below this node only if each prerequisite is in S or can still be added (placed
    // at or after `next`, not forbidden, not in conflict with S). Dropping the others from R keeps
    // the bound admissible: no package in the subtree contains them.
    const canStillJoin = (i: number, next: number): boolean => {
      for (let z = needs.start[i]!; z < needs.start[i + 1]!; z++) {
        const x = needs.col[z]!;
        if (inS[x] === 0 && (position[x]! < next || blockCount[x]! > 0)) return false;
      }
      return true;
    };

    // i's prerequisites placed before it must already be in S (they can no longer be added).
    const needsMet = (i: number, p: number): boolean => {
      for (let z = needs.start[i]!; z < needs.start[i + 1]!; z++) {
        const x = needs.col[z]!;
        if (inS[x] === 0 && position[x]! <= p) return false;
      }
      return true;
    };

    const include = (i: number, d: number): void => {
      const from = d * m;
      const to = from + m;
      for (let j = 0; j < m; j++) {
        const e = impact[i * m + j]!;
        const pos = !additive && e > 0;
        remaining[to + j] = pos ? remaining[from + j]! * (1 - e) : remaining[from + j]!;
        adverse[to + j] = pos ? adverse[from + j]! : adverse[from + j]! + e;
      }
      let s = synAt[d]!;
      for (let q = 0; q < d; q++) s += synergy[i * n + members[q]!]!;
      synAt[d + 1] = s;
      costAt[d + 1] = costAt[d]! + costs[i]!;
      if (needCount[i]! > 0) missing--;
      inS[i] = 1;
      members[depth++] = i;
      for (let z = needs.start[i]!; z < needs.start[i + 1]!; z++) {
        const x = needs.col[z]!;
        if (needCount[x]! === 0 && inS[x] === 0) missing++;
        needCount[x]! += 1;
      }
      for (let z = conflicts.start[i]!; z < conflicts.start[i + 1]!; z++)
        blockCount[conflicts.col[z]!]! += 1;
    };

    const exclude = (i: number): void => {
      depth--;
      inS[i] = 0;
      if (needCount[i]! > 0) missing++;
      for (let z = needs.start[i]!; z < needs.start[i + 1]!; z++) {
        const x = needs.col[z]!;
        needCount[x]! -= 1;
        if (needCount[x]! === 0 && inS[x] === 0) missing--;
      }
      for (let z = conflicts.start[i]!; z < conflicts.start[i + 1]!; z++)
        blockCount[conflicts.col[z]!]! -= 1;
    };

    visit(0);
  };
}
