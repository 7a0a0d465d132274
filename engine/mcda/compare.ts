import { kendallTauB } from '../stats/kendall';
import { MCDA_METHODS, runMcda } from './run';
import type { McdaMethod, McdaOptions } from './run';
import type { McdaProblem } from './types';
import { checkProblem } from './validate';

export interface MethodComparison {
  /** Methods that ran; WPM is skipped (listed in `skipped`) when some value is ≤ 0. */
  methods: McdaMethod[];
  rankings: Partial<Record<McdaMethod, number[]>>;
  /** tau[a][b]: Kendall's tau-b between the rankings of methods a and b. */
  tau: number[][];
  skipped: { method: McdaMethod; reason: string }[];
}

/**
 * Runs every method on one problem (each with its own default normalisation unless options say
 * otherwise) and compares the rankings pairwise with Kendall's tau-b, so planners see whether the
 * method changes the answer.
 */
export function compareMethods(
  problem: McdaProblem,
  options: McdaOptions = {},
  normalizeWeights = false,
): MethodComparison {
  checkProblem(problem, normalizeWeights);
  const rankings: Partial<Record<McdaMethod, number[]>> = {};
  const methods: McdaMethod[] = [];
  const skipped: MethodComparison['skipped'] = [];
  for (const method of MCDA_METHODS) {
    try {
      // PROMETHEE and VIKOR do not normalise, so a shared normalisation applies to the others only.
      const own =
        method === 'promethee2' || method === 'vikor'
          ? { ...options, normalization: undefined }
          : options;
      rankings[method] = runMcda({ ...problem, method, options: own, normalizeWeights }).ranking;
      methods.push(method);
    } catch (err) {
      // Shared input was validated above, so what fails here is a method-specific precondition
      // (WPM or max normalisation needing positive data): skip that method and say why.
      skipped.push({ method, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  const tau = methods.map((a) => methods.map((b) => kendallTauB(rankings[a]!, rankings[b]!)));
  return { methods, rankings, tau, skipped };
}
