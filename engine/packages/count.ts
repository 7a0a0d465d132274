import { EngineInputError } from '../errors';
import { type FeasibilitySpec, MAX_ENUMERATE_MEASURES, walkFeasible } from './feasible';

/** Largest half of the meet-in-the-middle count (2^23 costs ≈ 64 MB per side). */
const MAX_SIDE = 1 << 23;

/** a ∪ (b + shift), both ascending, as one ascending list. */
function mergeShifted(a: Float64Array, b: Float64Array, shift: number): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let k = 0;
  let o = 0;
  while (i < a.length && k < b.length) {
    const x = a[i]!;
    const y = b[k]! + shift;
    if (x <= y) {
      out[o++] = x;
      i++;
    } else {
      out[o++] = y;
      k++;
    }
  }
  while (i < a.length) out[o++] = a[i++]!;
  while (k < b.length) out[o++] = b[k++]! + shift;
  return out;
}

/**
 * Every subset of `items` added to each entry of the base lists, as ascending cost lists: by size
 * (lists[s] holds the subsets of s measures; larger ones are dropped) or, with one list, all
 * sizes together. Each item merges a list with the one below shifted by its cost, so the lists
 * come out sorted without sorting (Horowitz & Sahni 1974), and a cost is summed in item order.
 */
function addItems(lists: Float64Array[], items: number[], costs: Float64Array): Float64Array[] {
  const total = lists.reduce((s, l) => s + l.length, 0) * 2 ** items.length;
  if (total > MAX_SIDE) {
    throw new EngineInputError('measures', 'too many measures to count the feasible packages');
  }
  const out = lists.slice();
  for (const i of items) {
    const c = costs[i]!;
    if (out.length === 1) out[0] = mergeShifted(out[0]!, out[0]!, c);
    else for (let s = out.length - 1; s > 0; s--) out[s] = mergeShifted(out[s]!, out[s - 1]!, c);
  }
  return out;
}

/** Pairs (l, r) with cost_l + cost_r ≤ budget, for two lists sorted by cost (two pointers). */
function countPairs(left: Float64Array, right: Float64Array, budget: number): number {
  let total = 0;
  let r = right.length;
  for (let l = 0; l < left.length; l++) {
    while (r > 0 && left[l]! + right[r - 1]! > budget) r--;
    if (r === 0) break;
    total += r;
  }
  return total;
}

/**
 * The exact number of feasible non-empty packages without listing them (for n too large to
 * enumerate). Measures tied by requires / excludes / forced are enumerated with walkFeasible;
 * the free ones only interact through the budget and the count limit, so their subsets are
 * counted by meet in the middle: (constrained subsets × first half) against the second half,
 * sorted by cost, counting pairs within budget with two pointers, per pair of sizes when
 * maxMeasures binds.
 */
export function countFeasible(spec: FeasibilitySpec): number {
  const n = spec.n;
  const linked = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (spec.forbidden[i] === 1) continue;
    if (spec.forced[i] === 1 || spec.needs[i]!.length > 0 || spec.conflicts[i]!.length > 0) {
      linked[i] = 1;
    }
    for (const k of spec.needs[i]!) linked[k] = 1;
  }
  const constrained = [...Array(n).keys()].filter(
    (i) => linked[i] === 1 && spec.forbidden[i] === 0,
  );
  const free = [...Array(n).keys()].filter((i) => linked[i] === 0 && spec.forbidden[i] === 0);
  if (constrained.length > MAX_ENUMERATE_MEASURES) {
    throw new EngineInputError('constraints', 'too many linked measures to count the packages');
  }

  // Constrained subsets (the empty one too, unless something is forced).
  const local = new Map(constrained.map((i, k) => [i, k]));
  const sub: FeasibilitySpec = {
    n: constrained.length,
    costs: Float64Array.from(constrained, (i) => spec.costs[i]!),
    budget: spec.budget,
    maxMeasures: spec.maxMeasures,
    forced: Uint8Array.from(constrained, (i) => spec.forced[i]!),
    forbidden: new Uint8Array(constrained.length),
    needs: constrained.map((i) => spec.needs[i]!.map((k) => local.get(k)!)),
    conflicts: constrained.map((i) => spec.conflicts[i]!.map((k) => local.get(k)!)),
  };
  // Sizes matter only when the count limit binds; then a list per size, else one list.
  const bySize = spec.maxMeasures < constrained.length + free.length;
  const groups: number[][] = Array.from({ length: bySize ? spec.maxMeasures + 1 : 1 }, () => []);
  const anyForced = spec.forced.some((f) => f === 1);
  if (!anyForced) groups[0]!.push(0);
  walkFeasible(sub, {
    enter: () => undefined,
    leave: () => undefined,
    visit: (_mask, cost, size) => void groups[bySize ? size : 0]!.push(cost),
  });
  const base = groups.map((g) => Float64Array.from(g).sort());
  const baseCount = base.reduce((s, l) => s + l.length, 0);
  // Split the free measures so both sides are about the same size.
  let split = 0;
  while (split < free.length && baseCount * 2 ** (split + 1) <= 2 ** (free.length - split - 1)) {
    split++;
  }
  const left = addItems(base, free.slice(0, split), spec.costs);
  const empty = groups.map((_, s) => new Float64Array(s === 0 ? 1 : 0));
  const right = addItems(empty, free.slice(split), spec.costs);
  let total = 0;
  for (let a = 0; a < left.length; a++) {
    for (let b = 0; a + b < left.length; b++) total += countPairs(left[a]!, right[b]!, spec.budget);
  }
  // The empty package (no constrained measure, no free one) is not a package.
  return anyForced ? total : total - 1;
}
