import { z } from 'zod';
import type { DecisionModel } from '../../../engine/model';
import { runSmaa, type SmaaResult } from '../../../engine/robustness/smaa';
import {
  runPackageSmaa,
  type PackageSmaaInput,
  type PackageSmaaResult,
} from '../../../engine/robustness/smaa-packages';
import type { CellDistribution } from '../../../engine/robustness/distributions';
import type { WeightInfo } from '../../../engine/robustness/weight-sampling';
import type { CliCommand } from '../command';
import { loadScenario, scenarioNameOf } from '../scenario-input';
import { CliInputError } from '../command';
import {
  describeBasis,
  weightBasis,
  type UncertaintyType,
} from '../../../engine/scenario/weight-basis';
import type { Bilingual } from '../../../engine/report/types';
import { num, parseInput, table } from '../format';

/** Reported in the output so a run can be repeated exactly. */
export const DEFAULT_SAMPLES = 10_000;
export const DEFAULT_SEED = 1;

const Finite = z.number().finite();

const WeightInfoSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('uniform') }),
  z.object({ type: z.literal('ordinal'), ranking: z.array(z.number().int()).min(1) }),
  z.object({ type: z.literal('intervals'), bounds: z.array(z.tuple([Finite, Finite])).min(1) }),
  z.object({
    type: z.literal('stakeholders'),
    sets: z.array(z.array(Finite).min(1)).min(1),
    concentration: z.number().positive().optional(),
  }),
  z.object({ type: z.literal('fixed'), weights: z.array(Finite).min(1).optional() }),
]);

const Run = {
  samples: z.number().int().min(1).max(1_000_000).optional(),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  weightInfo: WeightInfoSchema.optional(),
};

const Impact = z.union([Finite, z.object({ low: Finite, likely: Finite, high: Finite })]);
const Id = z.string().min(1);

const ModelInput = z.object({
  causes: z.array(z.object({ id: Id, weight: Finite })).min(1),
  measures: z.array(z.object({ id: Id, cost: Finite })).min(1),
  impacts: z.record(z.string(), z.record(z.string(), Impact)),
  synergies: z.array(z.object({ a: Id, b: Id, value: Finite })).optional(),
  constraints: z
    .object({
      budget: Finite.optional(),
      maxMeasures: z.number().int().min(1).optional(),
      required: z.array(Id).optional(),
      excluded: z.array(Id).optional(),
      requires: z.array(z.tuple([Id, Id])).optional(),
      excludes: z.array(z.tuple([Id, Id])).optional(),
    })
    .optional(),
  model: z.enum(['saturating', 'additive']).optional(),
  top: z.number().int().min(1).optional(),
  ...Run,
});

const ScenarioInput = z.object({
  scenario: z.string().min(1).optional(),
  top: z.number().int().min(1).optional(),
  ...Run,
});

// Cells are checked in full by the engine (validateCell), which names e.g. performance[0][1].sd.
const Cell = z.looseObject({
  dist: z.enum(['exact', 'uniform', 'triangular', 'normal', 'lognormal', 'beta']),
});

