import { Rng } from '../random/prng';
import { runPass, runPassAsync } from './blocks';
import {
  type MainSums,
  centralWeightsOf,
  exactConfidence,
  plainConfidencePass,
  plainMainPass,
} from './smaa-plain-passes';
import { createDrawCache, drawPartialValues, releaseDrawCache } from './smaa-plain-draws';
import { type CompiledSmaaProblem, type SmaaProblem, compileSmaaProblem } from './smaa-problem';
import type { SmaaAsyncRunOptions, SmaaRunOptions } from './smaa-run';
import { STANDARD_ERROR_RULE, shareSE } from './smaa-stats';

export type { SmaaProblem } from './smaa-problem';

/** SMAA-2 (Lahdelma & Salminen 2001) descriptive measures for a plain problem. */
export interface SmaaResult {
  samples: number;
  seed: number;
  /** The [min, max] each criterion's partial value was scaled over. */
  scales: [number, number][];
  /** Per criterion, the value function used (described). */
  valueFunctions: string[];
  /** rankAcceptability[i][r]: share of samples in which alternative i has rank r + 1. */
  rankAcceptability: number[][];
  rankAcceptabilitySE: number[][];
  /** pairwiseWinning[a][b]: share of samples in which a ranks before b (ties ½); null on the diagonal. */
  pairwiseWinning: (number | null)[][];
  pairwiseWinningSE: (number | null)[][];
  /** Mean weight vector over the samples in which i is first; null if i is never first. */
  centralWeights: (number[] | null)[];
  /** sd of those weights / √(samples first); null when i was first in fewer than 2 samples. */
  centralWeightsSE: (number[] | null)[];
  /** Share of performance samples in which i is first at its central weights; null without them. */
  confidence: (number | null)[];
  /** 0 for exact performance (one evaluation decides), else the binomial SE. */
  confidenceSE: (number | null)[];
  /** How the weights were drawn (bilingual). */
  weightSampling: string;
  /** The standard-error formulas. */
  standardErrors: string;
  conventions: string[];
}

export const SMAA_CONVENTIONS = [
  '部分价值：默认线性，效益型 (x−min)/(max−min)，成本型 (max−x)/(max−min)；可按准则给定分段线性价值函数，并可在标度两端截断 · partial values: linear by default, benefit (x−min)/(max−min), cost (max−x)/(max−min); per criterion a piecewise-linear value function may be given instead; values outside the scale extrapolate linearly unless "clip": true holds them at the ends',
  '未给定 scales 时：各准则取所有单元分布支撑的并集（正态取均值±3σ，对数正态取 exp(μ±3σ)；给定表现样本时取样本的最小与最大值） · without "scales": the union over a criterion\'s cells of their supports (normal: mean ± 3 sd; lognormal: exp(mu ± 3 sigma); with performanceSamples: their min and max)',
  '并列时平均分配名次 · ties (|Δu| ≤ 1e-12·max(1,|u|)) split the tied ranks equally, so every row and rank column sums to 1',
  '两两胜出指数：a 排在 b 之前的样本比例，并列各计一半 · pairwise winning index: share of samples in which a ranks before b, a tie counting ½, so P(a,b) + P(b,a) = 1',
  "置信因子：固定中心权重时，在同一批表现样本中排第一的比例（与 R smaa 的 smaa.cf 相同） · confidence: share of the performance samples in which i is first with the weights fixed at its central weights (the same draws as the rank acceptabilities, as R smaa's smaa.cf uses)",
  '随机数：xoshiro128**；每 2048 个样本为一块，各块的生成器由种子、阶段和块号决定，故结果与线程数无关 · random numbers: xoshiro128**; samples come in blocks of 2048 whose generators derive from the seed, the pass and the block index, so the result does not depend on the number of threads',
];

interface Prepared {
  problem: CompiledSmaaProblem;
  exactValues: Float64Array | null;
}

function prepare(input: SmaaProblem): Prepared {
  const problem = compileSmaaProblem(input);
  let exactValues: Float64Array | null = null;
  if (problem.exact) {
    exactValues = new Float64Array(problem.n * problem.m);
    drawPartialValues(problem, Rng.fromSeed(problem.seed), 0, exactValues);
  }
  return { problem, exactValues };
}

/**
 * SMAA-2's building blocks. `cacheDraws` lets the main pass hand its performance draws to the
 * confidence pass in memory; hosts that run blocks elsewhere (worker threads) leave it off and
 * the confidence pass replays the same draws from their stream.
 */
