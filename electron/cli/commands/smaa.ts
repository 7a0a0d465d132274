import { z } from 'zod';
import {
  runSmaa,
  type SmaaResult,
  runPackageSmaa,
  type PackageSmaaResult,
  type SmaaProblem,
} from '../../../engine/robustness';
import type { CliCommand } from '../command';
import {
  Finite,
  WeightInfoSchema,
  WeightSamplesSchema,
  hasKey,
  readDecisionModel,
} from '../engine-inputs';
import { num, parseInput, table } from '../format';
import { readThreads, runSmaaThreaded } from '../smaa-threads';
import { ValueFunctionSchema } from './mcda';
import { describeBasis, weightBasis, type UncertaintyType } from '../../../engine/scenario';
import type { Bilingual } from '../../../engine/report';

/** Reported in the output so a run can be repeated exactly. */
export const DEFAULT_SAMPLES = 10_000;
export const DEFAULT_SEED = 1;

const runFields = {
  samples: z.number().int().min(1).max(1_000_000).optional(),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  weightInfo: WeightInfoSchema.optional(),
  weightSamples: WeightSamplesSchema.optional(),
};

// Cells are checked in full by the engine (validateCell), which names e.g. performance[0][1].sd
// and refuses parameters the distribution does not take.
const Cell = z.looseObject({
  dist: z.enum(['exact', 'uniform', 'triangular', 'normal', 'lognormal', 'beta']),
});

const PlainInput = z.strictObject({
  matrix: z.array(z.array(Finite).min(1)).min(1).optional(),
  performance: z.array(z.array(Cell).min(1)).min(1).optional(),
  performanceSamples: z
    .array(z.array(z.array(Finite).min(1)).min(1))
    .min(1)
    .optional(),
  types: z.array(z.union([z.literal(1), z.literal(-1)])).min(1),
  scales: z.array(z.tuple([Finite, Finite])).optional(),
  valueFunctions: z.array(ValueFunctionSchema.nullable()).min(1).optional(),
  ...runFields,
});

/** With a saved scenario: the weight basis the sampling used and where it came from. */
export interface SmaaBasis {
  from: 'scenario' | 'input';
  /** The scenario's basis (`scenario show` → uncertainty.used); with from 'input' it was overridden. */
  type: UncertaintyType;
  width: number;
  description: Bilingual;
}

export type SmaaCliResult =
  | ({ mode: 'packages'; scenario?: string; basis?: SmaaBasis } & PackageSmaaResult)
  | ({ mode: 'plain'; threads: number } & SmaaResult);

/**
 * `smaa` — stochastic multicriteria acceptability analysis. A decision model (as for `packages`)
 * or a saved scenario gives per-package rank acceptability, pBest, pairwise winning indices and
 * per-measure core share; a plain problem (matrix | performance | performanceSamples) gives
 * SMAA-2 rank acceptability, pairwise winning indices, central weights and confidence factors.
 * Every share comes with its standard error. Defaults: 10,000 samples, seed 1, uniform weights
 * (all reported). `--threads N` spreads a plain run over N worker threads (same result).
 */
export const smaaCommand: CliCommand<SmaaCliResult> = {
  name: 'smaa',
  summary:
    '随机多准则可接受度分析（SMAA）· rank acceptability, pairwise winning and core shares under uncertainty',
  readsInput: true,
  async run(ctx) {
    const input = ctx.input ?? {};
    if (
      hasKey(input, 'matrix') ||
      hasKey(input, 'performance') ||
      hasKey(input, 'performanceSamples')
    ) {
      const p = parseInput(PlainInput, input);
      const threads = readThreads(ctx.flags.threads);
      const explicit = p.weightSamples !== undefined || p.performanceSamples !== undefined;
      const problem: SmaaProblem = {
        ...p,
        performance: p.performance as SmaaProblem['performance'],
        // "fixed" without weights has no model weights to fall back on: the engine names it.
        weightInfo: p.weightInfo as SmaaProblem['weightInfo'],
        samples: p.samples ?? (explicit ? undefined : DEFAULT_SAMPLES),
        seed: p.seed ?? DEFAULT_SEED,
      };
      const result = threads > 1 ? await runSmaaThreaded(problem, threads) : runSmaa(problem);
      return { mode: 'plain', threads, ...result };
    }
    const { model, options, scenario, saved } = await readDecisionModel(
      input,
      ctx.dataDir,
      runFields,
      ctx.flags,
    );
    // A saved scenario is sampled as `scenario show` prints it: its weight basis, samples and
    // seed, unless the input gives its own (the output then says the basis came from the input).
    const own = options.weightInfo !== undefined || options.weightSamples !== undefined;
    const b = saved ? weightBasis(saved) : undefined;
    const basis: SmaaBasis | undefined = b && {
      from: own ? 'input' : 'scenario',
      type: b.used,
      width: b.width,
      description: describeBasis(b),
    };
    const result = runPackageSmaa({
      model,
      samples:
        options.samples ??
        (options.weightSamples ? undefined : (saved?.analysis.samples ?? DEFAULT_SAMPLES)),
      seed: options.seed ?? saved?.analysis.seed ?? DEFAULT_SEED,
      weightInfo: options.weightInfo ?? (own ? undefined : b?.weightInfo),
      weightSamples: options.weightSamples,
    });
    return {
      mode: 'packages',
      ...(scenario === undefined ? {} : { scenario }),
      ...(basis === undefined ? {} : { basis }),
      ...result,
    };
  },
  format(r) {
    return r.mode === 'plain' ? formatPlain(r) : formatPackages(r);
  },
};

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
/** A share with its standard error, e.g. "42.3% ±0.5". */
const pctSE = (x: number, se: number): string => `${pct(x)} ±${(se * 100).toFixed(1)}`;

