/**
 * One-way sensitivity for the briefing. Up to the enumeration limit the engine's exact
 * packageSensitivity (every feasible package) is used; beyond it, thresholds are computed from
 * the top MAX_TOP ranked packages (rivals further down are ignored, which can only widen a range).
 */
import type { DecisionModel } from '../../engine/model';
import { ENUMERATION_LIMIT, MAX_TOP, rankPackages } from '../../engine/packages';
import { packageSensitivity, stayBestRange } from '../../engine/robustness';
import { weightThresholds, type ReportSensitivityInput } from '../../engine/report';

export function sensitivityForReport(model: DecisionModel): ReportSensitivityInput[] {
  if (model.measures.length <= ENUMERATION_LIMIT) {
    return packageSensitivity(model).criteria.map((c) => {
      const { causeId, lower, upper, belowBest, aboveBest } = stayBestRange(c);
      return { causeId, lower, upper, belowBest, aboveBest };
    });
  }
  const all = rankPackages({ ...model, top: MAX_TOP });
  return weightThresholds(
    model.causes.map((c) => c.id),
    all.normalizedWeights,
    all.packages,
  );
}
