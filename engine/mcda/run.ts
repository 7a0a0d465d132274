import { promethee2 } from './promethee';
import { rankScores, TIE_TOLERANCE } from './ranking';
import { topsis, TOPSIS_DEFAULT_NORMALIZATION } from './topsis';
import { checkProblem } from './validate';
import { vikor, VIKOR_DEFAULT_V } from './vikor';
import { wpm } from './wpm';
import { wsm, WSM_DEFAULT_NORMALIZATION } from './wsm';
import type { McdaProblem, Normalization, PreferenceFunction } from './types';

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
  tieTolerance: number;
  weightsUsed: number[];
  weightsNormalized: boolean;
  /** e.g. normalisation, flow divisor, degenerate-case rules — printed and returned. */
  conventions: Record<string, string | number>;
  /** Method details (TOPSIS dPlus/dMinus, PROMETHEE positive/negative, VIKOR S/R/Q/…). */
  details: Record<string, unknown>;
}

/** Runs one MCDA method on a validated problem and ranks the scores (1-based, ties share). */
export function runMcda(req: McdaRequest): McdaResult {
  const p = checkProblem(req, req.normalizeWeights === true);
  const opts = req.options ?? {};
  const base = {
    weightsUsed: p.weights,
    weightsNormalized: p.weightsNormalized,
    tieTolerance: TIE_TOLERANCE,
  };
  const weightNote = p.weightsNormalized
    ? 'renormalised to sum 1 (normalizeWeights: true)'
    : 'used as given';
  switch (req.method) {
    case 'wsm': {
      const normalization = opts.normalization ?? WSM_DEFAULT_NORMALIZATION;
      const r = wsm(p, normalization);
      return finish(req.method, r.scores, false, base, { normalization, weights: weightNote }, {});
    }
    case 'wpm': {
      const r = wpm(p);
      return finish(
        req.method,
        r.scores,
        false,
        base,
        { normalization: 'none (raw values > 0, cost exponent −w)', weights: weightNote },
        {},
      );
    }
    case 'topsis': {
      const normalization = opts.normalization ?? TOPSIS_DEFAULT_NORMALIZATION;
      const r = topsis(p, normalization);
      return finish(
        req.method,
        r.scores,
        false,
        base,
        {
          normalization,
          distance: 'euclidean',
          degenerate: 'd+ + d− = 0 → closeness 0.5',
          weights: weightNote,
        },
        { dPlus: r.dPlus, dMinus: r.dMinus },
      );
    }
    case 'promethee2': {
      const r = promethee2(p, opts.preference);
      return finish(
        req.method,
        r.scores,
        false,
        base,
        {
          flowDivisor: 'n − 1',
          preference: opts.preference ? 'per criterion (given)' : 'usual on every criterion',
          weights: weightNote,
        },
        { positive: r.positive, negative: r.negative },
      );
    }
    case 'vikor': {
      const r = vikor(p, opts.v ?? VIKOR_DEFAULT_V);
      const { scores, ...details } = r;
      return finish(
        req.method,
        scores,
        true,
        base,
        {
          v: r.v,
          degenerate: 'constant criterion → term 0; S− = S* or R− = R* → that part of Q is 0',
          order: 'Q ascending (lower is better)',
          weights: weightNote,
        },
        details,
      );
    }
  }
}

function finish(
  method: McdaMethod,
  scores: number[],
  lowerIsBetter: boolean,
  base: Pick<McdaResult, 'weightsUsed' | 'weightsNormalized' | 'tieTolerance'>,
  conventions: McdaResult['conventions'],
  details: Record<string, unknown>,
): McdaResult {
  return {
    method,
    scores,
    ranking: rankScores(scores, lowerIsBetter, base.tieTolerance),
    lowerIsBetter,
    ...base,
    conventions,
    details,
  };
}
