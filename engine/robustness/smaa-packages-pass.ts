import type { CompiledModel } from '../packages/compile';
import { type BlockPass, addInto } from './blocks';
import { type PackageLayout, createValueEvaluator } from './smaa-package-values';
import type { WeightSampler } from './weight-sampling';
import { triangularCells, triangularRowsInPlace } from '../random/triangular-cells';
import { DRAW_BATCH } from './smaa-problem';

/** Package values within this distance tie and go by lower cost, then listing order. */
export const PACKAGE_TIE = 1e-12;

/** Stream numbers (see Rng.forBlock): cause weights and impacts draw apart. */
export const PACKAGE_WEIGHT_STREAM = 11;
export const PACKAGE_IMPACT_STREAM = 12;

/** The feasible packages and everything the pass reads, in flat typed arrays. */
export interface PackageTables extends PackageLayout {
  compiled: CompiledModel;
  samples: number;
  seed: number;
  /** K: ranks tracked. */
  k: number;
  sampler: WeightSampler | null;
  weightSamples: Float64Array | null;
  weightSampling: string;
  cost: Float64Array;
  likely: Float64Array;
  likelyRank: Int32Array;
  /** Every package by likely rank; its first K are the pairwise-winning set (`tracked`). */
  likelyOrder: Int32Array;
  tracked: Int32Array;
}

/**
 * Counts of one block (all integers, so merging is exact in any order). Rank counts are sparse:
 * only packages that ever reach the top K get a row (slot), so memory follows the packages that
 * matter, not the 2^n feasible ones.
 */
export interface PackageSums {
  best: Float64Array;
  /** slotOf[p]: the row of package p in slotRanks, −1 if it never reached the top K. */
  slotOf: Int32Array;
  slotPackage: Int32Array;
  slotRanks: Float64Array;
  slots: number;
  /** win[a * K + b]: samples in which tracked package a ranks before tracked package b. */
  win: Float64Array;
}

function slotFor(s: PackageSums, p: number, k: number): number {
  let slot = s.slotOf[p]!;
  if (slot >= 0) return slot;
  slot = s.slots++;
  if (slot === s.slotPackage.length) {
    const pk = new Int32Array(slot * 2);
    pk.set(s.slotPackage);
    s.slotPackage = pk;
    const rk = new Float64Array(slot * 2 * k);
    rk.set(s.slotRanks);
    s.slotRanks = rk;
  }
  s.slotOf[p] = slot;
  s.slotPackage[slot] = p;
  return slot;
}

/**
 * Whether the package of likely rank a ranks before that of likely rank b in this sample (values
 * and costs by likely rank, pkg[r] the package): higher value, then (a tie) lower cost, then
 * listing order.
 */
function before(
  value: Float64Array,
  cost: Float64Array,
  pkg: Int32Array,
  a: number,
  b: number,
): boolean {
  const va = value[a]!;
  const vb = value[b]!;
  if (va > vb + PACKAGE_TIE) return true;
  if (vb > va + PACKAGE_TIE) return false;
  const ca = cost[a]!;
  const cb = cost[b]!;
  return ca < cb || (ca === cb && pkg[a]! < pkg[b]!);
}

/**
 * The top K packages of one sample, best first, as likely ranks into top[0 .. K); returns how
 * many (K unless fewer packages). By insertion into a short sorted buffer, in likely order so
 * that the buffer holds good packages from the start: most packages then fail the first
 * comparison, against the K-th value kept in a local (below it nothing can enter). The values
 * come in likely order too, so the scan reads them one after the other. Values within
 * PACKAGE_TIE are rounding-level ties, among which lower cost then listing order is a total
 * order, so the scan order does not change the top K (seeded runs match the index-order scan).
 * A module function with its arrays as arguments, like the other per-sample loops (see
 * fillCauseTables).
 */
function selectTop(
  value: Float64Array,
  cost: Float64Array,
  pkg: Int32Array,
  count: number,
  top: Int32Array,
  k: number,
): number {
  let filled = 0;
  let floor = -Infinity;
  for (let r = 0; r < count; r++) {
    if (value[r]! < floor || (filled === k && !before(value, cost, pkg, r, top[k - 1]!))) continue;
    let pos = filled < k ? filled++ : k - 1;
    while (pos > 0 && before(value, cost, pkg, r, top[pos - 1]!)) {
      top[pos] = top[pos - 1]!;
      pos--;
    }
    top[pos] = r;
    if (filled === k) floor = value[top[k - 1]!]! - PACKAGE_TIE;
  }
  return filled;
}

/**
 * win[a·K + b] += 1 for every pair of tracked packages (the first K by likely rank, so ranks
 * a, b < K) where a ranks before b in this sample (the `before` order). A pair further apart
 * than PACKAGE_TIE (nearly always) is decided by the values alone and counted without a branch
 * on which one won, a coin flip the CPU cannot predict.
 */