export function prepareSmaa(input: SmaaProblem, cacheDraws = false) {
  const { problem, exactValues } = prepare(input);
  const cache = cacheDraws ? createDrawCache(problem) : null;
  return {
    problem,
    mainPass: () => plainMainPass(problem, exactValues, cache),
    confidencePass: (central: Float64Array) => plainConfidencePass(problem, central, cache),
    central: (sums: MainSums) => centralWeightsOf(problem, sums),
    /** Confidence sums: from a pass over fresh draws, or one evaluation for exact values. */
    exactConfidence: exactValues
      ? (central: Float64Array) => exactConfidence(problem, central, exactValues)
      : null,
    finish: (sums: MainSums, confidence: Float64Array) => assemble(problem, sums, confidence),
    /** Once both passes are done: the draw cache may serve the next run. */
    releaseDraws: () => releaseDrawCache(cache),
  };
}

function rows<T>(n: number, row: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => row(i));
}

function assemble(p: CompiledSmaaProblem, sums: MainSums, conf: Float64Array): SmaaResult {
  const { n, m, samples: N } = p;
  const central = centralWeightsOf(p, sums);
  const share = (x: number) => x / N;
  const confDraws = p.exact ? 1 : N;
  return {
    samples: N,
    seed: p.seed,
    scales: p.scales,
    valueFunctions: p.valueFunctions.map((f) => f.describe),
    rankAcceptability: rows(n, (i) => rows(n, (r) => share(sums.rank[i * n + r]!))),
    rankAcceptabilitySE: rows(n, (i) => rows(n, (r) => shareSE(share(sums.rank[i * n + r]!), N))),
    pairwiseWinning: rows(n, (a) => rows(n, (b) => (a === b ? null : share(sums.win[a * n + b]!)))),
    pairwiseWinningSE: rows(n, (a) =>
      rows(n, (b) => (a === b ? null : shareSE(share(sums.win[a * n + b]!), N))),
    ),
    centralWeights: rows(n, (i) =>
      Number.isNaN(central[i * m]!) ? null : Array.from(central.subarray(i * m, i * m + m)),
    ),
    centralWeightsSE: rows(n, (i) => {
      const f = sums.first[i]!;
      if (!(f >= 2)) return null;
      return rows(m, (j) => {
        const mean = central[i * m + j]!;
        const variance = Math.max(0, (sums.centralSq[i * m + j]! - f * mean * mean) / (f - 1));
        return Math.sqrt(variance / f);
      });
    }),
    confidence: rows(n, (i) => (Number.isNaN(central[i * m]!) ? null : conf[i]! / confDraws)),
    confidenceSE: rows(n, (i) =>
      Number.isNaN(central[i * m]!) ? null : p.exact ? 0 : shareSE(conf[i]! / N, N),
    ),
    weightSampling: p.weightSampling,
    standardErrors: STANDARD_ERROR_RULE,
    conventions: SMAA_CONVENTIONS,
  };
}

/**
 * Runs SMAA-2: `samples` weight (and performance) draws for the rank acceptabilities, pairwise
 * winning indices and central weights, then — for uncertain performance — `samples` fresh
 * performance draws for the confidence factors. Progress counts both passes: total = 2 × samples
 * (samples alone when the values are exact).
 */
export function runSmaa(input: SmaaProblem, options: SmaaRunOptions = {}): SmaaResult {
  const s = prepareSmaa(input, true);
  const N = s.problem.samples;
  const total = s.exactConfidence ? N : 2 * N;
  const sums = runPass(s.mainPass(), options, (d) => options.onProgress?.(d, total));
  const central = s.central(sums);
  const conf = s.exactConfidence
    ? s.exactConfidence(central)
    : runPass(s.confidencePass(central), options, (d) => options.onProgress?.(N + d, total));
  s.releaseDraws();
  return s.finish(sums, conf);
}

/** As runSmaa, awaiting `options.pause` between chunks so a worker can take a cancel message. */
export async function runSmaaAsync(
  input: SmaaProblem,
  options: SmaaAsyncRunOptions = {},
): Promise<SmaaResult> {
  const s = prepareSmaa(input, true);
  const N = s.problem.samples;
  const total = s.exactConfidence ? N : 2 * N;
  const sums = await runPassAsync(s.mainPass(), options, (d) => options.onProgress?.(d, total));
  const central = s.central(sums);
  const conf = s.exactConfidence
    ? s.exactConfidence(central)
    : await runPassAsync(s.confidencePass(central), options, (d) =>
        options.onProgress?.(N + d, total),
      );
  s.releaseDraws();
  return s.finish(sums, conf);
}
