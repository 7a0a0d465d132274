import { sortIndicesByKeyDesc } from '../stats/sort-indices';
import { type BlockPass, addInto } from './blocks';
import { type DrawCache, drawPartialValues } from './smaa-plain-draws';
import type { CompiledSmaaProblem } from './smaa-problem';

/** Utilities within 1e-12 · max(1, |best of the group|) tie and split their ranks equally. */
export const UTILITY_TIE = 1e-12;

/**
 * Stream numbers (see Rng.forBlock). Weights and performance draw from separate streams, so the
 * confidence pass replays exactly the main pass's performance draws (one set of draws serves
 * both, as in R smaa, where smaa.cf takes the same measurements as smaa.ranks).
 */
export const WEIGHT_STREAM = 1;
export const PERFORMANCE_STREAM = 2;

/** Partial sums of the main pass; n² entries for rank and win, n·m for the central weights. */
export interface MainSums {
  /** rank[i * n + r]: samples (tie shares) in which alternative i has rank r + 1. */
  rank: Float64Array;
  /** win[a * n + b]: samples in which a ranks before b (a tie counts ½ to each). */
  win: Float64Array;
  /** first[i] = rank[i * n + 0], kept apart for the central weights. */
  first: Float64Array;
  /** Σ share · w_j and Σ share · w_j² over the samples in which i is first. */
  central: Float64Array;
  centralSq: Float64Array;
}

/** order ← 0..n−1 sorted by utility descending, ties by index (insertion sort for small n). */
function sortByUtility(
  u: Float64Array,
  order: Int32Array,
  compare: (x: number, y: number) => number,
): void {
  const n = order.length;
  for (let k = 0; k < n; k++) order[k] = k;
  if (n > 48) order.sort(compare);
  else sortIndicesByKeyDesc(order, u);
}

/**
 * The main SMAA-2 pass: per sample, weights (drawn, or the given row), performance (unless
 * exact), utilities u_i = Σ_j w_j v_ij, the ranking with tie groups, and the sums of every
 * descriptive measure. All scratch arrays are allocated once per pass.
 */
export function plainMainPass(
  p: CompiledSmaaProblem,
  exactValues: Float64Array | null,
  cache: DrawCache | null = null,
): BlockPass<MainSums> {
  const { n, m } = p;
  const w = new Float64Array(m);
  const pv = exactValues ?? new Float64Array(n * m);
  const u = new Float64Array(n);
  const order = new Int32Array(n);
  const compare = (x: number, y: number) => u[y]! - u[x]! || x - y;
  const ws = p.weightSamples;
  const sampler = p.sampler;
  return {
    samples: p.samples,
    seed: p.seed,
    streams: [WEIGHT_STREAM, PERFORMANCE_STREAM],
    createPartial: () => ({
      rank: new Float64Array(n * n),
      win: new Float64Array(n * n),
      first: new Float64Array(n),
      central: new Float64Array(n * m),
      centralSq: new Float64Array(n * m),
    }),
    clearPartial: (s) => {
      s.rank.fill(0);
      s.win.fill(0);
      s.first.fill(0);
      s.central.fill(0);
      s.centralSq.fill(0);
    },
    mergePartial: (total, s) => {
      addInto(total.rank, s.rank);
      addInto(total.win, s.win);
      addInto(total.first, s.first);
      addInto(total.central, s.central);
      addInto(total.centralSq, s.centralSq);
    },
    runRange(sums, [weightRng, performanceRng], from, to) {
      const { rank, win, first, central, centralSq } = sums;
      for (let t = from; t < to; t++) {
        if (ws !== null) for (let j = 0; j < m; j++) w[j] = ws[t * m + j]!;
        else sampler!.sample(weightRng!, w);
        // With a cache the draw goes straight to its slot and is read from there.
        const values = cache !== null ? cache.values : pv;
        const base = cache !== null ? t * n * m : 0;
        if (exactValues === null) drawPartialValues(p, performanceRng!, t, values, base);
        for (let i = 0; i < n; i++) {
          let acc = 0;
          const row = base + i * m;
          for (let j = 0; j < m; j++) acc += w[j]! * values[row + j]!;
          u[i] = acc;
        }
        sortByUtility(u, order, compare);
        for (let g = 0; g < n;) {
          const top = u[order[g]!]!;
          const tol = UTILITY_TIE * Math.max(1, Math.abs(top));
          let end = g + 1;
          while (end < n && top - u[order[end]!]! <= tol) end++;
          const share = 1 / (end - g);
          for (let k = g; k < end; k++) {
            const i = order[k]!;
            const rowN = i * n;
            for (let r = g; r < end; r++) rank[rowN + r] = rank[rowN + r]! + share;
            if (g === 0) {
              first[i] = first[i]! + share;
              for (let j = 0; j < m; j++) {
                const x = w[j]!;
                central[i * m + j] = central[i * m + j]! + share * x;
                centralSq[i * m + j] = centralSq[i * m + j]! + share * x * x;
              }
            }
            for (let q = g; q < end; q++)
              if (q !== k) win[rowN + order[q]!] = win[rowN + order[q]!]! + 0.5;
            for (let q = end; q < n; q++) win[rowN + order[q]!] = win[rowN + order[q]!]! + 1;
          }
          g = end;
        }
      }
    },
  };
}

