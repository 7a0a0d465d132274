import { EngineInputError } from '../errors';
import { NORMALIZATION_FORMULAS } from './normalize';
import { promethee2 } from './promethee';
import { rankScores, scoreTieTolerance, TIE_RULE } from './ranking';
import { topsis, TOPSIS_DEFAULT_NORMALIZATION } from './topsis';
import { checkProblem } from './validate';
import { vikor, VIKOR_DEFAULT_V } from './vikor';
import { wpm, WPM_DEFAULT_NORMALIZATION } from './wpm';
import { wsm, WSM_DEFAULT_NORMALIZATION } from './wsm';
import type { CheckedProblem, McdaProblem, Normalization, PreferenceFunction } from './types';

export const MCDA_METHODS = ['wsm', 'wpm', 'topsis', 'promethee2', 'vikor'] as const;
export type McdaMethod = (typeof MCDA_METHODS)[number];

export interface McdaOptions {
  normalization?: Normalization;
  v?: number;
  preference?: PreferenceFunction[];
}

export interface McdaRequest extends McdaProblem {
  method: McdaMethod;
  options?: McdaOptions;
  normalizeWeights?: boolean;
}

/** The result of one method: scores + ranking + the method's own details + its conventions. */
export interface McdaResult {
  method: McdaMethod;
  scores: number[];
  ranking: number[];
  lowerIsBetter: boolean;
  /** The absolute tolerance the ranking used (see `conventions.ties`). */
  tieTolerance: number;
  weightsUsed: number[];
  weightsNormalized: boolean;
  /** e.g. normalisation, flow divisor, degenerate-case rules — printed and returned. */
  conventions: Record<string, string | number>;
  /** Method details (TOPSIS dPlus/dMinus, PROMETHEE positive/negative, VIKOR S/R/Q/…). */
  details: Record<string, unknown>;
}

/** Methods that normalise, with their default; PROMETHEE and VIKOR work on the values as given. */
const DEFAULT_NORMALIZATION: Partial<Record<McdaMethod, Normalization>> = {
  wsm: WSM_DEFAULT_NORMALIZATION,
  wpm: WPM_DEFAULT_NORMALIZATION,
  topsis: TOPSIS_DEFAULT_NORMALIZATION,
};

function normalizationFor(method: McdaMethod, opts: McdaOptions): Normalization | undefined {
  const fallback = DEFAULT_NORMALIZATION[method];
  if (opts.normalization === undefined) return fallback;
  if (fallback === undefined) {
    throw new EngineInputError(
      'options.normalization',
      `${method} does not normalise (it compares the values as given); leave it out`,
    );
  }
  return opts.normalization;
}

/** Runs one MCDA method on a validated problem and ranks the scores (1-based, ties share). */
export function runMcda(req: McdaRequest): McdaResult {
  const p = checkProblem(req, req.normalizeWeights === true);
  const opts = req.options ?? {};
  const normalization = normalizationFor(req.method, opts);
  const common: Record<string, string> = {
    weights: p.weightsNormalized
      ? 'renormalised to sum 1 (normalizeWeights: true)'
      : 'used as given',
    ties: TIE_RULE,
  };
  if (normalization !== undefined) {
    common.normalization = normalization;
    common.normalizationFormula = NORMALIZATION_FORMULAS[normalization];
  }
  if (p.valueFunctions) {
    common.valueFunctions = p.valueFunctions
      .map((d, j) => `c${j}: ${d ?? 'none (raw values)'}`)
      .join('; ');
  }
  const run = (
    scores: number[],
    lowerIsBetter: boolean,
    conventions: Record<string, string | number>,
    details: Record<string, unknown>,
  ) => finish(req.method, p, scores, lowerIsBetter, { ...conventions, ...common }, details);
  switch (req.method) {
    case 'wsm':
      return run(wsm(p, normalization).scores, false, {}, {});
    case 'wpm':
      return run(wpm(p, normalization).scores, false, {}, {});
    case 'topsis': {
      const r = topsis(p, normalization);
      return run(
        r.scores,
        false,
        { distance: 'euclidean', degenerate: 'd+ + d− = 0 → closeness 0.5' },
        { dPlus: r.dPlus, dMinus: r.dMinus },
      );
    }
    case 'promethee2': {
      const r = promethee2(p, opts.preference);
      return run(
        r.scores,
        false,
        {
          flowDivisor: 'n − 1',
          preference: opts.preference ? 'per criterion (given)' : 'usual on every criterion',
        },
        { positive: r.positive, negative: r.negative },
      );
    }
    case 'vikor': {
      const r = vikor(p, opts.v ?? VIKOR_DEFAULT_V);
      const { scores, ...details } = r;
      return run(
        scores,
        true,
        {
          v: r.v,
          degenerate: 'constant criterion → term 0; S− = S* or R− = R* → that part of Q is 0',
          order: 'Q ascending (lower is better)',
        },
        details,
      );
    }
  }
}

function finish(
  method: McdaMethod,
  p: CheckedProblem,
  scores: number[],
  lowerIsBetter: boolean,
  conventions: McdaResult['conventions'],
  details: Record<string, unknown>,
): McdaResult {
  return {
    method,
    scores,
    ranking: rankScores(scores, lowerIsBetter),
    lowerIsBetter,
    tieTolerance: scoreTieTolerance(scores),
    weightsUsed: p.weights,
    weightsNormalized: p.weightsNormalized,
    conventions,
    details,
  };
}
