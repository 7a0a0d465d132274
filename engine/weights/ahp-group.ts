import { EngineInputError, assertFinite } from '../errors';
import { validatePairwise } from './ahp-matrix';
import type { PairwiseInput } from './ahp-matrix';

/**
 * Aggregation of individual judgements (AIJ/AGG, Aczél & Saaty 1983): the group matrix is the
 * (weighted) geometric mean of the judges' matrices cell by cell — the only mean that keeps the
 * result reciprocal. A cell missing for some judges averages over those who gave it (their
 * judge weights renormalised); a cell nobody judged stays null.
 */
export function aggregateJudgements(
  matrices: readonly PairwiseInput[],
  judgeWeights?: readonly number[],
  field = 'matrices',
): (number | null)[][] {
  if (matrices.length === 0) throw new EngineInputError(field, 'needs at least one matrix');
  const valid = matrices.map((m, k) => validatePairwise(m, `${field}[${k}]`));
  const n = valid[0]!.length;
  valid.forEach((m, k) => {
    if (m.length !== n)
      throw new EngineInputError(`${field}[${k}]`, `must be ${n}×${n} like ${field}[0]`);
  });
  const jw = checkJudgeWeights(judgeWeights, valid.length);
  const out: (number | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const row: (number | null)[] = [];
    for (let j = 0; j < n; j++) {
      let logSum = 0;
      let weightSum = 0;
      valid.forEach((m, k) => {
        const v = m[i]![j];
        if (v === null || v === undefined) return;
        logSum += jw[k]! * Math.log(v);
        weightSum += jw[k]!;
      });
      row.push(weightSum === 0 ? null : Math.exp(logSum / weightSum));
    }
    out.push(row);
  }
  return out;
}

/** How the group's priorities are formed (Forman & Peniwati 1998). */
export type GroupAggregation = 'aij' | 'aip';
/** AIP mean: weighted arithmetic (default) or weighted geometric, renormalised to sum 1. */
export type PriorityMean = 'arithmetic' | 'geometric';

/**
 * Aggregation of individual priorities (AIP, Forman & Peniwati 1998): every judge's priority
 * vector is derived first, then the vectors are combined by the judge-weighted arithmetic mean
 * Σ_k λ_k w_k (Σ λ = 1, already sums to 1) or the weighted geometric mean Π_k w_k^{λ_k},
 * renormalised to sum 1. Both are meaningful for priorities; the arithmetic mean is the default
 * because it keeps a criterion that one judge zeroed above zero.
 */
export function aggregatePriorities(
  priorities: readonly (readonly number[])[],
  judgeWeights?: readonly number[],
  mean: PriorityMean = 'arithmetic',
): number[] {
  if (priorities.length === 0) throw new EngineInputError('matrices', 'needs at least one judge');
  const n = priorities[0]!.length;
  const jw = checkJudgeWeights(judgeWeights, priorities.length);
  const total = jw.reduce((s, v) => s + v, 0);
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let acc = 0;
    priorities.forEach((w, k) => {
      const share = jw[k]! / total;
      acc += mean === 'arithmetic' ? share * w[i]! : share * Math.log(w[i]!);
    });
    out[i] = mean === 'arithmetic' ? acc : Math.exp(acc);
  }
  const sum = out.reduce((s, v) => s + v, 0);
  return out.map((v) => v / sum);
}

export function checkJudgeWeights(
  judgeWeights: readonly number[] | undefined,
  judges: number,
): number[] {
  const jw = judgeWeights ?? new Array<number>(judges).fill(1);
  if (jw.length !== judges) {
    throw new EngineInputError('judgeWeights', `must have ${judges} values (one per judge)`);
  }
  jw.forEach((v, k) => {
    assertFinite(v, `judgeWeights[${k}]`);
    if (v <= 0) throw new EngineInputError(`judgeWeights[${k}]`, `must be > 0 (got ${v})`);
  });
  const max = jw.reduce((a, b) => Math.max(a, b), 0);
  // Scaled by the largest so weights near the double limit cannot overflow their sum.
  return jw.map((v) => v / max);
}
