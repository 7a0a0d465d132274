import { EngineInputError } from '../errors';
import { type FeasibilitySpec, MAX_ENUMERATE_MEASURES, walkFeasible } from './feasible';

/** Largest half of the meet-in-the-middle count (2^23 costs ≈ 64 MB per side). */
const MAX_SIDE = 1 << 23;

interface Side {
  costs: Float64Array;
  sizes: Uint8Array;
  count: number;
}

/** All subsets of `items` as (cost, size), each combined with every base entry. */
function expand(base: Side, items: number[], costs: Float64Array): Side {
  const total = base.count * 2 ** items.length;
  if (total > MAX_SIDE) {
    throw new EngineInputError('measures', 'too many measures to count the feasible packages');
  }
  const out: Side = { costs: new Float64Array(total), sizes: new Uint8Array(total), count: 0 };
  out.costs.set(base.costs.subarray(0, base.count));
  out.sizes.set(base.sizes.subarray(0, base.count));
  out.count = base.count;
  for (const i of items) {
    const c = costs[i]!;
    for (let p = 0, end = out.count; p < end; p++) {
      out.costs[out.count] = out.costs[p]! + c;
      out.sizes[out.count] = out.sizes[p]! + 1;
      out.count++;
    }
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

function sortedBySize(side: Side, maxSize: number): Float64Array[] {
  const groups: number[][] = Array.from({ length: maxSize + 1 }, () => []);
  for (let p = 0; p < side.count; p++) groups[side.sizes[p]!]?.push(side.costs[p]!);
  return groups.map((g) => Float64Array.from(g).sort());
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
  const baseCosts: number[] = [];
  const baseSizes: number[] = [];
  const anyForced = spec.forced.some((f) => f === 1);
  if (!anyForced) {
    baseCosts.push(0);
    baseSizes.push(0);
  }
  walkFeasible(sub, {
    enter: () => undefined,
    leave: () => undefined,
    visit: (_mask, cost, size) => {
      baseCosts.push(cost);
      baseSizes.push(size);
    },
  });
  const base: Side = {
    costs: Float64Array.from(baseCosts),
    sizes: Uint8Array.from(baseSizes),
    count: baseCosts.length,
  };
  // Split the free measures so both sides are about the same size.
  let split = 0;
  while (split < free.length && base.count * 2 ** (split + 1) <= 2 ** (free.length - split - 1)) {
    split++;
  }
  const left = expand(base, free.slice(0, split), spec.costs);
  const right = expand(
    { costs: new Float64Array([0]), sizes: new Uint8Array([0]), count: 1 },
    free.slice(split),
    spec.costs,
  );
  const maxSize = Math.min(spec.maxMeasures, constrained.length + free.length);
  let total = 0;
  if (spec.maxMeasures >= constrained.length + free.length) {
    total = countPairs(
      left.costs.subarray(0, left.count).sort(),
      right.costs.subarray(0, right.count).sort(),
      spec.budget,
    );
  } else {
    const l = sortedBySize(left, maxSize);
    const r = sortedBySize(right, maxSize);
    for (let a = 0; a <= maxSize; a++) {
      for (let b = 0; a + b <= maxSize; b++) total += countPairs(l[a]!, r[b]!, spec.budget);
    }
  }
  // The empty package (no constrained measure, no free one) is not a package.
  return anyForced ? total : total - 1;
}
