import type { CompiledModel } from '../packages/compile';

/** What both evaluators read: the feasible packages in lexicographic DFS order. */
export interface PackageLayout {
  compiled: CompiledModel;
  packages: number[][];
  /** Members of package p: members[start[p] .. start[p + 1]). */
  members: Int32Array;
  start: Int32Array;
  /** Members shared with package p − 1 as a prefix. */
  prefix: Int32Array;
  synergySum: Float64Array;
}

/** Writes V(P) of every feasible package for weights w and impacts e (n × m) into `value`. */
export type ValueEvaluator = (w: Float64Array, impact: Float64Array, value: Float64Array) => void;

/** Per-cause tables are used while they hold at most this many entries per feasible package. */
const TABLE_ENTRIES_PER_PACKAGE = 4;
const MAX_TABLE_INDEX = 1 << 22;

/**
 * Chooses the faster exact evaluator. Coverage of cause j depends only on which of the measures
 * touching j (N_j) are in the package, so when the 2^|N_j| subsets are few, each sample builds
 * one small table per cause (w_j · v_j for every subset of N_j, one multiply per entry) and a
 * package's value is m table look-ups. Otherwise the depth-first evaluator walks the packages in
 * enumeration order, sharing each prefix with the previous package.
 */
export function createValueEvaluator(t: PackageLayout): ValueEvaluator {
  const { compiled } = t;
  const m = compiled.causeIds.length;
  const n = compiled.measureIds.length;
  const touching: number[][] = Array.from({ length: m }, (_, j) =>
    [...Array(n).keys()].filter(
      (i) => compiled.impactLow[i * m + j] !== 0 || compiled.impactHigh[i * m + j] !== 0,
    ),
  );
  const entries = touching.reduce((s, list) => s + 2 ** list.length, 0);
  const count = t.packages.length;
  if (entries <= TABLE_ENTRIES_PER_PACKAGE * count && count * m <= MAX_TABLE_INDEX) {
    return tableEvaluator(t, touching, entries);
  }
  return depthFirstEvaluator(t);
}

function tableEvaluator(t: PackageLayout, touching: number[][], entries: number): ValueEvaluator {
  const { compiled, packages, synergySum } = t;
  const m = compiled.causeIds.length;
  const count = packages.length;
  const additive = compiled.additive;
  const offset = new Int32Array(m + 1);
  touching.forEach((list, j) => (offset[j + 1] = offset[j]! + 2 ** list.length));
  // For each table entry (a subset of N_j), the measure its lowest bit adds and the entry without it.
  const addMeasure = new Int32Array(entries);
  const parent = new Int32Array(entries);
  touching.forEach((list, j) => {
    for (let mask = 1; mask < 2 ** list.length; mask++) {
      const low = 31 - Math.clz32(mask & -mask);
      addMeasure[offset[j]! + mask] = list[low]!;
      parent[offset[j]! + mask] = offset[j]! + (mask & (mask - 1));
    }
  });
  const index = new Int32Array(count * m);
  packages.forEach((pkg, p) => {
    const inPkg = new Set(pkg);
    touching.forEach((list, j) => {
      let mask = 0;
      list.forEach((i, bit) => {
        if (inPkg.has(i)) mask |= 1 << bit;
      });
      index[p * m + j] = offset[j]! + mask;
    });
  });
  const remaining = new Float64Array(entries);
  const adverse = new Float64Array(entries);
  const table = new Float64Array(entries);
  return (w, impact, value) => {
    for (let j = 0; j < m; j++) {
      const o = offset[j]!;
      const end = offset[j + 1]!;
      const wj = w[j]!;
      remaining[o] = 1;
      adverse[o] = 0;
      table[o] = 0;
      for (let q = o + 1; q < end; q++) {
        const from = parent[q]!;
        const e = impact[addMeasure[q]! * m + j]!;
        let rem = remaining[from]!;
        let adv = adverse[from]!;
        if (additive || e < 0) adv += e;
        else rem -= rem * e;
        remaining[q] = rem;
        adverse[q] = adv;
        table[q] = wj * (1 - rem + adv);
      }
    }
    // Two running sums halve the chain of dependent additions (the loop is latency-bound).
    for (let p = 0; p < count; p++) {
      let even = synergySum[p]!;
      let odd = 0;
      const base = p * m;
      let j = 0;
      for (; j + 1 < m; j += 2) {
        even += table[index[base + j]!]!;
        odd += table[index[base + j + 1]!]!;
      }
      if (j < m) even += table[index[base + j]!]!;
      value[p] = even + odd;
    }
  };
}

/**
 * Values built along the enumeration order with the weights folded in: R_j = w_j Π(1 − e⁺_ij)
 * per depth, so adding measure i costs a row copy and one pass over its non-zero causes.
 */
function depthFirstEvaluator(t: PackageLayout): ValueEvaluator {
  const { compiled, members, start, prefix, synergySum } = t;
  const m = compiled.causeIds.length;
  const n = compiled.measureIds.length;
  const count = t.packages.length;
  const additive = compiled.additive;
  const nzStart = new Int32Array(n + 1);
  const nzCol: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (compiled.impactLow[i * m + j] !== 0 || compiled.impactHigh[i * m + j] !== 0)
        nzCol.push(j);
    }
    nzStart[i + 1] = nzCol.length;
  }
  const nzCols = Int32Array.from(nzCol);
  const R = new Float64Array((n + 1) * m);
  const depthValue = new Float64Array(n + 1);
  return (w, impact, value) => {
    for (let j = 0; j < m; j++) R[j] = w[j]!;
    depthValue[0] = 0;
    for (let p = 0; p < count; p++) {
      const s0 = start[p]!;
      const len = start[p + 1]! - s0;
      for (let d = prefix[p]!; d < len; d++) {
        const i = members[s0 + d]!;
        const from = d * m;
        const to = from + m;
        for (let j = 0; j < m; j++) R[to + j] = R[from + j]!;
        let dv = 0;
        for (let z = nzStart[i]!; z < nzStart[i + 1]!; z++) {
          const j = nzCols[z]!;
          const e = impact[i * m + j]!;
          if (additive || e < 0) dv += w[j]! * e;
          else {
            const r = R[from + j]!;
            dv += r * e;
            R[to + j] = r - r * e;
          }
        }
        depthValue[d + 1] = depthValue[d]! + dv;
      }
      value[p] = depthValue[len]! + synergySum[p]!;
    }
  };
}
