/**
 * The one reading of a scenario's weight uncertainty that every robustness result uses: the
 * package SMAA (overview, Robustness screen, briefing) samples weights from `weightInfo`, and the
 * core index compares packages over `extremePoints` of the same set, so "best in 61 %" and
 * "core" always speak of the same weightings. `describe` says which, in one phrase.
 */
import { aroundExtremePoints, extremePointsFor } from '../robustness/portfolio-weights';
import type { WeightInfo } from '../robustness/weight-sampling';
import type { Bilingual } from '../report/types';
import { formatNumber } from '../report/format';

export type UncertaintyType = 'around' | 'ordinal' | 'stakeholders' | 'uniform';

export interface WeightBasisInput {
  causes: readonly { id: string; weight: number }[];
  analysis: { uncertainty: UncertaintyType; width: number };
  /** Raw weights by cause id, one set per stakeholder group. */
  stakeholders: readonly { name: string; weights: Readonly<Record<string, number>> }[];
}

export interface WeightBasis {
  /** The setting the planner chose. */
  requested: UncertaintyType;
  /** The one used: a setting that cannot apply (no stakeholder sets, all weights 0) falls back. */
  used: UncertaintyType;
  /** Relative half-width for 'around' (0.2 = ±20 %). */
  width: number;
  stakeholderCount: number;
  /** For package SMAA (engine/robustness/weight-sampling.ts). */
  weightInfo: WeightInfo;
  /** Extreme points of the same set, for the core index (engine/robustness/portfolio.ts). */
  extremePoints: number[][];
  /** Why `used` differs from `requested`; null when it does not. */
  fallback: Bilingual | null;
}

/** Planner weights as shares, scaled by the largest first so huge raw weights cannot overflow. */
function shares(weights: readonly number[]): number[] | null {
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const max = Math.max(0, ...clean);
  if (!(max > 0)) return null;
  const scaled = clean.map((w) => w / max);
  const sum = scaled.reduce((a, b) => a + b, 0);
  return scaled.map((w) => w / sum);
}

/** Criterion indices grouped by equal weight, heaviest group first (ties stay tied). */
export function rankingGroups(weights: readonly number[]): number[][] {
  const order = weights.map((w, j) => [w, j] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const max = order[0]?.[0] ?? 0;
  const tol = Math.max(Math.abs(max) * 1e-9, 1e-12);
  const groups: number[][] = [];
  let last = Number.NaN;
  for (const [w, j] of order) {
    if (groups.length > 0 && Math.abs(w - last) <= tol) groups[groups.length - 1]!.push(j);
    else groups.push([j]);
    last = w;
  }
  return groups;
}

export function weightBasis(input: WeightBasisInput): WeightBasis {
  const m = input.causes.length;
  const planner = shares(input.causes.map((c) => c.weight));
  const sets = input.stakeholders
    .map((s) => input.causes.map((c) => s.weights[c.id] ?? 0))
    .filter((w) => shares(w) !== null);
  const requested = input.analysis.uncertainty;
  const width = input.analysis.width;
  const base = { requested, width, stakeholderCount: sets.length };
  const uniform = (fallback: Bilingual | null): WeightBasis => {
    const weightInfo: WeightInfo = { type: 'uniform' };
    return {
      ...base,
      used: 'uniform',
      weightInfo,
      extremePoints: extremePointsFor({ type: 'uniform' }, m),
      fallback,
    };
  };
  const noWeights: Bilingual = {
    zh: '权重全为 0，改按“无偏好”（全部可能的权重）计算。',
    en: 'All weights are 0, so every possible weighting is used instead ("no preference").',
  };
  const around = (weights: number[], fallback: Bilingual | null): WeightBasis => ({
    ...base,
    used: 'around',
    weightInfo: { type: 'around', weights, width },
    extremePoints: aroundExtremePoints(weights, width),
    fallback,
  });
  switch (requested) {
    case 'uniform':
      return uniform(null);
    case 'around':
      return planner ? around(planner, null) : uniform(noWeights);
    case 'ordinal': {
      if (!planner) return uniform(noWeights);
      const groups = rankingGroups(planner);
      return {
        ...base,
        used: 'ordinal',
        weightInfo: { type: 'ordinal-groups', groups },
        extremePoints: extremePointsFor({ type: 'ordinal-groups', groups }, m),
        fallback: null,
      };
    }
    case 'stakeholders': {
      if (sets.length > 0) {
        return {
          ...base,
          used: 'stakeholders',
          weightInfo: { type: 'stakeholders', sets },
          extremePoints: extremePointsFor({ type: 'stakeholders', sets }, m),
          fallback: null,
        };
      }
      const fallback: Bilingual = {
        zh: `尚无利益相关方权重组，改按您权重上下 ±${formatNumber(width * 100)}% 计算。`,
        en: `There are no stakeholder weight sets yet, so weightings within ±${formatNumber(width * 100)}% of yours are used instead.`,
      };
      return planner ? around(planner, fallback) : uniform(noWeights);
    }
  }
}

/**
 * The weightings a robustness figure ranges over, as the end of "best in 61 % of …": one phrase
 * per language, so every screen and the briefing name the basis the same way.
 */
export function describeBasis(b: WeightBasis): Bilingual {
  const pct = formatNumber(b.width * 100);
  switch (b.used) {
    case 'around':
      return {
        zh: `您的权重上下 ±${pct}% 范围内的权重组合`,
        en: `weightings within ±${pct}% of yours`,
      };
    case 'ordinal':
      return {
        zh: '保持您对原因排序的权重组合',
        en: 'weightings that keep your ranking of the causes',
      };
    case 'stakeholders':
      return {
        zh: `${b.stakeholderCount} 个利益相关方的权重组`,
        en: `the ${b.stakeholderCount} stakeholder weight set${b.stakeholderCount === 1 ? '' : 's'}`,
      };
    case 'uniform':
      return { zh: '所有可能的权重组合（无偏好）', en: 'all possible weightings (no preference)' };
  }
}
