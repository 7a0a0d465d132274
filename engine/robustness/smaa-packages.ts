import type { DecisionModel } from '../model';
import { EngineInputError } from '../errors';
import { type CompiledModel, compileModel, packageValue } from '../packages/compile';
import { compileConstraints, enumerateFeasible } from '../packages/feasible';
import { Rng } from '../random/prng';
import { checkSamples } from './smaa-problem';
import {
  type SmaaAsyncRunOptions,
  type SmaaRunOptions,
  runInChunks,
  runInChunksAsync,
} from './smaa-run';
import { createWeightSampler, type WeightInfo } from './weight-sampling';

export interface PackageSmaaInput {
  model: DecisionModel;
  samples: number;
  seed: number;
  /** Default uniform. `{ type: "fixed" }` without weights uses the model's cause weights. */
  weightInfo?: WeightInfo | { type: 'fixed'; weights?: number[] };
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
  /** rankAcceptability[r]: share of samples in which this package has rank r + 1, r < K. */
  rankAcceptability: number[];
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
  /** Per measure: share of samples whose best package contains it. */
  coreShare: Record<string, number>;
  conventions: string[];
}

export const PACKAGE_SMAA_CONVENTIONS = [
  '每次抽样：按 weightInfo 抽取原因权重，每个影响单元按三角分布(low, likely, high)抽取（纯数字单元为定值） · each sample draws cause weights per weightInfo and every impact cell from triangular(low, likely, high); cells given as plain numbers stay exact',
  '每次抽样对全部可行组合精确求值并排序：价值高者优先，价值相同（|Δ|≤1e-12）成本低者优先，再按枚举顺序 · every feasible package is evaluated exactly in each sample and ranked by value, ties (|Δ| ≤ 1e-12) by lower cost, then by listing order',
  '排名可接受度列（每个名次）在全部可行组合上合计为 1；表中只列出按最可能值前 K 名及曾经最优的组合 · each rank column sums to 1 over all feasible packages; only the top K by likely value and the ever-best packages are listed',
  '核心比例：最优组合中包含该措施的样本比例 · core share: share of samples whose best package contains the measure',
  '随机数：xoshiro128**，由种子经 splitmix32 初始化 · random numbers: xoshiro128** seeded through splitmix32; the same seed reproduces the result',
];

const TIE = 1e-12;

/** Everything the sampling loop touches, in flat typed arrays allocated once. */
interface PackageState {
  compiled: CompiledModel;
  samples: number;
  seed: number;
  k: number;
  rng: Rng;
  sampleWeights: (rng: Rng, out: Float64Array) => void;
  weightSampling: string;
  packages: number[][];
  /** Members of package p: members[start[p] .. start[p + 1]). */
  members: Int32Array;
  start: Int32Array;
  /** Members shared with package p − 1 as a prefix (packages come in lexicographic DFS order). */
  prefix: Int32Array;
  synergySum: Float64Array;
  cost: Float64Array;
  /** Stochastic cells: flat index, triangular low / high and inverse-CDF constants. */
  cellIndex: Int32Array;
  cellLow: Float64Array;
  cellHigh: Float64Array;
  cellSplit: Float64Array;
  cellLeft: Float64Array;
  cellRight: Float64Array;
  impact: Float64Array;
  w: Float64Array;
  remaining: Float64Array;
  adverse: Float64Array;
  depthValue: Float64Array;
  value: Float64Array;
  topIdx: Int32Array;
  bestCount: Float64Array;
  rankCount: Map<number, Float64Array>;
}

