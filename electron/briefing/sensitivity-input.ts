/**
 * One-way sensitivity for the briefing. Up to the enumeration limit the engine's exact
 * packageSensitivity (every feasible package) is used; beyond it, thresholds are computed from
 * the top MAX_TOP ranked packages (rivals further down are ignored, which can only widen a range).
 */
import type { DecisionModel } from '../../engine/model';
import { ENUMERATION_LIMIT, MAX_TOP, rankPackages } from '../../engine/packages';
import { packageSensitivity } from '../../engine/robustness';
import { weightThresholds, type ReportSensitivityInput } from '../../engine/report';

const EPS = 1e-9;

export function sensitivityForReport(model: DecisionModel): ReportSensitivityInput[] {
  if (model.measures.length <= ENUMERATION_LIMIT) {
    return packageSensitivity(model).criteria.map((c) => {
      const below = c.intervals.find(
        (s) => Math.abs(s.to - c.lower) <= EPS && s.from < c.lower - EPS,
      );
      const above = c.intervals.find(
        (s) => Math.abs(s.from - c.upper) <= EPS && s.to > c.upper + EPS,
      );
      return {
        causeId: String(c.criterion),
        // The report reads null as "stays best all the way to 0 / to 1".
        lower: c.lower <= EPS ? null : c.lower,
        upper: c.upper >= 1 - EPS ? null : c.upper,
        belowBest: below?.best ?? null,
        aboveBest: above?.best ?? null,
      };
    });
  }
  const all = rankPackages({ ...model, top: MAX_TOP });
  return weightThresholds(
    model.causes.map((c) => c.id),
    all.normalizedWeights,
    all.packages,
  );
}
