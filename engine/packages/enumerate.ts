import type { CompiledModel } from './compile';
import { type FeasibilitySpec, walkFeasible } from './feasible';
import { type Candidate, TopK, type TopSearch } from './candidate';

/** Every feasible package in flat arrays (n ≤ MAX_ENUMERATE_MEASURES, so a mask fits an int). */
export interface PackageTable {
  count: number;
  masks: Int32Array;
  values: Float64Array;
  costs: Float64Array;
  /** Present with `withCoverage`: coverage v_j(P) row-major count × m, and Σ synergies of P. */
  coverage?: Float64Array;
  synergySums?: Float64Array;
}

function grow<T extends Int32Array | Float64Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2));
  next.set(a);
  return next;
}

export function maskMembers(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0; mask !== 0; i++, mask >>>= 1) if (mask & 1) out.push(i);
  return out;
}

/**
 * Walk every feasible package once, updating the coverage incrementally (one multiply per
 * cause per step) instead of recomputing it per package: this is the exact ranking for n ≤ 20.
 */
export function enumeratePackages(
  compiled: CompiledModel,
  spec: FeasibilitySpec,
  withCoverage = false,
): PackageTable {
  const m = compiled.causeIds.length;
  const n = compiled.measureIds.length;
  const { impact, weights, synergy, additive } = compiled;
  // Per depth d: remaining[d*m + j] = Π(1 − e⁺), adverse[d*m + j] = Σ e⁻ (additive: Σ e).
  const remaining = new Float64Array((n + 1) * m).fill(1);
  const adverse = new Float64Array((n + 1) * m);
  const syn = new Float64Array(n + 1);
  const stack: number[] = [];
  let masks = new Int32Array(1024);
  let values = new Float64Array(1024);
  let costs = new Float64Array(1024);
  let coverage = new Float64Array(withCoverage ? 1024 * m : 0);
  let synergySums = new Float64Array(withCoverage ? 1024 : 0);
  let count = 0;

  walkFeasible(spec, {
    enter(i) {
      const d = stack.length;
      const from = d * m;
      const to = from + m;
      let s = syn[d]!;
      for (const k of stack) s += synergy[i * n + k]!;
      syn[d + 1] = s;
      for (let j = 0; j < m; j++) {
        const e = impact[i * m + j]!;
        if (additive || e < 0) {
          remaining[to + j] = remaining[from + j]!;
          adverse[to + j] = adverse[from + j]! + e;
        } else {
          remaining[to + j] = remaining[from + j]! * (1 - e);
          adverse[to + j] = adverse[from + j]!;
        }
      }
      stack.push(i);
    },
    leave() {
      stack.pop();
    },
    visit(mask, cost) {
      const d = stack.length;
      const base = d * m;
      let v = syn[d]!;
      if (count === masks.length) {
        masks = grow(masks, count + 1);
        values = grow(values, count + 1);
        costs = grow(costs, count + 1);
        if (withCoverage) {
          coverage = grow(coverage, (count + 1) * m);
          synergySums = grow(synergySums, count + 1);
        }
      }
      for (let j = 0; j < m; j++) {
        const c = (additive ? 0 : 1 - remaining[base + j]!) + adverse[base + j]!;
        if (withCoverage) coverage[count * m + j] = c;
        v += weights[j]! * c;
      }
      if (withCoverage) synergySums[count] = syn[d]!;
      masks[count] = mask;
      values[count] = v;
      costs[count] = cost;
      count++;
    },
  });
  const table: PackageTable = { count, masks, values, costs };
  if (withCoverage) {
    table.coverage = coverage;
    table.synergySums = synergySums;
  }
  return table;
}

/** Top-k search over an enumerated table (a linear scan; the table is already all packages). */
export function tableSearch(compiled: CompiledModel, table: PackageTable): TopSearch {
  return (k: number, costCap: number): Candidate[] => {
    const top = new TopK(compiled, k);
    const { masks, values, costs } = table;
    for (let p = 0; p < table.count; p++) {
      if (costs[p]! > costCap) continue;
      top.offer(values[p]!, costs[p]!, () => maskMembers(masks[p]!));
    }
    return top.items;
  };
}