function prepare(input: PackageSmaaInput): PackageState {
  const compiled = compileModel(input.model);
  const samples = checkSamples(input.samples);
  const rng = Rng.fromSeed(input.seed);
  const m = compiled.causeIds.length;
  const n = compiled.measureIds.length;
  let info = input.weightInfo;
  if (info?.type === 'fixed' && info.weights === undefined) {
    info = { type: 'fixed', weights: Array.from(compiled.weights) };
  }
  const sampler = createWeightSampler(info as WeightInfo | undefined, m);
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

  const stochastic: number[] = [];
  for (let c = 0; c < n * m; c++)
    if (compiled.impactHigh[c]! > compiled.impactLow[c]!) stochastic.push(c);
  const s = stochastic.length;
  const cellLow = new Float64Array(s);
  const cellHigh = new Float64Array(s);
  const cellSplit = new Float64Array(s);
  const cellLeft = new Float64Array(s);
  const cellRight = new Float64Array(s);
  stochastic.forEach((c, q) => {
    const lo = compiled.impactLow[c]!;
    const mode = compiled.impact[c]!;
    const hi = compiled.impactHigh[c]!;
    const width = hi - lo;
    cellLow[q] = lo;
    cellHigh[q] = hi;
    cellSplit[q] = (mode - lo) / width;
    cellLeft[q] = width * (mode - lo);
    cellRight[q] = width * (hi - mode);
  });

  return {
    compiled,
    samples,
    seed: input.seed,
    k,
    rng,
    sampleWeights: sampler.sample,
    weightSampling: sampler.describe,
    packages,
    members,
    start,
    prefix,
    synergySum,
    cost,
    cellIndex: Int32Array.from(stochastic),
    cellLow,
    cellHigh,
    cellSplit,
    cellLeft,
    cellRight,
    impact: Float64Array.from(compiled.impact),
    w: new Float64Array(m),
    remaining: new Float64Array((n + 1) * m).fill(1),
    adverse: new Float64Array((n + 1) * m),
    depthValue: new Float64Array(n + 1),
    value: new Float64Array(count),
    topIdx: new Int32Array(k),
    bestCount: new Float64Array(count),
    rankCount: new Map(),
  };
}

/** Package a ranks before package b (a listed later than b never wins an exact tie). */
function ranksBefore(s: PackageState, a: number, b: number): boolean {
  const va = s.value[a]!;
  const vb = s.value[b]!;
  if (va > vb + TIE) return true;
  if (vb > va + TIE) return false;
  const ca = s.cost[a]!;
  const cb = s.cost[b]!;
  return ca < cb || (ca === cb && a < b);
}

/** Draws the stochastic impact cells by inverting the triangular CDF (one uniform each). */
function drawImpacts(s: PackageState): void {
  const { cellIndex, cellLow, cellHigh, cellSplit, cellLeft, cellRight, impact, rng } = s;
  for (let q = 0; q < cellIndex.length; q++) {
    const u = rng.next32();
    impact[cellIndex[q]!] =
      u < cellSplit[q]!
        ? cellLow[q]! + Math.sqrt(u * cellLeft[q]!)
        : cellHigh[q]! - Math.sqrt((1 - u) * cellRight[q]!);
  }
}

/**
 * V(P) for every feasible package at the current weights and impacts. Consecutive packages
 * share a prefix of members, so coverage state per depth is reused: each package costs
 * (new members) × m updates instead of |P| × m.
 */
function evaluateAll(s: PackageState): void {
  const { members, start, prefix, synergySum, impact, w, remaining, adverse, depthValue, value } =
    s;
  const m = w.length;
  const additive = s.compiled.additive;
  for (let p = 0; p < value.length; p++) {
    const end = start[p + 1]! - start[p]!;
    for (let d = prefix[p]!; d < end; d++) {
      const i = members[start[p]! + d]!;
      const from = d * m;
      const to = from + m;
      let v = 0;
      for (let j = 0; j < m; j++) {
        const e = impact[i * m + j]!;
        let rem = remaining[from + j]!;
        let adv = adverse[from + j]!;
        if (additive || e < 0) adv += e;
        else rem *= 1 - e;
        remaining[to + j] = rem;
        adverse[to + j] = adv;
        v += w[j]! * (1 - rem + adv);
      }
      depthValue[d + 1] = v;
    }
    value[p] = depthValue[end]! + synergySum[p]!;
  }
}

