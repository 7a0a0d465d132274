import { Rng } from '../random/prng';
import { sampleCell } from './distributions';
import {
  type CompiledSmaaProblem,
  type SmaaProblem,
  checkSamples,
  compileSmaaProblem,
} from './smaa-problem';
import { createRankScratch, rankWithTies } from './smaa-ranks';
import {
  type SmaaAsyncRunOptions,
  type SmaaRunOptions,
  runInChunks,
  runInChunksAsync,
} from './smaa-run';
import { createWeightSampler } from './weight-sampling';

export type { SmaaProblem } from './smaa-problem';

/** SMAA-2 (Lahdelma & Salminen 2001) descriptive measures for a plain problem. */
export interface SmaaResult {
  samples: number;
  seed: number;
  /** The [min, max] each criterion's partial value was scaled over. */
  scales: [number, number][];
  /** rankAcceptability[i][r]: share of samples in which alternative i has rank r + 1. */
  rankAcceptability: number[][];
  /** Mean weight vector over the samples in which i is first; null if i is never first. */
  centralWeights: (number[] | null)[];
  /** Share of performance samples in which i is first at its central weights; null without them. */
  confidence: (number | null)[];
  /** How the weights were drawn (bilingual). */
  weightSampling: string;
  conventions: string[];
}

export const SMAA_CONVENTIONS = [
  '部分价值线性：效益型 (x−min)/(max−min)，成本型 (max−x)/(max−min) · partial values linear: benefit (x−min)/(max−min), cost (max−x)/(max−min); values outside the scale extrapolate linearly (no clipping)',
  '未给定 scales 时：各准则取所有单元分布支撑的并集（正态取均值±3σ，对数正态取 exp(μ±3σ)） · without "scales": the union over a criterion\'s cells of their supports (normal: mean ± 3 sd; lognormal: exp(mu ± 3 sigma))',
  '并列时平均分配名次 · ties (|Δu| ≤ 1e-12) split the tied ranks equally, so every row and rank column sums to 1',
  '置信因子：固定中心权重、重新抽样表现值时排第一的比例 · confidence: share of fresh performance samples in which i is first with the weights fixed at its central weights',
  '随机数：xoshiro128**，由种子经 splitmix32 初始化 · random numbers: xoshiro128** seeded through splitmix32; the same seed reproduces the result',
];

interface PlainState {
  problem: CompiledSmaaProblem;
  samples: number;
  seed: number;
  rng: Rng;
  sampleWeights: (rng: Rng, out: Float64Array) => void;
  weightSampling: string;
  w: Float64Array;
  values: Float64Array;
  partial: Float64Array;
  utility: Float64Array;
  rankSum: Float64Array;
  firstSum: Float64Array;
  centralSum: Float64Array;
}

function prepare(input: SmaaProblem): PlainState {
  const problem = compileSmaaProblem(input);
  const samples = checkSamples(input.samples);
  const rng = Rng.fromSeed(input.seed);
  const sampler = createWeightSampler(input.weightInfo, problem.m);
  const { n, m } = problem;
  const state: PlainState = {
    problem,
    samples,
    seed: input.seed,
    rng,
    sampleWeights: sampler.sample,
    weightSampling: sampler.describe,
    w: new Float64Array(m),
    values: new Float64Array(n * m),
    partial: new Float64Array(n * m),
    utility: new Float64Array(n),
    rankSum: new Float64Array(n * n),
    firstSum: new Float64Array(n),
    centralSum: new Float64Array(n * m),
  };
  // Exact problems: the partial values never change, so compute them once.
  if (problem.exact) drawPartialValues(state);
  return state;
}

/** Draws every cell (unless exact) and turns the values into linear partial values. */
function drawPartialValues(s: PlainState): void {
  const { n, m, cells, benefit, scales } = s.problem;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const k = i * m + j;
      const x = sampleCell(s.rng, cells[k]!);
      const [lo, hi] = scales[j]!;
      const width = hi - lo;
      // A criterion with zero width cannot tell alternatives apart: partial value 0 for all.
      s.partial[k] = width > 0 ? (benefit[j] ? (x - lo) / width : (hi - x) / width) : 0;
    }
  }
}

function utilities(s: PlainState, w: Float64Array): void {
  const { n, m } = s.problem;
  for (let i = 0; i < n; i++) {
    let u = 0;
    for (let j = 0; j < m; j++) u += w[j]! * s.partial[i * m + j]!;
    s.utility[i] = u;
  }
}