const PlainInput = z.object({
  matrix: z.array(z.array(Finite).min(1)).min(1).optional(),
  performance: z.array(z.array(Cell).min(1)).min(1).optional(),
  types: z.array(z.union([z.literal(1), z.literal(-1)])).min(1),
  scales: z.array(z.tuple([Finite, Finite])).optional(),
  ...Run,
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
  | ({ mode: 'plain' } & SmaaResult);

function has(input: unknown, key: string): boolean {
  return input !== null && typeof input === 'object' && key in input;
}

/**
 * `smaa` — stochastic multicriteria acceptability analysis. A decision model (as for `packages`)
 * or a saved scenario gives per-package rank acceptability, pBest and per-measure core share;
 * a plain problem (matrix | performance) gives SMAA-2 rank acceptability, central weights and
 * confidence factors. Defaults: 10,000 samples, seed 1, uniform weights (all reported).
 */
export const smaaCommand: CliCommand<SmaaCliResult> = {
  name: 'smaa',
  summary:
    '随机多准则可接受度分析（SMAA）· rank acceptability of packages or alternatives under uncertainty',
  readsInput: true,
  async run(ctx) {
    const input = ctx.input ?? {};
    if (has(input, 'matrix') || has(input, 'performance')) {
      const p = parseInput(PlainInput, input);
      return {
        mode: 'plain',
        ...runSmaa({
          matrix: p.matrix,
          performance: p.performance as CellDistribution[][] | undefined,
          types: p.types,
          scales: p.scales,
          weightInfo: p.weightInfo as WeightInfo | undefined,
          samples: p.samples ?? DEFAULT_SAMPLES,
          seed: p.seed ?? DEFAULT_SEED,
        }),
      };
    }
    let model: DecisionModel;
    let samples: number | undefined;
    let seed: number | undefined;
    let weightInfo: PackageSmaaInput['weightInfo'];
    let scenario: string | undefined;
    let basis: SmaaBasis | undefined;
    if (has(input, 'causes')) {
      if (ctx.flags.scenario !== undefined)
        throw new CliInputError(
          'scenario',
          '--scenario 不能与内联模型同用 / --scenario cannot be combined with an inline model',
        );
      const { samples: n, seed: s, weightInfo: w, ...rest } = parseInput(ModelInput, input);
      [samples, seed, weightInfo, model] = [n, s, w, rest];
    } else {
      const run = parseInput(ScenarioInput, input);
      scenario = scenarioNameOf(run.scenario, ctx.flags);
      const loaded = await loadScenario(ctx.dataDir, scenario);
      model = run.top === undefined ? loaded.model : { ...loaded.model, top: run.top };
      // What `scenario show` prints: the scenario's weight basis, samples and seed, unless the
      // input overrides them (the output then says so).
      const b = weightBasis(loaded.scenario);
      basis = {
        from: run.weightInfo === undefined ? 'scenario' : 'input',
        type: b.used,
        width: b.width,
        description: describeBasis(b),
      };
      samples = run.samples ?? loaded.scenario.analysis.samples;
      seed = run.seed ?? loaded.scenario.analysis.seed;
      weightInfo = run.weightInfo ?? b.weightInfo;
    }
    const result = runPackageSmaa({
      model,
      samples: samples ?? DEFAULT_SAMPLES,
      seed: seed ?? DEFAULT_SEED,
      weightInfo,
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

function footer(r: {
  samples: number;
  seed: number;
  weightSampling: string;
  conventions: string[];
}): string[] {
  return [
    `样本数 Samples: ${r.samples}; 随机种子 Seed: ${r.seed} (同一种子可重现结果 · the same seed reproduces this result)`,
    `权重 Weights: ${r.weightSampling}`,
    '约定 Conventions:',
    ...r.conventions.map((c) => `  - ${c}`),
  ];
}

/** Rank columns shown in the table; JSON carries all K. */
const SHOWN_RANKS = 5;

function formatPackages(r: Extract<SmaaCliResult, { mode: 'packages' }>): string {
  const basis = r.basis
    ? [
        r.basis.from === 'scenario'
          ? `权重依据（情景设定）Weight basis (the scenario's setting): ${r.basis.description.zh} · ${r.basis.description.en}`
          : `权重依据：输入的 weightInfo 替代了情景设定（${r.basis.description.zh}）· Weight basis: the input's weightInfo, replacing the scenario's setting (${r.basis.description.en})`,
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
    pct(p.pBest),
    ...p.rankAcceptability.slice(0, ranks).map(pct),
  ]);
  const core = Object.entries(r.coreShare)
    .sort((a, b) => b[1] - a[1])
    .map(([id, share]) => [id, pct(share)]);
  return [
    `组合 SMAA · package SMAA${r.scenario ? ` — 情景 scenario "${r.scenario}"` : ''}: ${r.feasibleCount} 个可行组合 feasible packages, 跟踪前 ${r.top} 名 top ${r.top} ranks tracked`,
    table(header, rows),
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
    ...row.map(pct),
    r.confidence[i] === null ? '—' : pct(r.confidence[i]!),
    r.centralWeights[i] === null
      ? '— (从未排第一 never first)'
      : `[${r.centralWeights[i]!.map((w) => num(w, 3)).join(', ')}]`,
  ]);
  const scales = r.scales.map(([lo, hi], j) => `c${j}: [${num(lo, 4)}, ${num(hi, 4)}]`).join('; ');
  return [
    'SMAA-2 排名可接受度 · rank acceptability (alternatives 0-based, ranks 1-based)',
    table(header, rows),
    `标度 Scales: ${scales}`,
    '',
    ...footer(r),
  ].join('\n');
}