function sampleStep(s: PackageState, from: number, to: number): void {
  const { topIdx, k, value, rankCount, bestCount } = s;
  const count = value.length;
  for (let t = from; t < to; t++) {
    s.sampleWeights(s.rng, s.w);
    drawImpacts(s);
    evaluateAll(s);
    // Top K by insertion into a short sorted buffer: most packages fail the first comparison.
    let filled = 0;
    for (let p = 0; p < count; p++) {
      // Fast reject on value alone before the full comparison (the common case).
      if (
        filled === k &&
        (value[p]! < value[topIdx[k - 1]!]! - TIE || !ranksBefore(s, p, topIdx[k - 1]!))
      )
        continue;
      let pos = filled < k ? filled++ : k - 1;
      while (pos > 0 && ranksBefore(s, p, topIdx[pos - 1]!)) {
        topIdx[pos] = topIdx[pos - 1]!;
        pos--;
      }
      topIdx[pos] = p;
    }
    bestCount[topIdx[0]!]!++;
    for (let r = 0; r < filled; r++) {
      const p = topIdx[r]!;
      let row = rankCount.get(p);
      if (!row) rankCount.set(p, (row = new Float64Array(k)));
      row[r]!++;
    }
  }
}

function finish(s: PackageState): PackageSmaaResult {
  const { compiled, packages, samples, k } = s;
  const count = packages.length;
  // Likely ranking: the planner's weights and likely impacts (what the `packages` command shows).
  s.impact.set(compiled.impact);
  const likely = packages.map((pkg) => packageValue(compiled, pkg));
  const order = [...likely.keys()].sort((a, b) => {
    const d = likely[b]! - likely[a]!;
    if (Math.abs(d) > TIE) return d;
    return s.cost[a]! - s.cost[b]! || a - b;
  });
  const likelyRank = new Int32Array(count);
  order.forEach((p, r) => (likelyRank[p] = r + 1));
  const shown = order.slice(0, k);
  const inShown = new Set(shown);
  const everBest = [...s.bestCount.keys()]
    .filter((p) => s.bestCount[p]! > 0 && !inShown.has(p))
    .sort((a, b) => s.bestCount[b]! - s.bestCount[a]! || likelyRank[a]! - likelyRank[b]!);
  const rows = [...shown, ...everBest].map((p) => {
    const ranks = s.rankCount.get(p) ?? new Float64Array(k);
    return {
      measures: packages[p]!.map((i) => compiled.measureIds[i]!),
      likelyRank: likelyRank[p]!,
      likelyValue: likely[p]!,
      cost: s.cost[p]!,
      pBest: s.bestCount[p]! / samples,
      rankAcceptability: Array.from(ranks, (c) => c / samples),
    };
  });
  const core = new Float64Array(compiled.measureIds.length);
  packages.forEach((pkg, p) => {
    if (s.bestCount[p]! > 0) for (const i of pkg) core[i] = core[i]! + s.bestCount[p]!;
  });
  return {
    samples,
    seed: s.seed,
    feasibleCount: count,
    top: k,
    weightSampling: s.weightSampling,
    packages: rows,
    coreShare: Object.fromEntries(compiled.measureIds.map((id, i) => [id, core[i]! / samples])),
    conventions: PACKAGE_SMAA_CONVENTIONS,
  };
}

/** Package SMAA: rank acceptability, pBest and core shares over weights and impact ranges. */
export function runPackageSmaa(
  input: PackageSmaaInput,
  options: SmaaRunOptions = {},
): PackageSmaaResult {
  const s = prepare(input);
  runInChunks(s.samples, options, (a, b) => sampleStep(s, a, b));
  return finish(s);
}

/** As runPackageSmaa, awaiting `options.pause` between chunks (for a Web Worker's cancel). */
export async function runPackageSmaaAsync(
  input: PackageSmaaInput,
  options: SmaaAsyncRunOptions = {},
): Promise<PackageSmaaResult> {
  const s = prepare(input);
  await runInChunksAsync(s.samples, options, (a, b) => sampleStep(s, a, b));
  return finish(s);
}