/** Central weight vectors (n × m, NaN rows for alternatives never first) from the main sums. */
export function centralWeightsOf(p: CompiledSmaaProblem, sums: MainSums): Float64Array {
  const { n, m } = p;
  const out = new Float64Array(n * m).fill(NaN);
  for (let i = 0; i < n; i++) {
    const f = sums.first[i]!;
    if (f > 0) for (let j = 0; j < m; j++) out[i * m + j] = sums.central[i * m + j]! / f;
  }
  return out;
}

/** u_k at the central weights of i (row i of `central`) over the partial values at `base`. */
function utilityAt(
  central: Float64Array,
  i: number,
  pv: Float64Array,
  base: number,
  k: number,
  m: number,
): number {
  let u = 0;
  for (let j = 0; j < m; j++) u += central[i * m + j]! * pv[base + k * m + j]!;
  return u;
}

/**
 * Share of alternative i being first (ties split) at the central weights of i, over the partial
 * values pv. Stops at the first alternative that beats i, trying first the one that beat i last
 * time (`beater[i]`), usually the same one. The order of the checks cannot change the share.
 */
function firstShareAt(
  p: CompiledSmaaProblem,
  central: Float64Array,
  i: number,
  pv: Float64Array,
  base: number,
  beater: Int32Array,
): number {
  const { n, m } = p;
  const ui = utilityAt(central, i, pv, base, i, m);
  const tol = UTILITY_TIE * Math.max(1, Math.abs(ui));
  const hint = beater[i]!;
  if (hint !== i && utilityAt(central, i, pv, base, hint, m) - ui > tol) return 0;
  let tied = 1;
  for (let k = 0; k < n; k++) {
    if (k === i) continue;
    const uk = utilityAt(central, i, pv, base, k, m);
    if (uk - ui > tol) {
      beater[i] = k;
      return 0;
    }
    if (ui - uk <= tol) tied++;
  }
  return 1 / tied;
}

/** Alternatives that have central weights (were ever first). */
function candidatesOf(p: CompiledSmaaProblem, central: Float64Array): Int32Array {
  return Int32Array.from(
    Array.from({ length: p.n }, (_, i) => i).filter((i) => !Number.isNaN(central[i * p.m]!)),
  );
}

/**
 * Confidence factors (Lahdelma & Salminen 2001): the share of performance draws in which i is
 * first when the weights are fixed at i's central weights. The draws are the main pass's own
 * (replayed from its performance stream, or read from its cache), and one draw serves every
 * alternative.
 */
export function plainConfidencePass(
  p: CompiledSmaaProblem,
  central: Float64Array,
  cache: DrawCache | null = null,
): BlockPass<Float64Array> {
  const { n, m } = p;
  const scratch = new Float64Array(n * m);
  const candidates = candidatesOf(p, central);
  const beater = Int32Array.from({ length: n }, (_, i) => i);
  return {
    samples: p.samples,
    seed: p.seed,
    streams: [PERFORMANCE_STREAM],
    createPartial: () => new Float64Array(n),
    clearPartial: (s) => s.fill(0),
    mergePartial: addInto,
    runRange(conf, [rng], from, to) {
      for (let t = from; t < to; t++) {
        // Cached values are read in place (offset t·n·m), without a view object per sample.
        const pv = cache !== null ? cache.values : scratch;
        const base = cache !== null ? t * n * m : 0;
        if (cache === null) drawPartialValues(p, rng!, t, scratch);
        for (let c = 0; c < candidates.length; c++) {
          const i = candidates[c]!;
          conf[i] = conf[i]! + firstShareAt(p, central, i, pv, base, beater);
        }
      }
    },
  };
}

/** With exact values one evaluation at the central weights decides each confidence factor. */
export function exactConfidence(
  p: CompiledSmaaProblem,
  central: Float64Array,
  pv: Float64Array,
): Float64Array {
  const out = new Float64Array(p.n);
  const beater = Int32Array.from({ length: p.n }, (_, i) => i);
  for (const i of candidatesOf(p, central)) out[i] = firstShareAt(p, central, i, pv, 0, beater);
  return out;
}
