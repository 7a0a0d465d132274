import { EngineInputError, assertFinite } from '../errors';
import { weightedMean, weightedSd } from '../stats/describe';
import { extent } from '../stats/extent';
import { normalizeWeights } from './direct';

export interface StakeholderSet {
  /** Raw weights per criterion (normalised here). */
  weights: readonly number[];
  /** Relative say of this stakeholder in the aggregate (≥ 0, default 1). */
  influence?: number;
}

export interface CriterionDisagreement {
  min: number;
  max: number;
  /** max − min of the stakeholders' normalised weights. */
  spread: number;
  /** Influence-weighted population standard deviation. */
  sd: number;
}

export interface StakeholderAggregate {
  weights: number[];
  disagreement: CriterionDisagreement[];
}

/**
 * Aggregates several stakeholders' weight sets: each set is normalised to sum to 1, then the
 * aggregate is their influence-weighted arithmetic mean (which again sums to 1). Disagreement per
 * criterion is reported on the normalised sets: min, max, spread = max − min, and sd (weighted by
 * influence, population form), so the planner sees where the groups differ.
 */
export function aggregateStakeholders(
  sets: readonly StakeholderSet[],
  field = 'sets',
): StakeholderAggregate {
  if (sets.length === 0) throw new EngineInputError(field, 'needs at least one stakeholder');
  const m = sets[0]!.weights.length;
  const normalised = sets.map((s, k) => {
    if (s.weights.length !== m) {
      throw new EngineInputError(
        `${field}[${k}].weights`,
        `must have ${m} values (got ${s.weights.length})`,
      );
    }
    return normalizeWeights(s.weights, `${field}[${k}].weights`);
  });
  const influence = sets.map((s, k) => {
    const v = s.influence ?? 1;
    assertFinite(v, `${field}[${k}].influence`);
    if (v < 0) throw new EngineInputError(`${field}[${k}].influence`, `must be ≥ 0 (got ${v})`);
    return v;
  });
  if (!influence.some((v) => v > 0))
    throw new EngineInputError(field, 'influences must not all be zero');
  const weights: number[] = [];
  const disagreement: CriterionDisagreement[] = [];
  for (let j = 0; j < m; j++) {
    const column = normalised.map((w) => w[j]!);
    weights.push(weightedMean(column, influence));
    const [min, max] = extent(column);
    disagreement.push({ min, max, spread: max - min, sd: weightedSd(column, influence) });
  }
  return { weights, disagreement };
}