function footer(r: {
  samples: number;
  seed: number;
  weightSampling: string;
  standardErrors: string;
  conventions: string[];
}): string[] {
  return [
    `样本数 Samples: ${r.samples}; 随机种子 Seed: ${r.seed} (同一种子可重现结果 · the same seed reproduces this result)`,
    `权重 Weights: ${r.weightSampling}`,
    '约定 Conventions:',
    ...r.conventions.map((c) => `  - ${c}`),
    `  - ${r.standardErrors}; "±" 后为一个标准误（百分点）· "±" gives one standard error in percentage points`,
  ];
}

/** Rank columns shown in the table; JSON carries all K. */
const SHOWN_RANKS = 5;

function pairwiseTable(labels: string[], matrix: (number | null)[][]): string {
  return table(
    ['a 胜 b · a beats b', ...labels.map((_, b) => `b=${b}`)],
    matrix.map((row, a) => [`a=${a} ${labels[a]}`, ...row.map((x) => (x === null ? '—' : pct(x)))]),
  );
}

function formatPackages(r: Extract<SmaaCliResult, { mode: 'packages' }>): string {
  const basis = r.basis
    ? [
        r.basis.from === 'scenario'
          ? `权重依据（情景设定）Weight basis (the scenario's setting): ${r.basis.description.zh} · ${r.basis.description.en}`
          : `权重依据：输入的权重替代了情景设定（${r.basis.description.zh}）· Weight basis: the input's weights, replacing the scenario's setting (${r.basis.description.en})`,
      ]
    : [];
  const ranks = Math.min(r.top, SHOWN_RANKS);
  const header = [
    '最可能排名 Likely rank',
    '措施 Measures',
    '价值 Value',
    '成本 Cost',
    '最优概率 pBest',
    ...Array.from({ length: ranks }, (_, k) => `第${k + 1}名 b${k + 1}`),
  ];
  const rows = r.packages.map((p) => [
    p.likelyRank,
    p.measures.join('+'),
    num(p.likelyValue, 4),
    num(p.cost, 2),
    pctSE(p.pBest, p.pBestSE),
    ...p.rankAcceptability.slice(0, ranks).map(pct),
  ]);
  const core = Object.entries(r.coreShare)
    .sort((a, b) => b[1] - a[1])
    .map(([id, share]) => [id, pctSE(share, r.coreShareSE[id]!)]);
  const tracked = r.packages.slice(0, r.top).map((p) => p.measures.join('+'));
  return [
    `组合 SMAA · package SMAA${r.scenario ? ` — 情景 scenario "${r.scenario}"` : ''}: ${r.feasibleCount} 个可行组合 feasible packages, 跟踪前 ${r.top} 名 top ${r.top} ranks tracked`,
    table(header, rows),
    '',
    '两两胜出指数（前 K 个组合）· Pairwise winning index among the top K (row a ranks before column b)',
    pairwiseTable(tracked, r.pairwiseWinning),
    '',
    '核心比例（最优组合包含该措施的样本比例）· Core share (share of samples whose best package contains the measure)',
    table(['措施 Measure', '核心比例 Core share'], core),
    '',
    ...basis,
    ...footer(r),
  ].join('\n');
}

function formatPlain(r: Extract<SmaaCliResult, { mode: 'plain' }>): string {
  const n = r.rankAcceptability.length;
  const header = [
    '方案 Alternative',
    ...Array.from({ length: n }, (_, k) => `第${k + 1}名 b${k + 1}`),
    '置信因子 Confidence',
    '中心权重 Central weights',
  ];
  const rows = r.rankAcceptability.map((row, i) => [
    i,
    ...row.map((x, k) => (k === 0 ? pctSE(x, r.rankAcceptabilitySE[i]![0]!) : pct(x))),
    r.confidence[i] === null ? '—' : pctSE(r.confidence[i]!, r.confidenceSE[i]!),
    r.centralWeights[i] === null
      ? '— (从未排第一 never first)'
      : `[${r.centralWeights[i]!.map((w) => num(w, 3)).join(', ')}]`,
  ]);
  const scales = r.scales.map(([lo, hi], j) => `c${j}: [${num(lo, 4)}, ${num(hi, 4)}]`).join('; ');
  return [
    'SMAA-2 排名可接受度 · rank acceptability (alternatives 0-based, ranks 1-based)',
    table(header, rows),
    '',
    '两两胜出指数 · Pairwise winning index (row a ranks before column b)',
    pairwiseTable(
      r.rankAcceptability.map(() => ''),
      r.pairwiseWinning,
    ),
    `标度 Scales: ${scales}`,
    `价值函数 Value functions: ${r.valueFunctions.map((d, j) => `c${j}: ${d}`).join('; ')}`,
    ...(r.threads > 1
      ? [`线程 Threads: ${r.threads} (结果与单线程相同 · same result as one thread)`]
      : []),
    '',
    ...footer(r),
  ].join('\n');
}
