import type { DecisionModel } from '../model';
import { EngineInputError } from '../errors';
import { compileModel, packageValue } from '../packages/compile';
import { compileConstraints, enumerateFeasible } from '../packages/feasible';
import { runPass, runPassAsync } from './blocks';
import { type PackageSums, type PackageTables, packagePass } from './smaa-packages-pass';
import { checkSamples } from './smaa-problem';
import type { SmaaAsyncRunOptions, SmaaRunOptions } from './smaa-run';
import { STANDARD_ERROR_RULE, shareSE } from './smaa-stats';
import { createWeightSampler, type WeightInfo } from './weight-sampling';
import { normalizeWeights } from '../weights/direct';

/**
 * The ranks tracked (and packages compared pairwise) when the app runs package SMAA: the same K
 * in the Robustness screen's worker and the briefing, so their tables agree.
 */
export const SMAA_TOP = 10;

export interface PackageSmaaInput {
  model: DecisionModel;
  /** Number of samples; with `weightSamples` it defaults to (and must equal) their count. */
  samples?: number;
  seed: number;
  /** Default uniform. `{ type: "fixed" }` without weights uses the model's cause weights. */
  weightInfo?: WeightInfo | { type: 'fixed'; weights?: number[] };
  /** Given cause-weight draws, weightSamples[s][j] in `causes` order (each normalised to sum 1). */
  weightSamples?: number[][];
  /** K: ranks tracked and packages reported by likely value (default model.top ?? 10). */
  top?: number;
}

export interface PackageSmaaRow {
  measures: string[];
  /** Rank by V(P) at the model's weights and likely impacts (ties: lower cost, then listing order). */
  likelyRank: number;
  likelyValue: number;
  cost: number;
  /** Share of samples in which this package is best (rank 1). */
  pBest: number;
  pBestSE: number;
  /** rankAcceptability[r]: share of samples in which this package has rank r + 1, r < K. */
  rankAcceptability: number[];
  rankAcceptabilitySE: number[];
}

export interface PackageSmaaResult {
  samples: number;
  seed: number;
  feasibleCount: number;
  /** K, the number of ranks tracked. */
  top: number;
  weightSampling: string;
  /** The top K by likely value, then every other package that was ever best (by pBest). */
  packages: PackageSmaaRow[];
  /**
   * pairwiseWinning[a][b]: share of samples in which packages[a] ranks before packages[b], for the
   * first `top` rows (the top K by likely value); null on the diagonal.
   */
  pairwiseWinning: (number | null)[][];
  pairwiseWinningSE: (number | null)[][];
  /** Per measure: share of samples whose best package contains it. */
  coreShare: Record<string, number>;
  coreShareSE: Record<string, number>;
  standardErrors: string;
  conventions: string[];
}

export const PACKAGE_SMAA_CONVENTIONS = [
  '每次抽样：按 weightInfo 抽取原因权重（或取给定的权重样本），每个影响单元按三角分布(low, likely, high)抽取（纯数字单元为定值） · each sample draws cause weights per weightInfo (or takes the given weight sample) and every impact cell from triangular(low, likely, high); cells given as plain numbers stay exact',
  '每次抽样对全部可行组合精确求值并排序：价值高者优先，价值相同（|Δ|≤1e-12）成本低者优先，再按枚举顺序 · every feasible package is evaluated exactly in each sample and ranked by value, ties (|Δ| ≤ 1e-12) by lower cost, then by listing order',
  '排名可接受度列（每个名次）在全部可行组合上合计为 1；表中只列出按最可能值前 K 名及曾经最优的组合 · each rank column sums to 1 over all feasible packages; only the top K by likely value and the ever-best packages are listed',
  '两两胜出指数：在前 K 个组合之间，a 排在 b 之前的样本比例（同一排序规则，无并列） · pairwise winning index: among the top K packages, the share of samples in which a ranks before b (same ranking rule, so P(a,b) + P(b,a) = 1)',
  '核心比例：最优组合中包含该措施的样本比例 · core share: share of samples whose best package contains the measure',
  '随机数：xoshiro128**；每 2048 个样本为一块，各块的生成器由种子、阶段和块号决定，故结果与线程数无关 · random numbers: xoshiro128**; samples come in blocks of 2048 whose generators derive from the seed, the stream and the block index, so the result does not depend on the number of threads',
];