function countWins(
  win: Float64Array,
  value: Float64Array,
  cost: Float64Array,
  pkg: Int32Array,
  k: number,
): void {
  for (let a = 0; a < k; a++) {
    const va = value[a]!;
    for (let b = a + 1; b < k; b++) {
      const vb = value[b]!;
      // The same tests as `before`, as 0/1 numbers: exactly one holds unless the two tie.
      let first = +(va > vb + PACKAGE_TIE);
      if (first + +(vb > va + PACKAGE_TIE) === 0) first = +before(value, cost, pkg, a, b);
      win[a * k + b] = win[a * k + b]! + first;
      win[b * k + a] = win[b * k + a]! + (1 - first);
    }
  }
}

/**
 * One sample: draw the cause weights and the uncertain impacts, evaluate every feasible package
 * exactly (createValueEvaluator), keep the top K by insertion into a short sorted buffer, and
 * count.
 */
export function packagePass(t: PackageTables): BlockPass<PackageSums> {
  const { compiled, k, cost, sampler, weightSamples } = t;
  const m = compiled.causeIds.length;
  const n = compiled.measureIds.length;
  const count = t.packages.length;
  // Uncertain cells: triangular(low, likely, high) by inverting the CDF with one uniform.
  const cells: number[] = [];
  for (let c = 0; c < n * m; c++)
    if (compiled.impactHigh[c]! > compiled.impactLow[c]!) cells.push(c);
  const cellIndex = Int32Array.from(cells);
  const triangular = triangularCells(cells.length, (q) => ({
    min: compiled.impactLow[cells[q]!]!,
    mode: compiled.impact[cells[q]!]!,
    max: compiled.impactHigh[cells[q]!]!,
  }));
  const impact = Float64Array.from(compiled.impact);
  // A batch of samples' impact draws, row after row (see runRange).
  const draws = new Float64Array(DRAW_BATCH * cellIndex.length);
  const w = new Float64Array(m);
  // Values, costs and the top K by likely rank (see selectTop).
  const likelyOrder = t.likelyOrder;
  const evaluate = createValueEvaluator(t, likelyOrder);
  const costByRank = Float64Array.from(likelyOrder, (p) => cost[p]!);
  const value = new Float64Array(count);
  const top = new Int32Array(k);

  return {
    samples: t.samples,
    seed: t.seed,
    streams: [PACKAGE_WEIGHT_STREAM, PACKAGE_IMPACT_STREAM],
    createPartial: () => ({
      best: new Float64Array(count),
      slotOf: new Int32Array(count).fill(-1),
      slotPackage: new Int32Array(16),
      slotRanks: new Float64Array(16 * k),
      slots: 0,
      win: new Float64Array(k * k),
    }),
    clearPartial: (s) => {
      s.best.fill(0);
      for (let q = 0; q < s.slots; q++) s.slotOf[s.slotPackage[q]!] = -1;
      s.slotRanks.fill(0, 0, s.slots * k);
      s.slots = 0;
      s.win.fill(0);
    },
    mergePartial: (total, s) => {
      addInto(total.best, s.best);
      addInto(total.win, s.win);
      for (let q = 0; q < s.slots; q++) {
        const slot = slotFor(total, s.slotPackage[q]!, k);
        for (let r = 0; r < k; r++) {
          total.slotRanks[slot * k + r] = total.slotRanks[slot * k + r]! + s.slotRanks[q * k + r]!;
        }
      }
    },
    runRange(sums, [weightRng, impactRng], from, to) {
      const cellsDrawn = cellIndex.length;
      for (let t2 = from; t2 < to; t2++) {
        const row = (t2 - from) % DRAW_BATCH;
        if (row === 0) {
          // The uniforms of the next samples in one go, in the order one fill32 per sample
          // would take them, then turned into impacts cell by cell.
          const rows = Math.min(DRAW_BATCH, to - t2);
          impactRng!.fill32(draws, rows * cellsDrawn);
          triangularRowsInPlace(triangular, draws, rows);
        }
        if (weightSamples !== null) for (let j = 0; j < m; j++) w[j] = weightSamples[t2 * m + j]!;
        else sampler!.sample(weightRng!, w);
        for (let q = 0, d = row * cellsDrawn; q < cellsDrawn; q++, d++) {
          impact[cellIndex[q]!] = draws[d]!;
        }
        evaluate(w, impact, value);
        const filled = selectTop(value, costByRank, likelyOrder, count, top, k);
        sums.best[likelyOrder[top[0]!]!]!++;
        for (let r = 0; r < filled; r++) {
          const slot = slotFor(sums, likelyOrder[top[r]!]!, k);
          sums.slotRanks[slot * k + r]!++;
        }
        countWins(sums.win, value, costByRank, likelyOrder, k);
      }
    },
  };
}
