/**
 * One voice for "best" and "robust". The overview, the Robustness screen and the briefing all
 * call `packageVerdict` with the exact ranking at the planner's weights and the package SMAA run
 * under the scenario's weight basis, and print `verdictText`: so a package is never "best" on
 * one screen and "behind" on another, and every such word names its basis.
 *
 * - best: rank 1 of the exact ranking at the planner's weights and likely impacts.
 * - bestShare: share of SMAA samples in which that package is best, with its binomial standard
 *   error √(p(1 − p)/N).
 * - mostOften: the package best in the most samples; when it is not `best`, both are reported.
 * - level: robust (share ≥ 70 %), moderate (≥ 40 %), fragile (< 40 %) — a reading aid, stated
 *   with the figure, not a statistical test.
 * - provisional: some input the result rests on is still a shipped default.
 */
import type { Bilingual } from '../report/types';

export interface VerdictPackage {
  measures: readonly string[];
  value: number;
  cost: number;
}

export interface VerdictSmaa {
  samples: number;
  seed: number;
  packages: readonly { measures: readonly string[]; pBest: number }[];
}

/** How many of the inputs behind the result are still the tool's illustrative defaults. */
export interface DefaultInputs {
  weights: boolean;
  budget: boolean;
  /** Measures whose cost is still the default. */
  costs: number;
  /** Impact cells still at their default. */
  impacts: number;
}

export type RobustnessLevel = 'robust' | 'moderate' | 'fragile';

export const ROBUST_SHARE = 0.7;
export const MODERATE_SHARE = 0.4;

export function robustnessLevel(share: number): RobustnessLevel {
  if (share >= ROBUST_SHARE) return 'robust';
  return share >= MODERATE_SHARE ? 'moderate' : 'fragile';
}

/** Binomial standard error of a share estimated from `samples` independent draws. */
export function shareStandardError(share: number, samples: number): number {
  return samples > 0 ? Math.sqrt((share * (1 - share)) / samples) : Number.NaN;
}

export interface PackageVerdict {
  best: VerdictPackage | null;
  /** null until the SMAA result is there. */
  bestShare: number | null;
  bestShareSe: number | null;
  level: RobustnessLevel | null;
  mostOften: { measures: readonly string[]; share: number; se: number } | null;
  /** Whether the package best under the planner's weights is also the one most often best. */
  agrees: boolean | null;
  samples: number | null;
  seed: number | null;
  defaults: DefaultInputs;
  provisional: boolean;
}

export const packageKey = (measures: readonly string[]): string => [...measures].sort().join('+');

export function packageVerdict(input: {
  ranked: readonly VerdictPackage[];
  smaa: VerdictSmaa | null;
  defaults: DefaultInputs;
}): PackageVerdict {
  const best = input.ranked[0] ?? null;
  const { smaa, defaults } = input;
  const provisional =
    defaults.weights || defaults.budget || defaults.costs > 0 || defaults.impacts > 0;
  const base = { best, defaults, provisional };
  if (!smaa || smaa.samples <= 0 || best === null) {
    return {
      ...base,
      bestShare: null,
      bestShareSe: null,
      level: null,
      mostOften: null,
      agrees: null,
      samples: smaa?.samples ?? null,
      seed: smaa?.seed ?? null,
    };
  }
  const key = packageKey(best.measures);
  // A package missing from the SMAA result was never best (it lists every package that was).
  const bestShare = smaa.packages.find((p) => packageKey(p.measures) === key)?.pBest ?? 0;
  const top = [...smaa.packages].sort((a, b) => b.pBest - a.pBest)[0];
  // Shares within one sample of each other are a tie: the planner's own best is named first.
  const tie = 1 / smaa.samples;
  const mostOften =
    top && top.pBest > bestShare + tie / 2
      ? {
          measures: top.measures,
          share: top.pBest,
          se: shareStandardError(top.pBest, smaa.samples),
        }
      : {
          measures: best.measures,
          share: bestShare,
          se: shareStandardError(bestShare, smaa.samples),
        };
  return {
    ...base,
    bestShare,
    bestShareSe: shareStandardError(bestShare, smaa.samples),
    level: robustnessLevel(bestShare),
    mostOften,
    agrees: packageKey(mostOften.measures) === key,
    samples: smaa.samples,
    seed: smaa.seed,
  };
}

/** The definitions printed wherever the two measure-level figures appear, so they never read as a contradiction. */
export const CORE_SHARE_MEANING: Bilingual = {
  zh: '核心比例：在全部抽样中，当次最优组合包含该措施的比例（权重与影响值都在变化）。',
  en: 'Core share: in how many of the samples the best package of that sample contains the measure (weights and impacts both vary).',
};

export const CORE_INDEX_MEANING: Bilingual = {
  zh: '核心指数：在同一权重范围内不被其他组合全面超越的组合中，包含该措施的比例（按最可能影响值计算）；100% 表示每个可能最优的组合都包含它，但它不说明各组合多常最优。',
  en: 'Core index: of the packages no other package beats across the same range of weightings (at the likely impacts), the share that contain the measure; 100% means every package that could be best contains it, not how often each is best.',
};