function readWeightSamples(raw: unknown, m: number): Float64Array {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new EngineInputError('weightSamples', 'needs at least one weight vector');
  }
  const data = new Float64Array(raw.length * m);
  raw.forEach((w: unknown, s) => {
    if (!Array.isArray(w) || w.length !== m) {
      throw new EngineInputError(`weightSamples[${s}]`, `must have ${m} weights (one per cause)`);
    }
    data.set(normalizeWeights(w as number[], `weightSamples[${s}]`), s * m);
  });
  return data;
}

/** Validates the input and lays the feasible packages out in flat arrays for the pass. */
export function preparePackageSmaa(input: PackageSmaaInput): PackageTables {
  const compiled = compileModel(input.model);
  const m = compiled.causeIds.length;
  const n = compiled.measureIds.length;
  let weightSamples: Float64Array | null = null;
  let samples: number;
  let sampler = null;
  let weightSampling: string;
  if (input.weightSamples !== undefined) {
    if (input.weightInfo !== undefined) {
      throw new EngineInputError('weightInfo', 'give "weightInfo" or "weightSamples", not both');
    }
    weightSamples = readWeightSamples(input.weightSamples, m);
    const count = weightSamples.length / m;
    samples =
      input.samples === undefined
        ? checkSamples(count, 'weightSamples')
        : checkSamples(input.samples);
    if (samples !== count) {
      throw new EngineInputError(
        'samples',
        `must equal the number of weightSamples (${count}) (got ${samples})`,
      );
    }
    weightSampling = `给定的权重样本 · given weight samples (${samples}, each normalised to sum 1)`;
  } else {
    samples = checkSamples(input.samples);
    let info = input.weightInfo;
    if (info?.type === 'fixed' && info.weights === undefined) {
      info = { type: 'fixed', weights: Array.from(compiled.weights) };
    }
    sampler = createWeightSampler(info as WeightInfo | undefined, m);
    weightSampling = sampler.describe;
  }
  const spec = compileConstraints(compiled, input.model.constraints);
  const packages = enumerateFeasible(compiled, spec);
  const count = packages.length;
  const kRaw = input.top ?? input.model.top ?? 10;
  if (!Number.isInteger(kRaw) || kRaw < 1)
    throw new EngineInputError('top', 'must be an integer ≥ 1');
  const k = Math.min(kRaw, count);

  const start = new Int32Array(count + 1);
  for (let p = 0; p < count; p++) start[p + 1] = start[p]! + packages[p]!.length;
  const members = new Int32Array(start[count]!);
  const prefix = new Int32Array(count);
  const synergySum = new Float64Array(count);
  const cost = new Float64Array(count);
  packages.forEach((pkg, p) => {
    members.set(pkg, start[p]!);
    const prev = packages[p - 1] ?? [];
    let shared = 0;
    while (shared < pkg.length && shared < prev.length && pkg[shared] === prev[shared]) shared++;
    prefix[p] = shared;
    let syn = 0;
    let c = 0;
    for (let a = 0; a < pkg.length; a++) {
      c += compiled.costs[pkg[a]!]!;
      for (let b = a + 1; b < pkg.length; b++) syn += compiled.synergy[pkg[a]! * n + pkg[b]!]!;
    }
    synergySum[p] = syn;
    cost[p] = c;
  });

  // Likely ranking: the planner's weights and likely impacts (what the `packages` command shows).
  const likely = packages.map((pkg) => packageValue(compiled, pkg));
  const order = [...likely.keys()].sort((a, b) => {
    const d = likely[b]! - likely[a]!;
    if (Math.abs(d) > 1e-12) return d;
    return cost[a]! - cost[b]! || a - b;
  });
  const likelyRank = new Int32Array(count);
  order.forEach((p, r) => (likelyRank[p] = r + 1));

  return {
    compiled,
    samples,
    seed: input.seed,
    k,
    sampler,
    weightSamples,
    weightSampling,
    packages,
    members,
    start,
    prefix,
    synergySum,
    cost,
    likely: Float64Array.from(likely),
    likelyRank,
    tracked: Int32Array.from(order.slice(0, k)),
  };
}

