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
  const jw = judgeWeights ?? valid.map(() => 1);
  if (jw.length !== valid.length) {
    throw new EngineInputError('judgeWeights', `must have ${valid.length} values (one per judge)`);
  }
  jw.forEach((v, k) => {
    assertFinite(v, `judgeWeights[${k}]`);
    if (v <= 0) throw new EngineInputError(`judgeWeights[${k}]`, `must be > 0 (got ${v})`);
  });
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