function mainStep(s: PlainState, from: number, to: number): void {
  const { n, m, exact } = s.problem;
  const scratch = createRankScratch(n);
  const credit = (i: number, r: number, share: number): void => {
    s.rankSum[i * n + r] = s.rankSum[i * n + r]! + share;
    if (r === 0) {
      s.firstSum[i] = s.firstSum[i]! + share;
      for (let j = 0; j < m; j++)
        s.centralSum[i * m + j] = s.centralSum[i * m + j]! + share * s.w[j]!;
    }
  };
  for (let k = from; k < to; k++) {
    s.sampleWeights(s.rng, s.w);
    if (!exact) drawPartialValues(s);
    utilities(s, s.w);
    rankWithTies(s.utility, scratch, credit);
  }
}

function centralWeightsOf(s: PlainState): (number[] | null)[] {
  const { n, m } = s.problem;
  return Array.from({ length: n }, (_, i) => {
    const f = s.firstSum[i]!;
    if (!(f > 0)) return null;
    return Array.from({ length: m }, (_, j) => s.centralSum[i * m + j]! / f);
  });
}

/** Confidence factor of alternative i: `samples` fresh performance draws at weights wc. */
function confidenceStep(s: PlainState, i: number, wc: Float64Array, count: number): number {
  const scratch = createRankScratch(s.problem.n);
  let first = 0;
  const credit = (a: number, r: number, share: number): void => {
    if (a === i && r === 0) first += share;
  };
  for (let k = 0; k < count; k++) {
    if (!s.problem.exact) drawPartialValues(s);
    utilities(s, wc);
    rankWithTies(s.utility, scratch, credit);
  }
  return first;
}

function finish(s: PlainState, confidenceFirst: (number | null)[]): SmaaResult {
  const { n } = s.problem;
  const central = centralWeightsOf(s);
  // With exact values one evaluation decides confidence; stochastic ones use `samples` draws.
  const perAlt = s.problem.exact ? 1 : s.samples;
  return {
    samples: s.samples,
    seed: s.seed,
    scales: s.problem.scales,
    rankAcceptability: Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, r) => s.rankSum[i * n + r]! / s.samples),
    ),
    centralWeights: central,
    confidence: confidenceFirst.map((f) => (f === null ? null : f / perAlt)),
    weightSampling: s.weightSampling,
    conventions: SMAA_CONVENTIONS,
  };
}

function confidencePlan(s: PlainState): { central: (number[] | null)[]; perAlt: number } {
  return { central: centralWeightsOf(s), perAlt: s.problem.exact ? 1 : s.samples };
}

/**
 * Runs SMAA-2: `samples` weight (and performance) draws for the rank acceptabilities and
 * central weights, then `samples` performance draws per alternative for its confidence factor.
 * Progress counts both passes: total = samples × (1 + n) (alternatives without central weights,
 * or exact problems, skip their share at once).
 */
export function runSmaa(input: SmaaProblem, options: SmaaRunOptions = {}): SmaaResult {
  const s = prepare(input);
  const n = s.problem.n;
  const total = s.samples * (1 + n);
  runInChunks(
    s.samples,
    { ...options, onProgress: (d) => options.onProgress?.(d, total) },
    (a, b) => mainStep(s, a, b),
  );
  const { central, perAlt } = confidencePlan(s);
  const firsts = central.map((wc, i) => {
    const offset = s.samples * (1 + i);
    if (wc === null) {
      options.onProgress?.(offset + s.samples, total);
      return null;
    }
    let first = 0;
    const w = Float64Array.from(wc);
    runInChunks(
      perAlt,
      { ...options, onProgress: () => undefined },
      (a, b) => (first += confidenceStep(s, i, w, b - a)),
    );
    options.onProgress?.(offset + s.samples, total);
    return first;
  });
  return finish(s, firsts);
}

/** As runSmaa, awaiting `options.pause` between chunks so a worker can take a cancel message. */
export async function runSmaaAsync(
  input: SmaaProblem,
  options: SmaaAsyncRunOptions = {},
): Promise<SmaaResult> {
  const s = prepare(input);
  const n = s.problem.n;
  const total = s.samples * (1 + n);
  await runInChunksAsync(
    s.samples,
    { ...options, onProgress: (d) => options.onProgress?.(d, total) },
    (a, b) => mainStep(s, a, b),
  );
  const { central, perAlt } = confidencePlan(s);
  const firsts: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    const wc = central[i];
    const offset = s.samples * (1 + i);
    if (!wc) {
      firsts.push(null);
    } else {
      let first = 0;
      const w = Float64Array.from(wc);
      await runInChunksAsync(
        perAlt,
        { ...options, onProgress: () => undefined },
        (a, b) => (first += confidenceStep(s, i, w, b - a)),
      );
      firsts.push(first);
    }
    options.onProgress?.(offset + s.samples, total);
  }
  return finish(s, firsts);
}
