import { type BlockPass, addInto } from './blocks';
import { type DrawCache, drawPartialValuesRange } from './smaa-plain-draws';
import { type CompiledSmaaProblem, DRAW_BATCH } from './smaa-problem';

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

/** Up to this many alternatives a sample's order comes from rankByCounting, above from a sort. */
const COUNTING_RANK_MAX = 16;

/**
 * order ← 0..n−1 sorted by utility descending, ties by index. For small n, rankByCounting; for
 * more, a stable insertion sort written for this Int32Array alone (a shared helper also sorting
 * plain arrays would see both kinds and slow down for each); past 48, Array.prototype.sort.
 */
function sortByUtility(
  u: Float64Array,
  order: Int32Array,
  compare: (x: number, y: number) => number,
): void {
  const n = order.length;
  if (n <= COUNTING_RANK_MAX) {
    rankByCounting(u, order, n);
    return;
  }
  if (n > 48) {
    for (let k = 0; k < n; k++) order[k] = k;
    order.sort(compare);
    return;
  }
  order[0] = 0;
  for (let q = 1; q < n; q++) {
    const value = u[q]!;
    let r = q - 1;
    while (r >= 0 && u[order[r]!]! < value) {
      order[r + 1] = order[r]!;
      r--;
    }
    order[r + 1] = q;
  }
}

/**
 * The stable descending order by counting: alternative i goes to position #{k : u_k > u_i} +
 * #{k < i : u_k = u_i}, which is where a stable sort puts it. n² comparisons, but each only adds
 * 0 or 1, whereas a sort's comparisons steer jumps the CPU mispredicts about half the time on
 * random utilities; for a handful of alternatives that is the cheaper of the two.
 */
function rankByCounting(u: Float64Array, order: Int32Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const ui = u[i]!;
    let pos = 0;
    for (let k = 0; k < i; k++) pos += +(u[k]! >= ui);
    for (let k = i + 1; k < n; k++) pos += +(u[k]! > ui);
    order[pos] = i;
  }
}

/**
 * Credits one sample's ranking (order, by utility) to the sums: tie groups (utilities within
 * UTILITY_TIE of the group's best) split their ranks. A group of one, nearly every group, is
 * credited here directly; ties go to creditTieGroup.
 */
function creditRanking(
  sums: MainSums,
  u: Float64Array,
  order: Int32Array,
  w: Float64Array,
  n: number,
  m: number,
): void {
  const { rank, win } = sums;
  for (let g = 0; g < n;) {
    const i = order[g]!;
    const top = u[i]!;
    const tol = UTILITY_TIE * Math.max(1, Math.abs(top));
    let end = g + 1;
    while (end < n && top - u[order[end]!]! <= tol) end++;
    if (end !== g + 1) {
      creditTieGroup(sums, order, w, n, m, g, end);
      g = end;
      continue;
    }
    const rowN = i * n;
    rank[rowN + g] = rank[rowN + g]! + 1;
    if (g === 0) creditFirst(sums, i, 1, w, m);
    for (let q = end; q < n; q++) win[rowN + order[q]!] = win[rowN + order[q]!]! + 1;
    g = end;
  }
}

/** Alternative i is first with this share (1, or its part of a tie): its central-weight sums. */
function creditFirst(sums: MainSums, i: number, share: number, w: Float64Array, m: number): void {
  const { first, central, centralSq } = sums;
  first[i] = first[i]! + share;
  // 1 · x is x exactly, so a whole first place adds what the plain sum would.
  for (let j = 0, o = i * m; j < m; j++, o++) {
    const x = w[j]!;
    central[o] = central[o]! + share * x;
    centralSq[o] = centralSq[o]! + share * x * x;
  }
}

/**
 * Credits ranks g + 1 … end to the tied alternatives order[g .. end): each gets 1/(end − g)
 * of each rank, wins ½ against the others of the group and 1 against everyone after it.
 */
