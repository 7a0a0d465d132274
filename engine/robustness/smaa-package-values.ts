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
 * Chooses the faster exact evaluator; with `order`, value[r] is V of package order[r] (the
 * package pass reads its values in likely order, one after the other). Coverage of cause j depends only on which of the measures
 * touching j (N_j) are in the package, so when the 2^|N_j| subsets are few, each sample builds
 * one small table per cause (w_j · v_j for every subset of N_j, one multiply per entry) and a
 * package's value is m table look-ups. Otherwise the depth-first evaluator walks the packages in
 * enumeration order, sharing each prefix with the previous package.
 */
export function createValueEvaluator(
  t: PackageLayout,
  order: Int32Array = identity(t.packages.length),
): ValueEvaluator {
  const m = t.compiled.causeIds.length;
  const entries = tableEntries(touchingMeasures(t.compiled));
  const count = t.packages.length;
  if (entries <= TABLE_ENTRIES_PER_PACKAGE * count && count * m <= MAX_TABLE_INDEX) {
    return tableEvaluator(t, order);
  }
  return reordered(depthFirstEvaluator(t), order);
}

/**
 * From an evaluator writing V in package order, one writing value[r] = V(order[r]). Exported for
 * its test; use createValueEvaluator.
 */
export function reordered(evaluate: ValueEvaluator, order: Int32Array): ValueEvaluator {
  const count = order.length;
  const scratch = new Float64Array(count);
  return (w, impact, value) => {
    evaluate(w, impact, scratch);
    for (let r = 0; r < count; r++) value[r] = scratch[order[r]!]!;
  };
}

function identity(count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, p) => p);
}

/** N_j for every cause j: the measures whose impact on j can be non-zero. */
function touchingMeasures(compiled: PackageLayout['compiled']): number[][] {
  const m = compiled.causeIds.length;
  const n = compiled.measureIds.length;
  return Array.from({ length: m }, (_, j) =>
    [...Array(n).keys()].filter(
      (i) => compiled.impactLow[i * m + j] !== 0 || compiled.impactHigh[i * m + j] !== 0,
    ),
  );
}

const tableEntries = (touching: number[][]): number =>
  touching.reduce((s, list) => s + 2 ** list.length, 0);

/** Exported for the equivalence test against depthFirstEvaluator; use createValueEvaluator. */
export function tableEvaluator(
  t: PackageLayout,
  order: Int32Array = identity(t.packages.length),
): ValueEvaluator {
  const { compiled, packages } = t;
  const synergySum = Float64Array.from(order, (p) => t.synergySum[p]!);
  const touching = touchingMeasures(compiled);
  const entries = tableEntries(touching);
  const m = compiled.causeIds.length;
  const count = packages.length;
  const additive = compiled.additive;
  const offset = new Int32Array(m + 1);
  touching.forEach((list, j) => (offset[j + 1] = offset[j]! + 2 ** list.length));
  // Bit b of cause j's masks is measure touching[j][b]: its impact cell, and where each cause's
  // bits start in that list.
  const bitStart = new Int32Array(m + 1);
  touching.forEach((list, j) => (bitStart[j + 1] = bitStart[j]! + list.length));
  const bitCell = Int32Array.from(touching.flatMap((list, j) => list.map((i) => i * m + j)));
  // A cause whose cells can only mitigate (low ≥ 0, saturating model) needs no adverse sums.
  const mitigating = Uint8Array.from(
    touching,
    (list, j) => +(!additive && list.every((i) => compiled.impactLow[i * m + j]! >= 0)),
  );
  // Look-ups padded to a multiple of 4 per package (the padding reads entry 0, the empty subset
  // of cause 0, always 0), so the loop below adds four independent running sums.
  const width = 4 * Math.ceil(m / 4);
  const index = new Int32Array(count * width);
  order.forEach((p, r) => {
    const inPkg = new Set(packages[p]);
    touching.forEach((list, j) => {
      let mask = 0;
      list.forEach((i, bit) => {
        if (inPkg.has(i)) mask |= 1 << bit;
      });
      index[r * width + j] = offset[j]! + mask;
    });
  });
  const remaining = new Float64Array(entries);
  const adverse = new Float64Array(entries);
  const table = new Float64Array(entries);
  const tables: CauseTables = {
    offset,
    bitStart,
    bitCell,
    mitigating,
    additive,
    remaining,
    adverse,
    table,
  };
  return (w, impact, value) => {
    fillCauseTables(tables, m, w, impact);
    if (width === 8) sumLookups8(table, index, synergySum, count, value);
    else sumLookups(table, index, synergySum, count, width, value);
  };
}