/** Turns the summed counts into the result rows, shares and standard errors. */
export function finishPackageSmaa(t: PackageTables, sums: PackageSums): PackageSmaaResult {
  const { compiled, packages, samples: N, k } = t;
  const count = packages.length;
  const shown = Array.from(t.tracked);
  const inShown = new Set(shown);
  const everBest = [...Array(count).keys()]
    .filter((p) => sums.best[p]! > 0 && !inShown.has(p))
    .sort((a, b) => sums.best[b]! - sums.best[a]! || t.likelyRank[a]! - t.likelyRank[b]!);
  const rows = [...shown, ...everBest].map((p): PackageSmaaRow => {
    const slot = sums.slotOf[p]!;
    const ranks = Array.from({ length: k }, (_, r) =>
      slot < 0 ? 0 : sums.slotRanks[slot * k + r]! / N,
    );
    const pBest = sums.best[p]! / N;
    return {
      measures: packages[p]!.map((i) => compiled.measureIds[i]!),
      likelyRank: t.likelyRank[p]!,
      likelyValue: t.likely[p]!,
      cost: t.cost[p]!,
      pBest,
      pBestSE: shareSE(pBest, N),
      rankAcceptability: ranks,
      rankAcceptabilitySE: ranks.map((x) => shareSE(x, N)),
    };
  });
  const core = new Float64Array(compiled.measureIds.length);
  packages.forEach((pkg, p) => {
    if (sums.best[p]! > 0) for (const i of pkg) core[i] = core[i]! + sums.best[p]!;
  });
  const pairwise = (f: (x: number) => number) =>
    Array.from({ length: k }, (_, a) =>
      Array.from({ length: k }, (_, b) => (a === b ? null : f(sums.win[a * k + b]! / N))),
    );
  return {
    samples: N,
    seed: t.seed,
    feasibleCount: count,
    top: k,
    weightSampling: t.weightSampling,
    packages: rows,
    pairwiseWinning: pairwise((x) => x),
    pairwiseWinningSE: pairwise((x) => shareSE(x, N)),
    coreShare: Object.fromEntries(compiled.measureIds.map((id, i) => [id, core[i]! / N])),
    coreShareSE: Object.fromEntries(
      compiled.measureIds.map((id, i) => [id, shareSE(core[i]! / N, N)]),
    ),
    standardErrors: STANDARD_ERROR_RULE,
    conventions: PACKAGE_SMAA_CONVENTIONS,
  };
}

/** Package SMAA: rank acceptability, pBest, pairwise winning and core shares over weights and impact ranges. */
export function runPackageSmaa(
  input: PackageSmaaInput,
  options: SmaaRunOptions = {},
): PackageSmaaResult {
  const t = preparePackageSmaa(input);
  const sums = runPass(packagePass(t), options, (d) => options.onProgress?.(d, t.samples));
  return finishPackageSmaa(t, sums);
}

/** As runPackageSmaa, awaiting `options.pause` between chunks (for a Web Worker's cancel). */
export async function runPackageSmaaAsync(
  input: PackageSmaaInput,
  options: SmaaAsyncRunOptions = {},
): Promise<PackageSmaaResult> {
  const t = preparePackageSmaa(input);
  const sums = await runPassAsync(packagePass(t), options, (d) =>
    options.onProgress?.(d, t.samples),
  );
  return finishPackageSmaa(t, sums);
}