function creditTieGroup(
  sums: MainSums,
  order: Int32Array,
  w: Float64Array,
  n: number,
  m: number,
  g: number,
  end: number,
): void {
  const { rank, win } = sums;
  const share = 1 / (end - g);
  for (let k = g; k < end; k++) {
    const i = order[k]!;
    const rowN = i * n;
    for (let r = g; r < end; r++) rank[rowN + r] = rank[rowN + r]! + share;
    if (g === 0) creditFirst(sums, i, share, w, m);
    for (let q = g; q < end; q++) if (q !== k) win[rowN + order[q]!] = win[rowN + order[q]!]! + 0.5;
    for (let q = end; q < n; q++) win[rowN + order[q]!] = win[rowN + order[q]!]! + 1;
  }
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
  const pv = exactValues ?? new Float64Array(DRAW_BATCH * n * m);
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
      for (let t0 = from; t0 < to; t0 += DRAW_BATCH) {
        const t1 = Math.min(to, t0 + DRAW_BATCH);
        // With a cache the draws go straight to their slots and are read from there.
        const values = cache !== null ? cache.values : pv;
        const first = cache !== null ? t0 * n * m : 0;
        if (exactValues === null) drawPartialValuesRange(p, performanceRng!, t0, t1, values, first);
        for (let t = t0; t < t1; t++) {
          if (ws !== null) for (let j = 0; j < m; j++) w[j] = ws[t * m + j]!;
          else sampler!.sample(weightRng!, w);
          const base = exactValues === null ? first + (t - t0) * n * m : 0;
          utilitiesInto(u, n, m, w, 0, values, base);
          sortByUtility(u, order, compare);
          creditRanking(sums, u, order, w, n, m);
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

/**
 * u[k] = Σ_j w[wo + j] · pv[base + k·m + j] for every alternative k, each sum in criterion
 * order (so bit for bit a plain dot product), four alternatives at a time: their sums are
 * independent, so the CPU overlaps them instead of waiting on one chain of dependent additions
 * after another. A last block with fewer than four left repeats the last alternative (the
 * repeat writes the same value again).
 */
export function utilitiesInto(
  u: Float64Array,
  n: number,
  m: number,
  w: Float64Array,
  wo: number,
  pv: Float64Array,
  base: number,
): void {
  if (m === 8) {
    utilitiesOf8(u, n, w, wo, pv, base);
    return;
  }
  for (let k = 0; k < n; k += 4) {
    const k1 = Math.min(k + 1, n - 1);
    const k2 = Math.min(k + 2, n - 1);
    const k3 = Math.min(k + 3, n - 1);
    const o0 = base + k * m;
    const o1 = base + k1 * m;
    const o2 = base + k2 * m;
    const o3 = base + k3 * m;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    for (let j = 0; j < m; j++) {
      const wj = w[wo + j]!;
      a0 += wj * pv[o0 + j]!;
      a1 += wj * pv[o1 + j]!;
      a2 += wj * pv[o2 + j]!;
      a3 += wj * pv[o3 + j]!;
    }
    u[k] = a0;
    u[k1] = a1;
    u[k2] = a2;
    u[k3] = a3;
  }
}

/**
 * utilitiesInto for eight criteria (the app's eight causes): the weights held in locals and each
 * row summed straight through, the same sums in the same order. Written out, the loop reads one
 * number per multiply-add instead of two, which makes it about a quarter faster.
 */
function utilitiesOf8(
  u: Float64Array,
  n: number,
  w: Float64Array,
  wo: number,
  pv: Float64Array,
  base: number,
): void {
  const w0 = w[wo]!;
  const w1 = w[wo + 1]!;
  const w2 = w[wo + 2]!;
  const w3 = w[wo + 3]!;
  const w4 = w[wo + 4]!;
  const w5 = w[wo + 5]!;
  const w6 = w[wo + 6]!;
  const w7 = w[wo + 7]!;
  for (let k = 0, o = base; k < n; k++, o += 8) {
    let a = 0;
    a += w0 * pv[o]!;
    a += w1 * pv[o + 1]!;
    a += w2 * pv[o + 2]!;
    a += w3 * pv[o + 3]!;
    a += w4 * pv[o + 4]!;
    a += w5 * pv[o + 5]!;
    a += w6 * pv[o + 6]!;
    a += w7 * pv[o + 7]!;
    u[k] = a;
  }
}

/**
 * Share of alternative i being first (ties split) among the utilities u (computed at i's
 * central weights): 0 as soon as another alternative beats i.
 */
function firstShare(u: Float64Array, n: number, i: number): number {
  const ui = u[i]!;
  const tol = UTILITY_TIE * Math.max(1, Math.abs(ui));
  let tied = 1;
  for (let k = 0; k < n; k++) {
    if (k === i) continue;
    const uk = u[k]!;
    if (uk - ui > tol) return 0;
    if (ui - uk <= tol) tied++;
  }
  return 1 / tied;
}

/**
 * Whether alternative r beats i (by more than the tie tolerance, as in firstShare) at the
 * weights w[wo ..]. Their two utilities are summed side by side, each in criterion order from 0,
 * so bit for bit the sums utilitiesInto forms.
 */
function beats(
  pv: Float64Array,
  base: number,
  m: number,
  w: Float64Array,
  wo: number,
  r: number,
  i: number,
): boolean {
  const oi = base + i * m;
  const or = base + r * m;
  let ui = 0;
  let ur = 0;
  for (let j = 0; j < m; j++) {
    const wj = w[wo + j]!;
    ui += wj * pv[oi + j]!;
    ur += wj * pv[or + j]!;
  }
  return ur - ui > UTILITY_TIE * Math.max(1, Math.abs(ui));
}

/** The alternative other than i with the highest utility (the likeliest to beat i next time). */
function bestOther(u: Float64Array, n: number, i: number): number {
  let best = i === 0 ? 1 : 0;
  for (let k = best + 1; k < n; k++) if (k !== i && u[k]! > u[best]!) best = k;
  return best;
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
  const scratch = new Float64Array(cache === null ? DRAW_BATCH * n * m : 0);
  const candidates = candidatesOf(p, central);
  const u = new Float64Array(n);
  // Per candidate, the alternative that last beat it: only where to look first, never part of
  // the result, so it may carry over from block to block.
  const rivals = Int32Array.from(candidates);
  return {
    samples: p.samples,
    seed: p.seed,
    streams: [PERFORMANCE_STREAM],
    createPartial: () => new Float64Array(n),
    clearPartial: (s) => s.fill(0),
    mergePartial: addInto,
    runRange(conf, [rng], from, to) {
      for (let t0 = from; t0 < to; t0 += DRAW_BATCH) {
        const t1 = Math.min(to, t0 + DRAW_BATCH);
        // Cached values are read in place (offset t·n·m), without a view object per sample.
        const pv = cache !== null ? cache.values : scratch;
        const first = cache !== null ? t0 * n * m : 0;
        if (cache === null) drawPartialValuesRange(p, rng!, t0, t1, scratch, 0);
        for (let t = t0; t < t1; t++) {
          const base = first + (t - t0) * n * m;
          for (let c = 0; c < candidates.length; c++) {
            const i = candidates[c]!;
            // The one that beat i last time usually does again: then two utilities decide.
            if (rivals[c] !== i && beats(pv, base, m, central, i * m, rivals[c]!, i)) continue;
            utilitiesInto(u, n, m, central, i * m, pv, base);
            const share = firstShare(u, n, i);
            // Adding 0 changes nothing.
            if (share !== 0) conf[i] = conf[i]! + share;
            else rivals[c] = bestOther(u, n, i);
          }
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
  const u = new Float64Array(p.n);
  for (const i of candidatesOf(p, central)) {
    utilitiesInto(u, p.n, p.m, central, i * p.m, pv, 0);
    out[i] = firstShare(u, p.n, i);
  }
  return out;
}
