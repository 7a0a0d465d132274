/**
 * A weight method's inputs, as the `weights` / `ahp` commands take them, turned into a
 * scenario's cause weights: the same engine functions and the same stored form (shares × n, see
 * `toRaw`) as applying the method on the Weight methods screen, so the CLI and the UI store the
 * same numbers for the same judgements.
 */
import { InvalidValueError } from '../../db/errors';
import type { ElicitationSettings, MethodDetail } from '../../db/repositories/elicitation.repo';
import {
  aggregateJudgements,
  computeAhp,
  CR_THRESHOLD,
  normalizeWeights,
  rocWeights,
  swingWeights,
} from '../../engine/weights';
import type { WeightsInput } from './scenario-inputs-schema';
import { toRaw } from './elicitation.service';
import { bilingual } from '../../contract/bilingual';

export interface PlannedWeights {
  method: WeightsInput['method'];
  /** Raw weights by cause id, as stored. */
  raw: Record<string, number>;
  /** What the briefing and the audit state with the method: AHP consistency, the ROC order. */
  detail: MethodDetail;
  /** The method's inputs, kept as the Weight methods screen's working notes. */
  settings: ElicitationSettings;
}

function perCause(causeIds: readonly string[], values: readonly unknown[], field: string): void {
  if (values.length !== causeIds.length)
    throw new InvalidValueError(
      field,
      `须为每个原因各给一个值（${causeIds.length} 个：${causeIds.join(', ')}）/ must give one value per cause (${causeIds.length}: ${causeIds.join(', ')})`,
    );
}

/** Cause ids in the ranking become indices; numbers are read as the `weights` command reads them. */
function rankingIndices(causeIds: readonly string[], ranking: readonly (number | string)[]) {
  return ranking.map((r, k) => {
    if (typeof r === 'number') return r;
    const i = causeIds.indexOf(r);
    if (i < 0)
      throw new InvalidValueError(
        `weights.ranking[${k}]`,
        bilingual('未知原因', `unknown cause "${r}"`),
      );
    return i;
  });
}

export function plannedWeights(
  causeIds: readonly string[],
  input: WeightsInput,
  current: ElicitationSettings,
): PlannedWeights {
  const byId = (w: readonly number[]) => Object.fromEntries(causeIds.map((id, j) => [id, w[j]!]));
  switch (input.method) {
    case 'direct': {
      perCause(causeIds, input.points, 'weights.points');
      const shares = normalizeWeights(input.points, 'weights.points');
      return {
        method: 'direct',
        raw: toRaw(byId(shares)),
        detail: {},
        settings: { ...current, method: 'direct' },
      };
    }
    case 'swing': {
      perCause(causeIds, input.points, 'weights.points');
      const shares = swingWeights(input.points, 'weights.points');
      return {
        method: 'swing',
        raw: toRaw(byId(shares)),
        detail: {},
        settings: { ...current, method: 'swing', swingPoints: byId(input.points) },
      };
    }
    case 'roc': {
      perCause(causeIds, input.ranking, 'weights.ranking');
      const shares = rocWeights(rankingIndices(causeIds, input.ranking), 'weights.ranking');
      // The order as the planner meant it, most important first, whatever index base was used.
      const order = causeIds
        .map((id, j) => [id, shares[j]!] as const)
        .sort((a, b) => b[1] - a[1])
        .map(([id]) => id);
      return {
        method: 'roc',
        raw: toRaw(byId(shares)),
        detail: { order },
        settings: { ...current, method: 'roc', rocOrder: order },
      };
    }
    case 'ahp': {
      if ((input.matrix === undefined) === (input.matrices === undefined))
        throw new InvalidValueError(
          'weights.matrix',
          bilingual('须给出 matrix 或 matrices 之一', 'give either "matrix" or "matrices"'),
        );
      const matrix =
        input.matrix ??
        aggregateJudgements(input.matrices ?? [], input.judgeWeights, 'weights.matrices');
      perCause(causeIds, matrix, input.matrix ? 'weights.matrix' : 'weights.matrices[0]');
      const result = computeAhp(matrix, input.matrix ? 'weights.matrix' : 'weights.matrices');
      const inconsistent = result.cr > CR_THRESHOLD;
      if (inconsistent && input.acceptInconsistency !== true)
        throw new InvalidValueError(
          'weights.acceptInconsistency',
          bilingual(
            `判断不一致（CR = ${result.cr.toFixed(3)} > ${CR_THRESHOLD.toFixed(2)}），须设为 true 才应用`,
            `inconsistent judgements (CR = ${result.cr.toFixed(3)} > ${CR_THRESHOLD.toFixed(2)}): set it to true to apply them anyway`,
          ),
        );
      return {
        method: 'ahp',
        raw: toRaw(byId(result.weights)),
        detail: { cr: result.cr, confirmed: inconsistent },
        settings: { ...current, method: 'ahp', ahp: { causes: [...causeIds], matrix } },
      };
    }
  }
}
