import type { CompiledModel } from '../packages/compile';
import { type BlockPass, addInto } from './blocks';
import { type PackageLayout, createValueEvaluator } from './smaa-package-values';
import type { WeightSampler } from './weight-sampling';

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
  /** The top K packages by likely value (likely-rank order): the pairwise-winning set. */
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
  const cellLow = Float64Array.from(cells, (c) => compiled.impactLow[c]!);
  const cellHigh = Float64Array.from(cells, (c) => compiled.impactHigh[c]!);
  const cellSplit = Float64Array.from(
    cells,
    (c) =>
      (compiled.impact[c]! - compiled.impactLow[c]!) /
      (compiled.impactHigh[c]! - compiled.impactLow[c]!),
  );
  const cellLeft = Float64Array.from(
    cells,
    (c) =>
      (compiled.impactHigh[c]! - compiled.impactLow[c]!) *
      (compiled.impact[c]! - compiled.impactLow[c]!),
  );
  const cellRight = Float64Array.from(
    cells,
    (c) =>
      (compiled.impactHigh[c]! - compiled.impactLow[c]!) *
      (compiled.impactHigh[c]! - compiled.impact[c]!),
  );
  const impact = Float64Array.from(compiled.impact);
  const uniforms = new Float64Array(cellIndex.length);
  const w = new Float64Array(m);
  const evaluate = createValueEvaluator(t);
  const value = new Float64Array(count);
  const top = new Int32Array(k);
  const tracked = t.tracked;

  const before = (a: number, b: number): boolean => {
    const va = value[a]!;
    const vb = value[b]!;
    if (va > vb + PACKAGE_TIE) return true;
    if (vb > va + PACKAGE_TIE) return false;
    const ca = cost[a]!;
    const cb = cost[b]!;
    return ca < cb || (ca === cb && a < b);
  };

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
      for (let t2 = from; t2 < to; t2++) {
        if (weightSamples !== null) for (let j = 0; j < m; j++) w[j] = weightSamples[t2 * m + j]!;
        else sampler!.sample(weightRng!, w);
        impactRng!.fill32(uniforms, cellIndex.length);
        for (let q = 0; q < cellIndex.length; q++) {
          const u = uniforms[q]!;
          impact[cellIndex[q]!] =
            u < cellSplit[q]!
              ? cellLow[q]! + Math.sqrt(u * cellLeft[q]!)
              : cellHigh[q]! - Math.sqrt((1 - u) * cellRight[q]!);
        }
        evaluate(w, impact, value);
        // Top K by insertion into a short sorted buffer: most packages fail the first comparison,
        // against the K-th value kept in a local (below it nothing can enter).
        let filled = 0;
        let floor = -Infinity;
        for (let p = 0; p < count; p++) {
          const v = value[p]!;
          if (v < floor || (filled === k && !before(p, top[k - 1]!))) continue;
          let pos = filled < k ? filled++ : k - 1;
          while (pos > 0 && before(p, top[pos - 1]!)) {
            top[pos] = top[pos - 1]!;
            pos--;
          }
          top[pos] = p;
          if (filled === k) floor = value[top[k - 1]!]! - PACKAGE_TIE;
        }
        sums.best[top[0]!]!++;
        for (let r = 0; r < filled; r++) {
          const slot = slotFor(sums, top[r]!, k);
          sums.slotRanks[slot * k + r]!++;
        }
        for (let a = 0; a < k; a++) {
          for (let b = a + 1; b < k; b++) {
            if (before(tracked[a]!, tracked[b]!)) sums.win[a * k + b]!++;
            else sums.win[b * k + a]!++;
          }
        }
      }
    },
  };
}