/** What fillCauseTables reads and writes (see tableEvaluator). */
interface CauseTables {
  offset: Int32Array;
  bitStart: Int32Array;
  bitCell: Int32Array;
  mitigating: Uint8Array;
  additive: boolean;
  remaining: Float64Array;
  adverse: Float64Array;
  table: Float64Array;
}

/*
 * The per-sample loops below are module functions taking their arrays as arguments: a closure
 * made afresh for every run (as the evaluator is) runs them markedly slower in V8, which only
 * specialises code to the variables of a closure it has seen once.
 */

/**
 * table[offset[j] + mask] = w_j · v_j(subset `mask` of N_j) for every cause j. Each subset
 * extends the subset without its lowest bit (remaining ← remaining − remaining · e, or
 * adverse ← adverse + e, for that bit's impact e). Taking the bits from the highest down, the
 * subsets whose lowest bit is b are 2^b plus each subset of the higher bits, all already done,
 * so one loop per bit applies one impact, held in a register, to a strided run of entries.
 */
function fillCauseTables(t: CauseTables, m: number, w: Float64Array, impact: Float64Array): void {
  const { offset, bitStart, bitCell, mitigating, additive, remaining, adverse, table } = t;
  for (let j = 0; j < m; j++) {
    const o = offset[j]!;
    const end = offset[j + 1]!;
    const wj = w[j]!;
    remaining[o] = 1;
    adverse[o] = 0;
    table[o] = 0;
    for (let b = bitStart[j + 1]! - bitStart[j]! - 1; b >= 0; b--) {
      const e = impact[bitCell[bitStart[j]! + b]!]!;
      const low = 1 << b;
      const step = 2 * low;
      if (mitigating[j] === 1) {
        for (let q = o; q < end; q += step) {
          let rem = remaining[q]!;
          rem -= rem * e;
          remaining[q + low] = rem;
          table[q + low] = wj * (1 - rem);
        }
      } else if (additive || e < 0) {
        for (let q = o; q < end; q += step) {
          const rem = remaining[q]!;
          const adv = adverse[q]! + e;
          remaining[q + low] = rem;
          adverse[q + low] = adv;
          table[q + low] = wj * (1 - rem + adv);
        }
      } else {
        for (let q = o; q < end; q += step) {
          let rem = remaining[q]!;
          rem -= rem * e;
          const adv = adverse[q]!;
          remaining[q + low] = rem;
          adverse[q + low] = adv;
          table[q + low] = wj * (1 - rem + adv);
        }
      }
    }
  }
}

/** The default eight causes, unrolled: no inner loop at all. */
function sumLookups8(
  table: Float64Array,
  index: Int32Array,
  synergySum: Float64Array,
  count: number,
  value: Float64Array,
): void {
  for (let p = 0, k = 0; p < count; p++, k += 8) {
    const a =
      table[index[k]!]! + table[index[k + 1]!]! + (table[index[k + 2]!]! + table[index[k + 3]!]!);
    const b =
      table[index[k + 4]!]! +
      table[index[k + 5]!]! +
      (table[index[k + 6]!]! + table[index[k + 7]!]!);
    value[p] = synergySum[p]! + (a + b);
  }
}

/** V(P) = synergy + Σ_j table look-ups, in four running sums (width a multiple of 4). */
function sumLookups(
  table: Float64Array,
  index: Int32Array,
  synergySum: Float64Array,
  count: number,
  width: number,
  value: Float64Array,
): void {
  for (let p = 0, k = 0; p < count; p++) {
    let a0 = synergySum[p]!;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    for (const end = k + width; k < end; k += 4) {
      a0 += table[index[k]!]!;
      a1 += table[index[k + 1]!]!;
      a2 += table[index[k + 2]!]!;
      a3 += table[index[k + 3]!]!;
    }
    value[p] = a0 + a1 + (a2 + a3);
  }
}

/**
 * Values built along the enumeration order with the weights folded in: R_j = w_j Π(1 − e⁺_ij)
 * per depth, so adding measure i costs a row copy and one pass over its non-zero causes.
 * Exported for the equivalence test against tableEvaluator; use createValueEvaluator.
 */
export function depthFirstEvaluator(t: PackageLayout): ValueEvaluator {
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
